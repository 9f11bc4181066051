/** The HTML layer: everything the player reads and presses. Text is always inserted as text. */
export { avatar, renderEntry } from './bubble.ts';
export { type Cast, type ChatInfo, initials, type Person } from './cast.ts';
export { ChatView, type ChatViewOptions } from './chat-view.ts';
export { h, prefersReducedMotion } from './dom.ts';
export { FeedView } from './feed-view.ts';
export { type HomeViewOptions, renderHome, type StoryCard } from './home-view.ts';
export { openSettings, type SettingsValues } from './settings-dialog.ts';
export type { Translate } from './strings.ts';
