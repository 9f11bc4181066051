import { describe, expect, it } from 'vitest';
import { renderHome } from '../../src/ui/index.ts';

const t = (key: string, vars: Record<string, string | number> = {}) => `${key}${Object.values(vars).join('|')}`;

describe('renderHome', () => {
  const base = {
    t,
    lang: 'fr',
    dir: 'ltr' as const,
    stories: [
      {
        id: 'the-video',
        title: 'La vidéo',
        summary: 'Résumé',
        minutes: 10,
        age: 13,
        contentNote: 'Note',
        hasSave: true,
      },
    ],
    languages: [{ code: 'fr', name: 'Français' }],
    onStart: () => {},
    onLanguage: () => {},
  };

  it('offers Continue and Start over for a saved story, with the content note', () => {
    const view = renderHome(base);
    const buttons = [...view.querySelectorAll('.story-card button')].map((b) => b.textContent);
    expect(buttons).toEqual(['home.continue', 'home.startOver']);
    expect(view.querySelector('details')?.textContent).toContain('Note');
  });

  it("shows the partner's name and logo", () => {
    const view = renderHome({ ...base, brand: { name: 'Asso', logo: '/logo.svg' } });
    expect(view.querySelector('img.brand-logo')?.getAttribute('alt')).toBe('Asso');
    expect(view.querySelector('.brand')?.textContent).toBe('home.offeredByAsso');
  });
});

describe('renderHome updates', () => {
  it('offers a waiting new version on Home only when one is ready', () => {
    let applied = 0;
    const base = {
      t: (k: string) => k,
      lang: 'en',
      dir: 'ltr' as const,
      stories: [],
      languages: [],
      onStart: () => {},
      onLanguage: () => {},
    };
    expect(renderHome(base).querySelector('.update')).toBeNull();
    const view = renderHome({ ...base, onUpdate: () => applied++ });
    view.querySelector<HTMLButtonElement>('.update button')?.click();
    expect(applied).toBe(1);
  });
});
