import { registerUpdates } from '../platform/index.ts';

/** After the game has loaded, Home read this long with no story chosen counts as a quiet network. */
const QUIET_MS = 2000;

/** The service worker, registered late; until then no update is ready. */
export interface OfflineTiming {
  readonly update: { readonly isReady: () => boolean; readonly apply: () => void };
  /** Calls `listener` when a new version is ready (shown on Home). */
  onUpdateReady(listener: () => void): void;
  /** The game's code has arrived: from now on a quiet Home may start the precache. */
  gameLoaded(): void;
  /** The player chose a story: precaching waits until its first message is on screen. */
  storyChosen(): void;
  /** A story's first messages are on screen (its bytes have arrived). */
  storyShown(): void;
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

/**
 * Registers the service worker (offline after one visit; its precache is a few hundred kB) only once the start path
 * is done: after the first story's first message is shown, or, on Home, once the game has loaded and the network has
 * been quiet a moment. On a slow phone link the precache then never competes with the story the player opened.
 */
export function scheduleOffline(): OfflineTiming {
  const state: {
    registered?: ReturnType<typeof registerUpdates>;
    storyLoading: boolean;
    onReady: (() => void)[];
  } = { storyLoading: false, onReady: [] };
  const register = () => {
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
      setTimeout(() => whenIdle(() => state.storyLoading || register()), QUIET_MS);
    },
    storyChosen: () => {
      state.storyLoading = true;
    },
    storyShown: () => {
      state.storyLoading = false;
      whenIdle(register);
    },
  };
}
