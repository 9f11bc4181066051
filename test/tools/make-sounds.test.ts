import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSprite, GAP_MS, SAMPLE_RATE, spriteJson } from '../../tools/make-sounds.ts';

const built = buildSprite();
const view = new DataView(built.wav.buffer, built.wav.byteOffset, built.wav.byteLength);
const ascii = (at: number) => String.fromCharCode(...built.wav.subarray(at, at + 4));
const dataBytes = view.getUint32(40, true);
const sample = (i: number) => view.getInt16(44 + i * 2, true) / 32767;
const toSample = (ms: number) => Math.round((ms / 1000) * SAMPLE_RATE);
const spans = Object.entries(built.sprite).sort((a, b) => a[1][0] - b[1][0]);

describe('buildSprite', () => {
  it('writes a mono 16-bit PCM WAV header at 22050 Hz', () => {
    expect([ascii(0), ascii(8), ascii(12), ascii(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(built.wav.length - 8);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // channels
    expect(view.getUint32(24, true)).toBe(22050);
    expect(view.getUint32(28, true)).toBe(22050 * 2);
    expect(view.getUint16(34, true)).toBe(16);
    expect(dataBytes).toBe(built.wav.length - 44);
  });

  it('maps the six cues, each inside the data, in order, with a silent gap between them', () => {
    expect(Object.keys(built.sprite)).toEqual([
      'messageIn',
      'messageOut',
      'notification',
      'typing',
      'redFlag',
      'ending',
    ]);
    spans.forEach(([, [start, ms]], i) => {
      expect(ms).toBeGreaterThanOrEqual(20);
      expect(ms).toBeLessThanOrEqual(600);
      expect(toSample(start + ms)).toBeLessThanOrEqual(dataBytes / 2);
      const next = spans[i + 1];
      if (next) expect(next[1][0] - (start + ms)).toBeGreaterThanOrEqual(GAP_MS);
    });
  });

  it('stays small, soft and click-free: peaks at most half scale, every cue starts and ends at zero', () => {
    expect(built.wav.length).toBeLessThan(80_000);
    for (const [name, [start, ms]] of spans) {
      const first = toSample(start);
      const last = toSample(start + ms) - 1;
      let peak = 0;
      for (let i = first; i <= last; i++) peak = Math.max(peak, Math.abs(sample(i)));
      expect(peak, name).toBeGreaterThan(0.05);
      expect(peak, name).toBeLessThanOrEqual(0.5);
      expect(Math.abs(sample(first)), name).toBeLessThan(0.01);
      expect(Math.abs(sample(last)), name).toBeLessThan(0.01);
    }
  });

  it('is silent between cues', () => {
    spans.forEach(([, [start, ms]], i) => {
      const next = spans[i + 1];
      if (!next) return;
      for (let s = toSample(start + ms) + 1; s < toSample(next[1][0]); s++) expect(sample(s)).toBe(0);
    });
  });

  it('builds the same bytes every run, and the committed files are up to date', () => {
    const again = buildSprite();
    expect(Buffer.from(again.wav).equals(Buffer.from(built.wav))).toBe(true);
    expect(again.sprite).toEqual(built.sprite);
    expect(Buffer.from(built.wav).equals(readFileSync('assets/sounds/sprite.wav'))).toBe(true);
    expect(readFileSync('src/audio/sprite.json', 'utf8')).toBe(spriteJson(built.sprite));
  });
});
