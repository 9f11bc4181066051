import { describe, expect, it } from 'vitest';
import { type HomeChoice, renderHome, type StoryCard } from '../../src/ui/index.ts';

const t = (key: string, vars: Record<string, string | number> = {}) => `${key}${Object.values(vars).join('|')}`;

const story = (over: Partial<StoryCard> = {}): StoryCard => ({
  id: 'the-video',
  title: 'La vidéo',
  summary: 'Résumé',
  minutes: 10,
  age: 13,
  contentNote: 'Note',
  hasSave: true,
  endingsFound: 0,
  endings: 3,
  ...over,
});

describe('renderHome', () => {
  const chosen: HomeChoice[] = [];
  const languages: string[] = [];
  const base = {
    t,
    lang: 'fr',
    dir: 'ltr' as const,
    stories: [story()],
    languages: [
      { code: 'fr', name: 'Français' },
      { code: 'ar', name: 'العربية' },
      { code: 'en', name: 'English' },
    ],
    onChoose: (choice: HomeChoice) => chosen.push(choice),
    onLanguage: (code: string) => languages.push(code),
  };

  it('offers Continue and Start over for a saved story, with the content note', () => {
    const view = renderHome(base);
    const buttons = [...view.querySelectorAll('.story-card button')].map((b) => b.textContent);
    expect(buttons).toEqual(['home.continue', 'home.startOver']);
    expect(view.querySelector('details')?.textContent).toContain('Note');
    chosen.length = 0;
    for (const b of view.querySelectorAll<HTMLButtonElement>('.story-card button')) b.click();
    expect(chosen).toEqual([
      { kind: 'story', id: 'the-video', mode: 'continue' },
      { kind: 'story', id: 'the-video', mode: 'new' },
    ]);
  });

  it('loads the first cover with Home and holds the others until what a story needs is in', async () => {
    const stories = [
      story({ id: 'a', cover: 'a.svg' }),
      story({ id: 'b', cover: 'b.svg' }),
      story({ id: 'c', cover: 'c.svg' }),
    ];
    let release: () => void = () => undefined;
    const coversAfter = new Promise<void>((done) => {
      release = done;
    });
    const view = renderHome({ ...base, stories, coversAfter });
    const srcs = () => [...view.querySelectorAll('img.cover')].map((img) => img.getAttribute('src'));
    expect(srcs()).toEqual(['a.svg', null, null]);
    // The held ones keep their box (size and aspect) meanwhile, and say where their picture is.
    const held = view.querySelector<HTMLImageElement>('[data-story="b"] img.cover');
    expect([held?.dataset.src, held?.width, held?.height]).toEqual(['b.svg', 640, 260]);
    release();
    await coversAfter;
    expect(srcs()).toEqual(['a.svg', 'b.svg', 'c.svg']);
    // Drawn again once released (a new language), they load at once.
    const again = renderHome({ ...base, stories, coversAfter });
    await Promise.resolve();
    expect([...again.querySelectorAll('img.cover')].map((img) => img.getAttribute('src'))).toEqual([
      'a.svg',
      'b.svg',
      'c.svg',
    ]);
    // Without anything to wait for, every cover loads with Home (lazily below the first).
    const plain = renderHome({ ...base, stories });
    expect([...plain.querySelectorAll('img.cover')].map((img) => img.getAttribute('loading'))).toEqual([
      'eager',
      'lazy',
      'lazy',
    ]);
    expect(plain.querySelectorAll('img.cover[src]')).toHaveLength(3);
  });

  it('shows each story’s progress on this device: not started, in progress, endings found n of m', () => {
    const progress = (s: StoryCard) => renderHome({ ...base, stories: [s] }).querySelector('.progress')?.textContent;
    expect(progress(story({ hasSave: false }))).toBe('home.progress.notStarted');
    expect(progress(story({ hasSave: true }))).toBe('home.progress.inProgress');
    expect(progress(story({ hasSave: false, endingsFound: 2 }))).toBe('home.progress.endings2|3');
    expect(progress(story({ hasSave: true, endingsFound: 1 }))).toBe(
      'home.progress.inProgress · home.progress.endings1|3',
    );
  });

  it('offers the three languages as buttons, each named and marked in its own language, the current one pressed', () => {
    const view = renderHome(base);
    const group = view.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).toBe('home.language');
    const buttons = [...(group?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    expect(buttons.map((b) => [b.textContent, b.lang, b.getAttribute('aria-pressed')])).toEqual([
      ['Français', 'fr', 'true'],
      ['العربية', 'ar', 'false'],
      ['English', 'en', 'false'],
    ]);
    languages.length = 0;
    for (const b of buttons) b.click();
    expect(languages).toEqual(['ar', 'en']);
  });

  it('keeps the teachers’ entry apart from the stories, after them', () => {
    const view = renderHome(base);
    const teachers = view.querySelector('.teachers-entry');
    expect(teachers?.querySelector('h2')?.textContent).toBe('home.teachers');
    expect(teachers?.querySelector('.story-card')).toBeNull();
    const list = view.querySelector('.story-list');
    expect(list && teachers && list.compareDocumentPosition(teachers) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows the partner's name and logo", () => {
    const view = renderHome({ ...base, brand: { name: 'Asso', logo: '/logo.svg' } });
    expect(view.querySelector('img.brand-logo')?.getAttribute('alt')).toBe('Asso');
    expect(view.querySelector('.brand')?.textContent).toBe('home.offeredByAsso');
  });

  it('offers the booster round in the check section once the after check is done, with its result beside the others', () => {
    const buttons = (check: Parameters<typeof renderHome>[0]['check']) =>
      [...renderHome({ ...base, check }).querySelectorAll('.check-entry button')].map((b) => b.textContent);
    expect(buttons({})).toEqual(['check.startBefore']);
    expect(buttons({ before: { correct: 4, total: 6 } })).toEqual(['check.startBefore', 'check.startAfter']);
    const all = {
      before: { correct: 4, total: 6 },
      after: { correct: 5, total: 6 },
      booster: { correct: 7, total: 8 },
    };
    expect(buttons(all)).toEqual(['check.startBefore', 'check.startAfter', 'check.startBooster']);
    const view = renderHome({ ...base, check: all });
    expect(view.querySelector('.check-entry p')?.textContent).toBe(
      'check.result.before4|6 · check.result.after5|6 · check.result.booster7|8',
    );
    chosen.length = 0;
    view.querySelectorAll<HTMLButtonElement>('.check-entry button')[2]?.click();
    expect(chosen).toEqual([{ kind: 'check', phase: 'booster' }]);
    expect(view.querySelector('.booster-offer')).toBeNull();
  });
  it('opens the field guide from a visible entry that says the cards found, n of 15', () => {
    const opened: HTMLElement[] = [];
    const view = renderHome({ ...base, guide: { found: 3, total: 15, onOpen: (opener) => opened.push(opener) } });
    const entry = view.querySelector<HTMLButtonElement>('button.home-guide');
    expect(entry?.textContent).toContain('guide.openCount3|15');
    // Before the list of stories, so it is seen without scrolling past them.
    const heading = view.querySelector('h2');
    expect(entry && heading && entry.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(entry?.querySelector('.home-guide-bar')?.getAttribute('style')).toContain('20%');
    entry?.click();
    expect(opened).toEqual([entry]);
    expect(renderHome(base).querySelector('.home-guide')).toBeNull();
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
        onChoose: () => {},
        onLanguage: () => {},
      };
      expect(renderHome(base).querySelector('.update')).toBeNull();
      const view = renderHome({ ...base, onUpdate: () => applied++ });
      view.querySelector<HTMLButtonElement>('.update button')?.click();
      expect(applied).toBe(1);
    });
  });
});
