// How a story is opened, and whether its content note comes first. Its own module (no ink runtime): Home's entry
// shows the content note before the game and the ink runtime have loaded.

/** What the save slot of a scenario holds (platform/save-slots reads it). */
export type SaveSlot =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'unreadable' };

/** How the chat screen was asked to open a scenario. */
export type ChatEntry =
  /** From a story card or a host page's command: the content note first. */
  | 'new'
  /** The player read the content note: a fresh game. */
  | 'noted'
  /** Resume the saved game (after a reload, a language change, a replay from a choice, a deep link). */
  | 'continue';

/** Whether the content note comes first: before every story that starts from the beginning, deep links included. */
export function showsContentNote(entry: ChatEntry, slot: SaveSlot): boolean {
  return entry === 'new' || (entry === 'continue' && slot.kind === 'empty');
}
