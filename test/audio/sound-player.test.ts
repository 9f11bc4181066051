import { describe, expect, it } from 'vitest';
import { SOUND_SPRITE, SOUND_SPRITE_URL } from '../../src/audio/index.ts';
import { clampVolume, createMemorySoundPlayer, SOUND_CUES, toSoundSprite } from '../../src/audio/sound-player.ts';

describe('createMemorySoundPlayer', () => {
  it('records every cue it is asked to play, in order', () => {
    const player = createMemorySoundPlayer();
    player.play('messageIn');
    player.play('typing');
    player.play('messageIn');
    expect(player.played).toEqual(['messageIn', 'typing', 'messageIn']);
  });

  it('starts unmuted at full volume and remembers mute and volume', () => {
    const player = createMemorySoundPlayer();
    expect(player).toMatchObject({ muted: false, volume: 1 });
    player.setMuted(true);
    player.setVolume(0.4);
    expect(player).toMatchObject({ muted: true, volume: 0.4 });
  });

  it('clamps the volume into 0..1', () => {
    const player = createMemorySoundPlayer();
    player.setVolume(3);
    expect(player.volume).toBe(1);
    player.setVolume(-1);
    expect(player.volume).toBe(0);
  });
});

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
