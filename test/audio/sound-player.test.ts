import { describe, expect, it } from 'vitest';
import { SOUND_SPRITE, SOUND_SPRITE_URL } from '../../src/audio/index.ts';
import { clampVolume, SOUND_CUES, toSoundSprite } from '../../src/audio/sound-player.ts';

describe('clampVolume', () => {
  it('keeps values in range and treats NaN as silent', () => {
    expect([0, 0.5, 1, 1.5, -0.1, Number.NaN, Number.POSITIVE_INFINITY].map(clampVolume)).toEqual([
      0, 0.5, 1, 1, 0, 0, 1,
    ]);
  });
});

describe('toSoundSprite', () => {
  it('accepts the committed sprite map, which has every cue', () => {
    expect(Object.keys(SOUND_SPRITE).sort()).toEqual([...SOUND_CUES].sort());
    expect(SOUND_SPRITE_URL).toMatch(/sounds\/sprite\.wav$/);
  });

  it('names the missing cues and the command that rebuilds the file', () => {
    expect(() => toSoundSprite({ messageIn: [0, 120], typing: [1, 'x'] })).toThrow(
      /sprite\.json lacks cues messageOut, notification, typing, redFlag, ending: run `npm run sounds`/,
    );
    expect(() => toSoundSprite(null)).toThrow(/lacks cues/);
  });
});
