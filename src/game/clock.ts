/** Waits on the game's clock (Phaser's in the game, a fake in tests); returns a function that cancels. */
export type Clock = (ms: number, run: () => void) => () => void;
