import { describe, expect, it } from 'vitest';
import { createHomeScreen } from '../../src/app/home-screen.ts';
import {
  BOOSTER_DELAY_MS,
  type BoosterReminder,
  createBoosterReminder,
  createMemoryStore,
} from '../../src/platform/index.ts';
import type { HomeChoice, StoryCard } from '../../src/ui/index.ts';
import { fakePreferences } from './fake-preferences.ts';

const card: StoryCard = {
  id: 'the-video',
  title: 'La vidéo',
  summary: '',
  minutes: 10,
  age: 13,
  contentNote: '',
  hasSave: false,
  endingsFound: 0,
  endings: 2,
};

const neverDue: BoosterReminder = { isDue: () => false, storyFinished: () => {}, dismiss: () => {}, taken: () => {} };

function setup(running = false, booster: BoosterReminder = neverDue) {
  const ui = document.createElement('div');
  document.body.replaceChildren(ui);
  const preferences = fakePreferences();
  const chosen: HomeChoice[] = [];
  const home = createHomeScreen({
    ui,
    preferences,
    languages: [
      { code: 'fr', name: 'Français' },
      { code: 'ar', name: 'العربية' },
    ],
    cards: () => [card],
    checkResults: { get: () => undefined },
    booster,
    hasTeacherScreen: false,
    projectorOnCards: false,
    update: { isReady: () => false, apply: () => {} },
    isGameRunning: () => running,
    onChoose: (c) => chosen.push(c),
    onLanguage: () => {},
    onJoin: () => {},
  });
  return { ui, preferences, chosen, home };
}

describe('createHomeScreen', () => {
  it('keeps the Home already on screen when the game shows Home (no redraw, focus stays)', () => {
    const { ui, home } = setup();
    home.show();
    const painted = ui.firstElementChild;
    const button = ui.querySelector<HTMLButtonElement>('.story-card button');
    button?.focus();
    home.show();
    expect(ui.firstElementChild).toBe(painted);
    expect(document.activeElement).toBe(button);
  });

  it('draws Home again, focused on its title, once another screen has replaced it or a notice is to be said', () => {
    const { ui, home } = setup();
    home.show();
    ui.replaceChildren(document.createElement('section'));
    home.show();
    expect(ui.querySelector('h1')).toBe(document.activeElement);
    home.show('Not found');
    expect(ui.querySelector('.notice')?.textContent).toBe('Not found');
  });

  it('redraws in a new language, focus staying on the language button pressed', () => {
    const { ui, preferences, home } = setup();
    home.show();
    ui.querySelector<HTMLButtonElement>('.lang-btn[lang="ar"]')?.focus();
    preferences.switchTo('ar');
    expect(ui.querySelector('h1')?.textContent).toBe('ar:app.title');
    expect(ui.querySelector('main')?.getAttribute('dir')).toBe('rtl');
    expect((document.activeElement as HTMLElement).lang).toBe('ar');
  });

  it('says "Loading…" for a choice made before the game has loaded, and routes it', () => {
    const { ui, chosen, home } = setup(false);
    home.show();
    ui.querySelector<HTMLButtonElement>('.story-card button')?.click();
    expect(ui.querySelector('[role="status"].home-status')?.textContent).toBe('fr:app.loading');
    expect(chosen).toEqual([{ kind: 'story', id: 'the-video', mode: 'new' }]);
  });

  it('offers the booster a week after the last finished story; "Not now" removes it, says where it is, keeps focus', () => {
    let now = Date.UTC(2026, 11, 1);
    const booster = createBoosterReminder(createMemoryStore(), () => now);
    booster.storyFinished();
    const { ui, home, chosen } = setup(false, booster);
    home.show();
    expect(ui.querySelector('.booster-offer')).toBeNull();
    now += BOOSTER_DELAY_MS;
    ui.replaceChildren();
    home.show();
    const offer = ui.querySelector('.booster-offer');
    expect(offer?.querySelector('h2')?.textContent).toBe('fr:booster.heading');
    const [start, dismiss] = [...(offer?.querySelectorAll('button') ?? [])];
    start?.click();
    expect(chosen).toEqual([{ kind: 'check', phase: 'booster' }]);
    dismiss?.click();
    expect(ui.querySelector('.booster-offer')).toBeNull();
    expect(ui.querySelector('.notice')?.textContent).toBe('fr:booster.dismissed');
    expect(document.activeElement).toBe(ui.querySelector('h1'));
    expect(booster.isDue()).toBe(false);
  });
});
