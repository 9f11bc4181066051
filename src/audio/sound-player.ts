/** The sounds the game can play: one cue per sprite entry in sprite.json. */
export type SoundCue = 'messageIn' | 'messageOut' | 'notification' | 'typing' | 'redFlag' | 'ending';

/** Every cue, in sprite order. */
export const SOUND_CUES: readonly SoundCue[] = [
  'messageIn',
  'messageOut',
  'notification',
  'typing',
  'redFlag',
  'ending',
];

/** What browsers count as the gesture that lets audio start. */
export const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;

/** Where each cue sits in the sprite file: [start ms, duration ms], howler's sprite format. */
export type SoundSprite = Readonly<Record<SoundCue, readonly [number, number]>>;

/** The port the game plays sounds through; the settings screen drives mute and volume. */
export interface SoundPlayer {
  /** Plays a cue now, or not at all (muted, not yet unlocked, no audio): never queued, never throws. */
  play(cue: SoundCue): void;
  setMuted(muted: boolean): void;
  /** Volume from 0 (silent) to 1 (full); values outside are clamped. */
  setVolume(volume: number): void;
}

/** A SoundPlayer fake that records what it was asked, for tests. */
export interface MemorySoundPlayer extends SoundPlayer {
  /** Every cue asked for, in order, muted or not. */
  readonly played: readonly SoundCue[];
  readonly muted: boolean;
  readonly volume: number;
}

/** Clamps a volume into 0..1; NaN counts as silent. */
export function clampVolume(volume: number): number {
  return Number.isNaN(volume) ? 0 : Math.min(1, Math.max(0, volume));
}

/** Narrows sprite JSON to a SoundSprite; throws if a cue is missing, since the file is generated and committed. */
export function toSoundSprite(json: unknown): SoundSprite {
  const isSpan = (v: unknown): v is [number, number] =>
    Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const missing = SOUND_CUES.filter((cue) => !isSpan(record[cue]));
  if (missing.length > 0) {
    throw new Error(`src/audio/sprite.json lacks cues ${missing.join(', ')}: run \`npm run sounds\` to rebuild it`);
  }
  return record as SoundSprite;
}

/** An in-memory SoundPlayer for tests: plays nothing, remembers everything. */
export function createMemorySoundPlayer(): MemorySoundPlayer {
  const played: SoundCue[] = [];
  let muted = false;
  let volume = 1;
  return {
    played,
    get muted() {
      return muted;
    },
    get volume() {
      return volume;
    },
    play: (cue) => {
      played.push(cue);
    },
    setMuted: (value) => {
      muted = value;
    },
    setVolume: (value) => {
      volume = clampVolume(value);
    },
  };
}
