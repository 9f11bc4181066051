import { Howl, Howler } from 'howler';
import { clampVolume, GESTURES, type SoundCue, type SoundPlayer } from './sound-player.ts';

/** The part of a howler `Howl` this player uses, so tests can hand in a fake. */
export interface HowlLike {
  play(sprite: string): unknown;
  mute(muted: boolean): unknown;
  volume(volume: number): unknown;
  unload(): unknown;
}

/** The howler options this player sets when it creates its one Howl. */
export interface HowlSetup {
  src: string[];
  sprite: Record<string, [number, number]>;
  mute: boolean;
  volume: number;
  onloaderror: (id: number | null, error: unknown) => void;
  onplayerror: (id: number, error: unknown) => void;
}

/** The part of an AudioContext this player uses to wake audio when the tab returns. */
export interface AudioContextLike {
  readonly state: string;
  resume(): Promise<void>;
}

/** Where the player listens: for the first gesture on the window, and for the tab becoming visible again. */
export type AudioHost = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  readonly document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
};

/** How to build a howler-backed SoundPlayer. */
export interface HowlerPlayerOptions {
  /** URL of the sprite audio file; nothing is fetched before the player's first gesture (nor before `startAfter`). */
  readonly src: string;
  /**
   * Nothing is created or fetched before this settles, even after a gesture: the game passes "the first story's first
   * message is on screen", so the audio context and the sprite stay off the start path. Sounds asked for before are not
   * played (as before the first gesture).
   */
  readonly startAfter?: PromiseLike<unknown>;
  /** The player's first gesture was already made (the player is created late, after the start path): none is awaited. */
  readonly gestured?: boolean;
  /** Cue name to [start ms, duration ms]. */
  readonly sprite: Readonly<Record<string, readonly [number, number]>>;
  /** Defaults to `window`; without one (Node) the player stays silent. */
  readonly target?: AudioHost;
  /** Makes the Howl; defaults to `new Howl(setup)`. Tests pass a fake. */
  readonly createHowl?: (setup: HowlSetup) => HowlLike;
  /** The audio context to wake; defaults to `Howler.ctx`. Tests pass a fake. */
  readonly getContext?: () => AudioContextLike | null | undefined;
}

/** A SoundPlayer over howler that can also be torn down. */
export interface HowlerSoundPlayer extends SoundPlayer {
  /** Stops listening and unloads the audio; the player is silent afterwards. */
  dispose(): void;
}

/** Where the player is in its life; only `ready` holds a Howl. */
type PlayerState =
  | { readonly kind: 'locked'; readonly gestured: boolean; readonly held: boolean } // waiting for a gesture (browsers block audio before one) and for `startAfter`
  | { readonly kind: 'ready'; readonly howl: HowlLike }
  | { readonly kind: 'silent' } // audio failed or is missing: the game goes on without sound
  | { readonly kind: 'disposed' };

const LISTEN = { capture: true, passive: true } as const;

const defaultCreateHowl = (setup: HowlSetup): HowlLike => new Howl(setup);
const defaultGetContext = (): AudioContextLike | null | undefined => Howler.ctx;

/** The game's SoundPlayer: a lazily created howler sprite that never throws and never plays before a gesture. */
export function createHowlerSoundPlayer(options: HowlerPlayerOptions): HowlerSoundPlayer {
  return new HowlerPlayer(options);
}

class HowlerPlayer implements HowlerSoundPlayer {
  readonly #options: HowlerPlayerOptions;
  readonly #host: AudioHost | undefined;
  #state: PlayerState;
  #muted = false;
  #volume = 1;
  #hasWarned = false;

