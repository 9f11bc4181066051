/** The HTML layer: everything the player reads and presses. */
export { mountPlainPlayer, type PlainNames } from './plain-player.ts';
