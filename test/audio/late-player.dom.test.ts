import { describe, expect, it } from 'vitest';
import { createLateSoundPlayer } from '../../src/audio/late-player.ts';
import { createMemorySoundPlayer, type SoundPlayer } from '../../src/audio/sound-player.ts';

/** A late player on a plain EventTarget; `done` settles its start path. */
function setUp() {
  const host = new EventTarget();
  const real = createMemorySoundPlayer();
  const loads: boolean[] = [];
  const errors: unknown[] = [];
  let done = () => {};
  const startAfter = new Promise<void>((resolve) => {
    done = resolve;
  });
  const player = createLateSoundPlayer({
    startAfter,
    load: async (gestured) => {
      loads.push(gestured);
      return real;
    },
    onError: (e) => errors.push(e),
    target: host,
  });
  return { host, real, loads, errors, player, done };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createLateSoundPlayer', () => {
  it('loads nothing before the start path is over, plays nothing meanwhile, then hands on mute, volume and the gesture', async () => {
    const { host, real, loads, player, done } = setUp();
    player.play('messageIn');
    player.setMuted(true);
    player.setVolume(0.4);
    host.dispatchEvent(new Event('pointerdown'));
    await settle();
    expect(loads, 'not loaded before the start path is over').toEqual([]);
    done();
    await settle();
    expect(loads, 'loaded once, told a gesture was made').toEqual([true]);
    expect(real.played, 'cues before are not queued').toEqual([]);
    expect([real.muted, real.volume]).toEqual([true, 0.4]);
    player.setMuted(false);
    player.play('typing');
    expect(real.played).toEqual(['typing']);
  });

  it('tells the real player no gesture was made when none was, and reports a failed load', async () => {
    const quiet = setUp();
    quiet.done();
    await settle();
    expect(quiet.loads).toEqual([false]);

    const errors: unknown[] = [];
    const broken = createLateSoundPlayer({
      startAfter: Promise.resolve(),
      load: (): Promise<SoundPlayer> => Promise.reject(new Error('offline')),
      onError: (e) => errors.push(e),
      target: new EventTarget(),
    });
    await settle();
    broken.play('messageIn');
    expect(errors).toHaveLength(1);
  });
});
