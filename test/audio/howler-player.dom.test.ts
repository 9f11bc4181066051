import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type AudioContextLike,
  type AudioHost,
  createHowlerSoundPlayer,
  type HowlerPlayerOptions,
  type HowlLike,
  type HowlSetup,
} from '../../src/audio/howler-player.ts';

/** A window and document made of plain EventTargets, so tests can fire gestures and visibility changes. */
function fakeHost() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return Object.assign(new EventTarget(), { document }) satisfies AudioHost;
}

/** A Howl fake that records what it was asked to do. */
function fakeHowl(overrides: Partial<HowlLike> = {}) {
  const calls = { played: [] as string[], muted: [] as boolean[], volumes: [] as number[], unloaded: 0 };
  const howl: HowlLike = {
    play: (sprite) => calls.played.push(sprite),
    mute: (muted) => calls.muted.push(muted),
    volume: (volume) => calls.volumes.push(volume),
    unload: () => {
      calls.unloaded += 1;
    },
    ...overrides,
  };
  return { howl, calls };
}

function setUp(options: Partial<HowlerPlayerOptions> = {}, howl = fakeHowl()) {
  const host = fakeHost();
  const createHowl = vi.fn((_setup: HowlSetup) => howl.howl);
  const player = createHowlerSoundPlayer({
    src: 'sounds/sprite.wav',
    sprite: { messageIn: [0, 120], typing: [200, 30] },
    target: host,
    createHowl,
    ...options,
  });
  return { host, createHowl, player, calls: howl.calls };
}

