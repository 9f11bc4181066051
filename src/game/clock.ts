/** Waits on the game's clock (Phaser's in the game, a fake in tests); returns a function that cancels. */
export type Clock = (ms: number, run: () => void) => () => void;

/** A clock that can stop: the chat's pause button, and a page the player has left (another tab, the phone locked). */
export interface PausableClock {
  readonly wait: Clock;
  /** Stops or restarts every wait; each keeps the time it had left. */
  setPaused(paused: boolean): void;
  /** Cancels every wait and stops watching the page. */
  dispose(): void;
}

/** What the clock needs from the page (the real one by default; a fake in tests). */
export interface ClockHost {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Whether the page is hidden, and a way to hear when that changes (returns a function that stops listening). */
  isHidden(): boolean;
  onVisibility(listener: () => void): () => void;
}

const pageHost = (): ClockHost => ({
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  isHidden: () => document.hidden,
  onVisibility: (listener) => {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
});

interface Wait {
  readonly run: () => void;
  left: number;
  since: number;
  handle?: unknown;
}

/**
 * The chat's own clock, so a story plays before Phaser has loaded: timers that stop while the player pauses and while
 * the page is hidden (as Phaser's clock stops with its loop), then go on with the time they had left.
 */
export function createPausableClock(host: ClockHost = pageHost()): PausableClock {
  const waits = new Set<Wait>();
  const state = { paused: false, hidden: host.isHidden(), disposed: false };
  const stopped = () => state.paused || state.hidden;
  const arm = (w: Wait) => {
    w.since = host.now();
    w.handle = host.setTimeout(() => {
      waits.delete(w);
      w.run();
    }, w.left);
  };
  const disarm = (w: Wait) => {
    if (w.handle === undefined) return;
    host.clearTimeout(w.handle);
    w.handle = undefined;
    w.left = Math.max(0, w.left - (host.now() - w.since));
  };
  const update = (wasStopped: boolean) => {
    if (wasStopped === stopped()) return;
    for (const w of waits) stopped() ? disarm(w) : arm(w);
  };
  const unwatch = host.onVisibility(() => {
    const was = stopped();
    state.hidden = host.isHidden();
    update(was);
  });
  return {
    wait(ms, run) {
      if (state.disposed) return () => undefined;
      const w: Wait = { run, left: Math.max(0, ms), since: host.now() };
      waits.add(w);
      if (!stopped()) arm(w);
      return () => {
        disarm(w);
        waits.delete(w);
      };
    },
    setPaused(paused) {
      const was = stopped();
      state.paused = paused;
      update(was);
    },
    dispose() {
      state.disposed = true;
      for (const w of waits) disarm(w);
      waits.clear();
      unwatch();
    },
  };
}