  constructor(options: HowlerPlayerOptions) {
    this.#options = options;
    this.#host = options.target ?? (typeof window === 'undefined' ? undefined : window);
    const held = options.startAfter !== undefined;
    this.#state = this.#host ? { kind: 'locked', gestured: false, held } : { kind: 'silent' };
    options.startAfter?.then(this.#release, this.#release);
    this.#attempt('could not listen for the first gesture', () => {
      for (const type of GESTURES) this.#host?.addEventListener(type, this.#unlock, LISTEN);
      this.#host?.document.addEventListener('visibilitychange', this.#onVisibility);
    });
    if (options.gestured) this.#unlock();
  }

  play(cue: SoundCue): void {
    const state = this.#state;
    if (state.kind !== 'ready' || this.#muted) return;
    this.#attempt(`could not play ${cue}`, () => state.howl.play(cue));
  }

  setMuted(muted: boolean): void {
    this.#muted = muted;
    const state = this.#state;
    if (state.kind === 'ready') this.#attempt('could not mute', () => state.howl.mute(muted));
  }

  setVolume(volume: number): void {
    const clamped = clampVolume(volume);
    this.#volume = clamped;
    const state = this.#state;
    if (state.kind === 'ready') this.#attempt('could not set the volume', () => state.howl.volume(clamped));
  }

  dispose(): void {
    const state = this.#state;
    this.#state = { kind: 'disposed' };
    try {
      this.#stopListeningForGestures();
      this.#host?.document.removeEventListener('visibilitychange', this.#onVisibility);
      if (state.kind === 'ready') state.howl.unload();
    } catch (error) {
      this.#warnOnce('could not release audio', error);
    }
  }

  /** Creates the Howl inside the first gesture, so the audio context may start and no bytes load before. */
  readonly #unlock = (): void => {
    this.#stopListeningForGestures();
    const state = this.#state;
    if (state.kind !== 'locked') return;
    if (state.held) this.#state = { ...state, gestured: true };
    else this.#create();
  };

  /**
   * The start path is done: a gesture already made creates the Howl now. The page has the user's activation, so the
   * audio context may start; where a browser still wants a gesture (iOS), howler resumes it on the next tap.
   */
  readonly #release = (): void => {
    const state = this.#state;
    if (state.kind !== 'locked') return;
    if (state.gestured) this.#create();
    else this.#state = { ...state, held: false };
  };

  #create(): void {
    const create = this.#options.createHowl ?? defaultCreateHowl;
    const howl = this.#attempt('audio could not start', () => create(this.#setup()));
    // A synchronous load error has already made the player silent: keep it so.
    if (howl && this.#state.kind === 'locked') this.#state = { kind: 'ready', howl };
  }

  /** Browsers suspend audio in background tabs (and iOS "interrupts" it); wake it when the player is back. */
  readonly #onVisibility = (): void => {
    if (this.#state.kind !== 'ready' || this.#host?.document.visibilityState !== 'visible') return;
    this.#attempt('the audio context could not resume', () => {
      const context = (this.#options.getContext ?? defaultGetContext)();
      if (context?.state !== 'suspended' && context?.state !== 'interrupted') return;
      context.resume().catch((error: unknown) => this.#warnOnce('the audio context could not resume', error));
    });
  };

  #setup(): HowlSetup {
    const { src, sprite } = this.#options;
    return {
      src: [src],
      sprite: Object.fromEntries(Object.entries(sprite).map(([cue, [start, ms]]) => [cue, [start, ms]])),
      mute: this.#muted,
      volume: this.#volume,
      onloaderror: (_id, error) => this.#goSilent(`could not load ${src}`, error),
      // HTML5 Audio may refuse to start before the browser counts a gesture; howler retries after its own unlock.
      onplayerror: (_id, error) => this.#warnOnce('a sound could not start', error),
    };
  }

  #stopListeningForGestures(): void {
    for (const type of GESTURES) this.#host?.removeEventListener(type, this.#unlock, LISTEN);
  }

  /** Runs a howler call; anything it throws silences the player instead of reaching the game. */
  #attempt<T>(why: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      this.#goSilent(why, error);
      return undefined;
    }
  }

  #goSilent(why: string, error: unknown): void {
    if (this.#state.kind === 'disposed') return;
    this.#state = { kind: 'silent' };
    this.#warnOnce(why, error);
  }

  #warnOnce(why: string, error: unknown): void {
    if (this.#hasWarned) return;
    this.#hasWarned = true;
    console.warn(`Sound is off: ${why}.`, error);
  }
}