const gesture = (host: EventTarget, type = 'keydown') => host.dispatchEvent(new Event(type));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createHowlerSoundPlayer', () => {
  it('creates nothing and plays nothing before the first gesture, and does not queue early cues', () => {
    const { host, createHowl, player, calls } = setUp();
    player.play('messageIn');
    player.setVolume(0.5);
    expect(createHowl).not.toHaveBeenCalled();
    gesture(host);
    expect(calls.played).toEqual([]);
  });

  it('creates one Howl on the first gesture with the sprite, then plays cues by name', () => {
    const { host, createHowl, player, calls } = setUp();
    gesture(host, 'pointerdown');
    gesture(host, 'touchend');
    gesture(host, 'keydown');
    expect(createHowl).toHaveBeenCalledTimes(1);
    expect(createHowl.mock.calls[0]?.[0]).toMatchObject({
      src: ['sounds/sprite.wav'],
      sprite: { messageIn: [0, 120], typing: [200, 30] },
      mute: false,
      volume: 1,
    });
    player.play('typing');
    player.play('messageIn');
    expect(calls.played).toEqual(['typing', 'messageIn']);
  });

  it('with startAfter, creates and fetches nothing until it settles, then at once if a gesture came meanwhile', async () => {
    let release = () => {};
    const startAfter = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { host, createHowl, player, calls } = setUp({ startAfter });
    gesture(host, 'pointerdown');
    player.setMuted(true);
    player.play('messageIn');
    await Promise.resolve();
    expect(createHowl, 'held: the first tap starts no audio context and no download').not.toHaveBeenCalled();
    release();
    await startAfter;
    await Promise.resolve();
    expect(createHowl).toHaveBeenCalledTimes(1);
    expect(createHowl.mock.calls[0]?.[0]).toMatchObject({ mute: true });
    expect(calls.played, 'cues asked while held are not queued').toEqual([]);
    gesture(host);
    expect(createHowl).toHaveBeenCalledTimes(1);
  });

  it('with startAfter settled before any gesture, waits for the gesture as usual (a failed wait counts as settled)', async () => {
    const startAfter = Promise.reject(new Error('never shown'));
    const { host, createHowl, player, calls } = setUp({ startAfter });
    await startAfter.catch(() => undefined);
    await Promise.resolve();
    expect(createHowl).not.toHaveBeenCalled();
    gesture(host, 'touchend');
    expect(createHowl).toHaveBeenCalledTimes(1);
    player.play('typing');
    expect(calls.played).toEqual(['typing']);
  });

  it('created late with the gesture already made, creates its Howl at once and stops listening', () => {
    const { host, createHowl, player, calls } = setUp({ gestured: true });
    expect(createHowl).toHaveBeenCalledTimes(1);
    player.play('typing');
    expect(calls.played).toEqual(['typing']);
    gesture(host, 'pointerdown');
    expect(createHowl).toHaveBeenCalledTimes(1);
  });

  it('hands mute and clamped volume set before the gesture to the new Howl', () => {
    const { host, createHowl, player } = setUp();
    player.setMuted(true);
    player.setVolume(7);
    gesture(host);
    expect(createHowl.mock.calls[0]?.[0]).toMatchObject({ mute: true, volume: 1 });
  });

  it('forwards mute and clamped volume after the gesture, and plays nothing while muted', () => {
    const { host, player, calls } = setUp();
    gesture(host);
    player.setVolume(-2);
    player.setVolume(0.3);
    player.setMuted(true);
    player.play('messageIn');
    player.setMuted(false);
    player.play('typing');
    expect(calls).toMatchObject({ volumes: [0, 0.3], muted: [true, false], played: ['typing'] });
  });

  it('resumes a suspended audio context when the tab becomes visible again', () => {
    const context = { state: 'suspended', resume: vi.fn(() => Promise.resolve()) } satisfies AudioContextLike;
    const { host } = setUp({ getContext: () => context });
    host.document.dispatchEvent(new Event('visibilitychange'));
    expect(context.resume).not.toHaveBeenCalled(); // no gesture yet: nothing to wake
    gesture(host);
    host.document.visibilityState = 'hidden';
    host.document.dispatchEvent(new Event('visibilitychange'));
    expect(context.resume).not.toHaveBeenCalled();
    host.document.visibilityState = 'visible';
    host.document.dispatchEvent(new Event('visibilitychange'));
    expect(context.resume).toHaveBeenCalledTimes(1);
  });

  it('leaves a running audio context alone', () => {
    const context = { state: 'running', resume: vi.fn(() => Promise.resolve()) } satisfies AudioContextLike;
    const { host } = setUp({ getContext: () => context });
    gesture(host);
    host.document.dispatchEvent(new Event('visibilitychange'));
    expect(context.resume).not.toHaveBeenCalled();
  });

  it('keeps errors inside howler from reaching the game, warns once and goes silent', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const play = vi.fn(() => {
      throw new Error('boom');
    });
    const context = { state: 'suspended', resume: () => Promise.reject(new Error('no')) };
    const { host, player } = setUp({ getContext: () => context }, fakeHowl({ play }));
    gesture(host);
    host.document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(() => player.play('messageIn')).not.toThrow();
    expect(() => player.play('typing')).not.toThrow();
    expect(play).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('stays silent when creating the Howl throws or its file fails to load', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing = setUp({
      createHowl: () => {
        throw new Error('no audio');
      },
    });
    expect(() => gesture(failing.host)).not.toThrow();
    expect(() => failing.player.play('messageIn')).not.toThrow();

    const loading = setUp();
    gesture(loading.host);
    loading.createHowl.mock.calls[0]?.[0].onloaderror(null, 'Decoding audio data failed.');
    loading.player.play('messageIn');
    expect(loading.calls.played).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(2); // once per player
  });

  it('stops listening and unloads on dispose', () => {
    const { host, createHowl, player, calls } = setUp();
    player.dispose();
    gesture(host);
    expect(createHowl).not.toHaveBeenCalled();

    const ready = setUp();
    gesture(ready.host);
    ready.player.dispose();
    ready.player.play('messageIn');
    expect(ready.calls).toMatchObject({ unloaded: 1, played: [] });
    expect(calls.unloaded).toBe(0);
  });

  it('runs on real howler in jsdom, which can play no format: one warning, then silence', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // jsdom implements neither, and says so on stderr; howler falls back to HTML5 Audio here.
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(() => Promise.resolve());
    const host = fakeHost();
    const player = createHowlerSoundPlayer({ src: 'sounds/sprite.wav', sprite: { typing: [0, 30] }, target: host });
    player.play('typing');
    gesture(host);
    expect(() => player.play('typing')).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(() => player.play('typing')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/could not load sounds\/sprite\.wav/);
    player.dispose();
  });
});
