import { describe, expect, it } from 'vitest';
import { createNoteBeforeGame } from '../../src/app/content-note.ts';
import { createGameRoute } from '../../src/app/game-route.ts';
import type { SaveSlot } from '../../src/engine/index.ts';
import type { HomeChoice } from '../../src/ui/index.ts';
import { fakePreferences } from './fake-preferences.ts';

function setUp(saved: readonly string[] = []) {
  const ui = document.createElement('div');
  document.body.replaceChildren(ui);
  const preferences = fakePreferences();
  const route = createGameRoute<HomeChoice>(undefined);
  const note = createNoteBeforeGame({
    ui,
    preferences,
    catalog: {
      card: (id, lang) => ({ id, title: `${lang}:title:${id}`, contentNote: `${lang}:note:${id}` }) as never,
      asksGender: () => true,
    },
    saves: { read: (id): SaveSlot => (saved.includes(id) ? { kind: 'json', value: {} } : { kind: 'empty' }) },
    route,
  });
  const homes: number[] = [];
  note.attachHome(() => homes.push(1));
  const button = (name: string) =>
    [...ui.querySelectorAll('button')].find((b) => b.textContent === name) ?? Promise.reject(new Error(name));
  return { ui, preferences, route, note, homes, button };
}

describe('the content note before the game', () => {
  it('shows the note of a new story at once, and keeps its Start (with the gender answer) for the game', async () => {
    const { ui, preferences, route, note, button } = setUp();
    expect(note.offer({ kind: 'story', id: 'the-video', mode: 'new' })).toBe(true);
    expect(note.isShown()).toBe(true);
    expect(ui.querySelector('h1')?.textContent).toBe('fr:title:the-video');
    ui.querySelector<HTMLInputElement>('input[value="girl"]')?.click();
    (await button('fr:note.start')).click();
    expect(preferences.settings().playerGender).toBe('girl');
    expect(note.isShown()).toBe(false);
    expect(ui.querySelector('[role="status"]')?.textContent).toBe('fr:chat.loading');
    expect(route.take()).toEqual({ kind: 'story', id: 'the-video', mode: 'noted' });
  });

  it('goes Home on Back, keeping nothing for the game', async () => {
    const { route, note, homes, button } = setUp();
    note.offer({ kind: 'story', id: 'the-video', mode: 'new' });
    (await button('fr:note.back')).click();
    expect(homes).toHaveLength(1);
    expect(note.isShown()).toBe(false);
    expect(route.take()).toBeUndefined();
  });

  it('follows a language switch while it is on screen', () => {
    const { ui, preferences, note } = setUp();
    note.offer({ kind: 'story', id: 'the-video', mode: 'new' });
    preferences.switchTo('ar');
    expect(ui.querySelector('main')?.getAttribute('dir')).toBe('rtl');
    expect(ui.querySelector('h1')?.textContent).toBe('ar:title:the-video');
  });

  it('leaves the note to the game once it runs, and to nobody for a saved game resumed or a note already read', () => {
    const saved = setUp(['the-video']);
    expect(saved.note.offer({ kind: 'story', id: 'the-video', mode: 'continue' })).toBe(false);
    expect(saved.note.offer({ kind: 'story', id: 'my-friend', mode: 'continue' })).toBe(true);
    expect(saved.note.offer({ kind: 'story', id: 'the-video', mode: 'noted' })).toBe(false);
    expect(saved.note.offer({ kind: 'teacher' })).toBe(false);
    const running = setUp();
    running.route.take();
    expect(running.note.offer({ kind: 'story', id: 'the-video', mode: 'new' })).toBe(false);
    expect(running.ui.children).toHaveLength(0);
  });
});
