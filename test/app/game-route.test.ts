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

describe('createGameRoute before the game', () => {
  it('gives the app the choices it takes itself, keeps the others for the game, and stops asking once the game runs', () => {
    const app: string[] = [];
    const route = createGameRoute<string>('deep-link');
    route.handleBeforeGame((c) => {
      if (c.startsWith('story:') || c === 'deep-link') {
        app.push(c);
        return true;
      }
      return false;
    });
    expect(app, 'the deep link kept so far is offered at once').toEqual(['deep-link']);
    route.choose('story:the-video');
    route.choose('check:before');
    expect(app).toEqual(['deep-link', 'story:the-video']);
    expect(route.take(), 'the game takes what the app left').toBe('check:before');
    route.attach((c) => app.push(`game ${c}`));
    route.choose('story:my-friend');
    expect(app.at(-1)).toBe('game story:my-friend');
  });

  it('keeps for the game a story taken by the app, then a screen only the game has', () => {
    const route = createGameRoute<string>(undefined);
    route.handleBeforeGame((c) => c === 'story');
    route.choose('teacher');
    route.choose('story');
    expect(route.take(), 'the story the app plays replaced the kept choice').toBeUndefined();
  });
});
