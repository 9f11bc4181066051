import { registerUpdates } from '../platform/index.ts';

/** After the game has loaded, Home read this long with no story chosen counts as a quiet network. */
const QUIET_MS = 2000;

/** The service worker, registered late; until then no update is ready. */
export interface OfflineTiming {
  readonly update: { readonly isReady: () => boolean; readonly apply: () => void };
  /** Calls `listener` when a new version is ready (shown on Home). */
  onUpdateReady(listener: () => void): void;
  /**
   * The game's code has arrived (or failed to): from now on a quiet Home may start the precache, and a story shown
   * before may (the precache holds the game's chunk: fetched alongside it, it would come twice).
   */
  gameLoaded(): void;
  /**
   * The player chose a story (or has a finger on its Start): precaching waits until its script has arrived (or its
   * first message is shown).
   */
  storyChosen(loaded: Promise<unknown>): void;
  /** A story's first messages are on screen (its bytes have arrived). */
  storyShown(): void;
  /** Settles once the scripts of every story chosen so far have arrived (or failed to). */
  storiesLoaded(): Promise<void>;
  /**
   * Settles when the start path is over (the moment the worker registers): what is not needed to read Home or the first
   * story's first messages (the sound sprite) waits for it, so it never competes with them on a slow link.
   */
  readonly startDone: Promise<void>;
}

/** Runs `run` when the page is idle (within 2 s at the latest). */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

/**
 * Registers the service worker (offline after one visit; its precache is a few hundred kB) only once the start path
 * is done: after the first story's first message is shown and the game (which loads after it) has arrived, or once the
 * game and the scripts of the stories chosen have loaded and the network has been quiet a moment (the player reading
 * Home or a content note). On a slow phone
 * link the precache then never competes with the story the player opened.
 */
export function scheduleOffline(): OfflineTiming {
  const state: {
    registered?: ReturnType<typeof registerUpdates>;
    loading: Promise<unknown>[];
    onReady: (() => void)[];
  } = { loading: [], onReady: [] };
  let gameIn = () => {};
  const game = new Promise<void>((resolve) => {
    gameIn = resolve;
  });
  let done = () => {};
  const startDone = new Promise<void>((resolve) => {
    done = resolve;
  });
  const register = () => {
    done();
    state.registered ??= registerUpdates(() => {
      for (const listener of state.onReady) listener();
    });
  };
  return {
    update: {
      isReady: () => state.registered?.isReady() ?? false,
      apply: () => state.registered?.apply(),
    },
    onUpdateReady: (listener) => {
      state.onReady.push(listener);
    },
    gameLoaded: () => {
      gameIn();
      // Quiet: the game is in, the stories chosen so far have their scripts, and nothing new started for a moment.
      const quiet = async (): Promise<void> => {
        const waiting = state.loading.length;
        await Promise.allSettled(state.loading);
        await new Promise((done) => setTimeout(done, QUIET_MS));
        if (state.loading.length === waiting) whenIdle(register);
        else await quiet();
      };
      quiet();
    },
    storyChosen: (loaded) => {
      state.loading.push(loaded);
    },
    storiesLoaded: async () => {
      for (let seen = -1; seen !== state.loading.length; ) {
        seen = state.loading.length;
        await Promise.allSettled(state.loading);
      }
    },
    storyShown: () => {
      game.then(() => whenIdle(register));
    },
    startDone,
  };
}
