/**
 * Where the player's choices go while the game is loading, and after. Before the game runs, a choice (a story tapped
 * on Home, the address's deep link) goes to the app's own handler when it takes it (a story plays before Phaser has
 * loaded), else it is kept and the game's first screen takes it; from then on choices go straight to the running game.
 */
export interface GameRoute<C> {
  /** The player chose a screen. */
  choose(choice: C): void;
  /** The game's first screen: the choice kept so far, once. Choices after this go to the attached runner. */
  take(): C | undefined;
  /** The running game's way to open a screen (attached when the game is created). */
  attach(run: (choice: C) => void): void;
  /**
   * What the app does itself before the game runs: the handler returns true for a choice it has taken (not kept for
   * the game). A choice already kept (the deep link) is offered to it at once.
   */
  handleBeforeGame(handler: (choice: C) => boolean): void;
  /** Whether the game has taken over (its first screen has run). */
  isRunning(): boolean;
}

/** A route that starts with `first` (a deep link) kept, if any. */
export function createGameRoute<C>(first: C | undefined): GameRoute<C> {
  const state: {
    pending: C | undefined;
    taken: boolean;
    run?: (choice: C) => void;
    early?: (choice: C) => boolean;
  } = { pending: first, taken: false };
  const choose = (choice: C) => {
    if (state.taken && state.run) state.run(choice);
    else if (!state.taken && state.early?.(choice)) state.pending = undefined;
    else state.pending = choice;
  };
  return {
    choose,
    take() {
      state.taken = true;
      const choice = state.pending;
      state.pending = undefined;
      return choice;
    },
    attach(run) {
      state.run = run;
    },
    handleBeforeGame(handler) {
      state.early = handler;
      const kept = state.pending;
      if (kept !== undefined && !state.taken) choose(kept);
    },
    isRunning: () => state.taken,
  };
}
