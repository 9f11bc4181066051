import { GESTURES, type SoundPlayer } from './sound-player.ts';

const LISTEN = { capture: true, passive: true } as const;

/**
 * A SoundPlayer whose real player (howler and its set-up) is loaded only once `startAfter` settles, so none of it is on
 * the start path. Until then cues are not played (none would be: audio waits for the same moment), mute and volume are
 * kept for the real player, and a gesture made meanwhile counts as its first.
 */
export function createLateSoundPlayer(o: {
  readonly startAfter: PromiseLike<unknown>;
  /** Loads and creates the real player; `gestured`: the player has already tapped or pressed a key. */
  readonly load: (gestured: boolean) => Promise<SoundPlayer>;
  /** The sounds could not load: the game goes on without them. */
  readonly onError: (error: unknown) => void;
  /** Defaults to `window`. */
  readonly target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}): SoundPlayer {
  const host = o.target ?? (typeof window === 'undefined' ? undefined : window);
  const state: { muted: boolean; volume: number; gestured: boolean; player?: SoundPlayer } = {
    muted: false,
    volume: 1,
    gestured: false,
  };
  const gestured = () => {
    state.gestured = true;
    for (const type of GESTURES) host?.removeEventListener(type, gestured, LISTEN);
  };
  for (const type of GESTURES) host?.addEventListener(type, gestured, LISTEN);
  Promise.resolve(o.startAfter)
    .catch(() => undefined)
    .then(() => {
      for (const type of GESTURES) host?.removeEventListener(type, gestured, LISTEN);
      return o.load(state.gestured);
    })
    .then((player) => {
      player.setMuted(state.muted);
      player.setVolume(state.volume);
      state.player = player;
    })
    .catch(o.onError);
  return {
    play: (cue) => state.player?.play(cue),
    setMuted(muted) {
      state.muted = muted;
      state.player?.setMuted(muted);
    },
    setVolume(volume) {
      state.volume = volume;
      state.player?.setVolume(volume);
    },
  };
}
