import { showsContentNote } from '../engine/index.ts';
import type { SaveSlots } from '../platform/index.ts';
import { type HomeChoice, renderChatLoading, renderContentNote } from '../ui/index.ts';
import type { GameRoute } from './game-route.ts';
import type { Preferences } from './preferences.ts';
import type { createStoryCatalog } from './story-catalog.ts';

/**
 * The content note while the game is still loading: the app shows it at once, so the player reads it while Phaser
 * and the story arrive, instead of waiting for the game to show it. Once the game runs, its chat screen shows the note.
 */
export interface NoteBeforeGame {
  /** Shows the note for a story that starts from the beginning, if the game has not taken over: true when shown. */
  offer(choice: HomeChoice): boolean;
  /** Whether the note is on screen (the game's Home, arriving meanwhile, leaves it there). */
  isShown(): boolean;
  /** Where the note's Back goes (Home, built after the note). */
  attachHome(show: () => void): void;
}

export function createNoteBeforeGame(o: {
  readonly ui: HTMLElement;
  readonly preferences: Preferences;
  readonly catalog: Pick<ReturnType<typeof createStoryCatalog>, 'card' | 'asksGender'>;
  readonly saves: Pick<SaveSlots, 'read'>;
  readonly route: GameRoute<HomeChoice>;
}): NoteBeforeGame {
  const state: { shown?: { id: string; view: HTMLElement }; home: () => void } = { home: () => undefined };
  const draw = (id: string) => {
    const p = o.preferences;
    const card = o.catalog.card(id, p.lang());
    const view = renderContentNote({
      t: p.t(),
      lang: p.lang(),
      dir: p.dir(),
      title: card?.title ?? id,
      note: card?.contentNote ?? '',
      asksGender: o.catalog.asksGender(id),
      onStart: (gender) => {
        // Kept in the settings on this device only; the story reads it when it opens.
        if (gender) p.setSettings({ ...p.settings(), playerGender: gender });
        state.shown = undefined;
        o.route.choose({ kind: 'story', id, mode: 'noted' });
        // The game takes the story when it arrives; until then the player is told it is loading.
        if (!o.route.isRunning()) o.ui.replaceChildren(renderChatLoading(p.t()('chat.loading')));
      },
      onBack: () => {
        state.shown = undefined;
        state.home();
      },
    });
    o.ui.replaceChildren(view);
    state.shown = { id, view };
  };
  // Another language (Home's buttons are gone, but Settings and the host page can switch): the note follows it.
  o.preferences.watch(() => {
    const shown = state.shown;
    if (shown && o.ui.contains(shown.view) && shown.view.lang !== o.preferences.lang()) draw(shown.id);
  });
  return {
    offer(choice) {
      if (choice.kind !== 'story' || o.route.isRunning()) return false;
      if (choice.mode === 'noted' || !showsContentNote(choice.mode, o.saves.read(choice.id))) return false;
      draw(choice.id);
      return true;
    },
    isShown: () => state.shown !== undefined && o.ui.contains(state.shown.view),
    attachHome(show) {
      state.home = show;
    },
  };
}
