/**
 * Where the player's choices go while the game is loading, and after. A choice made before the game runs (a story
 * tapped on Home, the address's deep link) is kept, and the game's first screen takes it; from then on choices go
 * straight to the running game.
 */
export interface GameRoute<C> {
  /** The player chose a screen. */
  choose(choice: C): void;
  /** The game's first screen: the choice kept so far, once. Choices after this go to the attached runner. */
  take(): C | undefined;
  /** The running game's way to open a screen (attached when the game is created). */
  attach(run: (choice: C) => void): void;
  /** Whether the game has taken over (its first screen has run). */
  isRunning(): boolean;
}

/** A route that starts with `first` (a deep link) kept, if any. */
export function createGameRoute<C>(first: C | undefined): GameRoute<C> {
  const state: { pending: C | undefined; taken: boolean; run?: (choice: C) => void } = {
    pending: first,
    taken: false,
  };
  return {
    choose(choice) {
      if (state.taken && state.run) state.run(choice);
      else state.pending = choice;
    },
    take() {
      state.taken = true;
      const choice = state.pending;
      state.pending = undefined;
      return choice;
    },
    attach(run) {
      state.run = run;
    },
    isRunning: () => state.taken,
  };
}
