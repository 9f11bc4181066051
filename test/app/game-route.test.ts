import { describe, expect, it } from 'vitest';
import { createGameRoute } from '../../src/app/game-route.ts';

describe('createGameRoute', () => {
  it('keeps the last choice made before the game runs, for its first screen to take once', () => {
    const route = createGameRoute<string>(undefined);
    route.choose('the-video');
    route.choose('my-friend');
    expect(route.isRunning()).toBe(false);
    expect(route.take()).toBe('my-friend');
    expect(route.isRunning()).toBe(true);
    expect(route.take()).toBeUndefined();
  });

  it('starts with the deep link kept', () => {
    expect(createGameRoute('sample').take()).toBe('sample');
  });

  it('hands choices to the running game once its first screen has taken over', () => {
    const run: string[] = [];
    const route = createGameRoute<string>(undefined);
    route.attach((c) => run.push(c));
    route.choose('before-boot');
    expect(run).toEqual([]);
    expect(route.take()).toBe('before-boot');
    route.choose('the-video');
    expect(run).toEqual(['the-video']);
  });
});
