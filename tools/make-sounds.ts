import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** `npm run sounds`: synthesizes the game's sound sprite (our own sounds) into a WAV and a howler sprite map. */

/** Samples per second of the sprite: enough for soft cues below 5 kHz, half the bytes of 44.1 kHz. */
export const SAMPLE_RATE = 22050;
/** Silence between cues, so a late HTML5 Audio stop never bleeds into the next cue. */
export const GAP_MS = 80;

/** Cue name to [start ms, duration ms], howler's sprite format. */
export type SpriteMap = Record<string, [number, number]>;

type Wave = (phase: number) => number;

/** One tone: a wave at a frequency (optionally gliding) under an attack and exponential decay. */
interface Tone {
  readonly at: number; // seconds from the cue's start
  readonly hz: number;
  readonly toHz?: number; // glides exponentially from hz to toHz over the tone's length
  readonly length: number; // seconds
  readonly attack: number; // seconds
  readonly decay: number; // seconds for the level to fall to 1/e
  readonly gain: number;
  readonly wave: Wave;
}

/** A cue: tones mixed, then scaled so its loudest sample is `peak` of full scale. */
interface Cue {
  readonly name: string;
  readonly ms: number;
  readonly peak: number;
  readonly tones: readonly Tone[];
}

const sine: Wave = (p) => Math.sin(p);
/** A soft bell: the fundamental with faint upper partials. */
const bell: Wave = (p) => Math.sin(p) + 0.18 * Math.sin(2 * p) + 0.05 * Math.sin(3 * p);
/** A band-limited triangle (odd partials at 1/n²): a hum-like, mellow timbre with no aliasing. */
const triangle: Wave = (p) => Math.sin(p) - Math.sin(3 * p) / 9 + Math.sin(5 * p) / 25 - Math.sin(7 * p) / 49;

const tone = (t: Omit<Tone, 'wave'> & { wave?: Wave }): Tone => ({ wave: sine, ...t });

/** The six cues, in sprite order. Peaks stay at or under half of full scale: gentle, never startling. */
const cues: readonly Cue[] = [
  {
    name: 'messageIn', // a soft "pop": a short bell note that dips a little in pitch
    ms: 120,
    peak: 0.32,
    tones: [tone({ at: 0, hz: 740, toHz: 620, length: 0.12, attack: 0.004, decay: 0.035, gain: 1, wave: bell })],
  },
  {
    name: 'messageOut', // a light upward blip
    ms: 150,
    peak: 0.28,
    tones: [tone({ at: 0, hz: 520, toHz: 1040, length: 0.15, attack: 0.015, decay: 0.05, gain: 1 })],
  },
  {
    name: 'notification', // a two-tone chime, a rising fifth
    ms: 300,
    peak: 0.4,
    tones: [
      tone({ at: 0, hz: 659.25, length: 0.3, attack: 0.005, decay: 0.09, gain: 0.8, wave: bell }),
      tone({ at: 0.11, hz: 987.77, length: 0.19, attack: 0.005, decay: 0.08, gain: 0.7, wave: bell }),
    ],
  },
  {
    name: 'typing', // a very quiet, tiny tick
    ms: 30,
    peak: 0.1,
    tones: [tone({ at: 0, hz: 2400, toHz: 1800, length: 0.03, attack: 0.001, decay: 0.006, gain: 1 })],
  },
  {
    name: 'redFlag', // a soft, hummed "hm?": a low note, then a minor third up that lifts like a question
    ms: 240,
    peak: 0.3,
    tones: [
      tone({ at: 0, hz: 392, length: 0.12, attack: 0.02, decay: 0.1, gain: 1, wave: triangle }),
      tone({ at: 0.1, hz: 466.16, toHz: 493.88, length: 0.14, attack: 0.02, decay: 0.09, gain: 1, wave: triangle }),
    ],
  },
  {
    name: 'ending', // a warm C major arpeggio (G4, C5, E5) that rings out
    ms: 420,
    peak: 0.45,
    tones: [
      tone({ at: 0, hz: 392, length: 0.42, attack: 0.008, decay: 0.22, gain: 0.7, wave: bell }),
      tone({ at: 0.08, hz: 523.25, length: 0.34, attack: 0.008, decay: 0.2, gain: 0.65, wave: bell }),
      tone({ at: 0.16, hz: 659.25, length: 0.26, attack: 0.008, decay: 0.18, gain: 0.6, wave: bell }),
    ],
  },
];

