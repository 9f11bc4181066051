import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { helpItems } from '../../src/app/help-items.ts';
import {
  adultHelpDirectoryMa,
  createTranslator,
  helpDirectoryMa,
  type Lang,
  loadMessages,
} from '../../src/content/index.ts';
import { openHelp } from '../../src/ui/index.ts';

async function open(lang: Lang, topic?: string): Promise<HTMLDialogElement> {
  const t = createTranslator(lang, await loadMessages(lang));
  const items = helpItems(helpDirectoryMa, lang);
  const adultItems = helpItems(adultHelpDirectoryMa, lang);
  return openHelp({ t, lang, items, adultItems, ...(topic ? { topic } : {}) });
}

const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');

// jsdom has <dialog> but not its modal methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(() => document.body.replaceChildren());

describe('openHelp', () => {
  it('starts with a row of a trusted adult, 2511, Stop Silence and 19, as real links, right under the heading', async () => {
    const dialog = await open('fr');
    const row = dialog.children[1];
    expect(row?.matches('nav.help-quick[aria-label="Les numéros utiles"]')).toBe(true);
    const links = [...(row?.querySelectorAll('a, button') ?? [])].map((e) => [e.textContent, e.getAttribute('href')]);
    expect(links).toEqual([
      ['Un adulte de confiance', null],
      ['2511 (ONDE)', 'tel:2511'],
      ['Stop Silence', 'https://www.stopsilence.org'],
      ['Police 19', 'tel:19'],
    ]);
  });

  it('moves focus to the trusted adult entry from its button in the row', async () => {
    const dialog = await open('fr');
    dialog.querySelector<HTMLButtonElement>('.help-quick button')?.click();
    expect(document.activeElement?.id).toBe('help-entry-trusted-adult');
  });

  it('has an "If you feel bad" section with a trusted adult, Stop Silence and the emergency numbers, in each language', async () => {
    const headings = { fr: 'Si tu te sens mal', ar: 'عند الشعور بالضيق', en: 'If you feel bad' } as const;
    for (const lang of ['fr', 'ar', 'en'] as const) {
      const dialog = await open(lang);
      const section = dialog.querySelector('#help-feel-bad');
      expect(section?.querySelector('h3')?.textContent).toBe(headings[lang]);
      expect([...(section?.querySelectorAll('[data-help]') ?? [])].map((e) => e.getAttribute('data-help'))).toEqual([
        'trusted-adult',
        'stop-silence',
        'emergency',
      ]);
      expect(section?.querySelector('a[href="tel:15"]')).not.toBeNull();
      dialog.close();
    }
  });

  it('opens at "If you feel bad" from a distress card', async () => {
    await open('ar', 'distress');
    expect(document.activeElement?.id).toBe('help-feel-bad-title');
  });

  it('shows a plain "check" marker where a fact is not confirmed, and no verification notes', async () => {
    const dialog = await open('fr');
    const silence = dialog.querySelector('[data-help="stop-silence"]');
    expect(texts(silence as Element, '.meta.check')).toEqual([
      'Horaires : à vérifier',
      "À vérifier avant de t'y fier (dernière confirmation : septembre 2020)",
    ]);
    const line = dialog.querySelector('[data-help="onde-2511"]');
    expect(texts(line as Element, '.meta')).toEqual([
      'Horaires : 24 heures sur 24, 7 jours sur 7',
      'Coût : Gratuit (numéro vert)',
      'Vérifié : décembre 2026',
    ]);
    expect(dialog.textContent).not.toMatch(/familleactuelle|lnt\.ma|maroc\.ma|challenge\.ma|UNESCO/);
  });

  it('lists e-Blagh and what adults do in a section for adults, after the student entries', async () => {
    const dialog = await open('fr');
    const groups = [...dialog.querySelectorAll('section.help-group')].map((s) => s.id);
    expect(groups).toEqual(['help-feel-bad', 'help-more', 'help-adults']);
    const adults = dialog.querySelector('#help-adults');
    expect(adults?.querySelector('a[href="https://www.e-blagh.ma"]')).not.toBeNull();
    expect(adults?.textContent).toMatch(/garde les preuves|Gardez les preuves/);
  });

  it('puts the entries of a card topic first among the other entries', async () => {
    const dialog = await open('en', 'report');
    const more = [...dialog.querySelectorAll('#help-more [data-help]')].map((e) => e.getAttribute('data-help'));
    expect(more).toEqual(['onde-2511', 'onde-portal', 'block-report']);
  });
});