/** Adds one tone into `out`; phase accumulates so glides stay smooth. */
function addTone(out: Float64Array, t: Tone): void {
  const first = Math.round(t.at * SAMPLE_RATE);
  const count = Math.min(Math.round(t.length * SAMPLE_RATE), out.length - first);
  const ratio = (t.toHz ?? t.hz) / t.hz;
  const release = Math.min(count / 3, 0.02 * SAMPLE_RATE); // a tone that stops mid-cue stops softly too
  let phase = 0;
  for (let i = 0; i < count; i++) {
    const s = i / SAMPLE_RATE;
    const hz = t.hz * ratio ** (i / count);
    const tail = Math.min(1, (count - i) / release);
    const level = Math.min(1, s / t.attack) * Math.exp(-s / t.decay) * tail;
    out[first + i] = (out[first + i] ?? 0) + t.gain * level * t.wave(phase);
    phase += (2 * Math.PI * hz) / SAMPLE_RATE;
  }
}

/** Raised-cosine fades at both ends so every cue starts and stops at zero: no clicks. */
function fadeEnds(out: Float64Array, inMs: number, outMs: number): void {
  const fadeIn = Math.round((inMs / 1000) * SAMPLE_RATE);
  const fadeOut = Math.round((outMs / 1000) * SAMPLE_RATE);
  for (let i = 0; i < out.length; i++) {
    const head = i < fadeIn ? 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeIn) : 1;
    const left = out.length - 1 - i;
    const tail = left < fadeOut ? 0.5 - 0.5 * Math.cos((Math.PI * left) / fadeOut) : 1;
    out[i] = (out[i] ?? 0) * head * tail;
  }
}

/** Renders a cue to samples in [-peak, peak]. */
function renderCue(cue: Cue): Float64Array {
  const out = new Float64Array(Math.ceil((cue.ms / 1000) * SAMPLE_RATE));
  for (const t of cue.tones) addTone(out, t);
  fadeEnds(out, 2, cue.ms / 4);
  const loudest = out.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  return out.map((x) => (x / loudest) * cue.peak);
}

/** A mono 16-bit PCM WAV file holding `samples` (each in [-1, 1]). */
export function encodeWav(samples: Float64Array): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((x, i) => {
    view.setInt16(44 + i * 2, Math.max(-32767, Math.min(32767, Math.round(x * 32767))), true);
  });
  return bytes;
}

/** Builds the whole sprite in memory: the WAV bytes and the map of where each cue sits. Deterministic. */
export function buildSprite(): { wav: Uint8Array; sprite: SpriteMap } {
  const sprite: SpriteMap = {};
  let startMs = 0;
  for (const cue of cues) {
    sprite[cue.name] = [startMs, cue.ms];
    startMs += cue.ms + GAP_MS;
  }
  const parts = cues.map((cue) => ({
    at: Math.round(((sprite[cue.name]?.[0] ?? 0) / 1000) * SAMPLE_RATE),
    samples: renderCue(cue),
  }));
  const samples = new Float64Array(Math.max(...parts.map((p) => p.at + p.samples.length)));
  for (const part of parts) samples.set(part.samples, part.at);
  return { wav: encodeWav(samples), sprite };
}

/** The sprite map as JSON, one cue a line (the way Biome formats it). */
export function spriteJson(sprite: SpriteMap): string {
  const lines = Object.entries(sprite).map(([name, [start, ms]]) => `  "${name}": [${start}, ${ms}]`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function writeOutputs(): void {
  const { wav, sprite } = buildSprite();
  const wavPath = fileURLToPath(new URL('../assets/sounds/sprite.wav', import.meta.url));
  const jsonPath = fileURLToPath(new URL('../src/audio/sprite.json', import.meta.url));
  mkdirSync(dirname(wavPath), { recursive: true });
  writeFileSync(wavPath, wav);
  writeFileSync(jsonPath, spriteJson(sprite));
  console.log(`wrote ${wavPath} (${wav.length} bytes) and ${jsonPath}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) writeOutputs();
