import { afterAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/rate-limiter.ts';
import { call, createFakeClock, createSession, createTempDir, joinSession, newEventId, startApp } from './helpers.ts';

const temp = createTempDir();
afterAll(() => temp.remove());

describe('createRateLimiter', () => {
  it('allows a burst, refills at its rate, and forgets full buckets', () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter({ burst: 2, perSecond: 4 }, clock.now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    clock.advance(250);
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, false]);
    clock.advance(1000);
    limiter.prune();
    expect(limiter.size()).toBe(0);
  });
});

describe('service limits', () => {
  it('slows down anyone guessing codes (429), without affecting a real code', async () => {
    const running = await startApp({
      dbPath: temp.dbPath('guess.sqlite'),
      limits: { unknownCodes: { burst: 3, perSecond: 0.001 } },
    });
    const { code } = await createSession(running.url);
    const guesses: number[] = [];
    for (const guess of ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD']) {
      guesses.push((await call(running.url, 'POST', `/api/v1/sessions/${guess}/join`, { body: {} })).status);
    }
    expect(guesses).toEqual([404, 404, 404, 429]);
    expect((await call(running.url, 'POST', `/api/v1/sessions/${code}/join`, { body: {} })).status).toBe(201);
    await running.close();
  });

  it('refuses students beyond the session size (409) and events beyond the per-token total (429)', async () => {
    const running = await startApp({
      dbPath: temp.dbPath('caps.sqlite'),
      limits: { maxStudents: 2, maxEventsPerStudent: 2 },
    });
    const { code } = await createSession(running.url);
    const token = await joinSession(running.url, code);
    await joinSession(running.url, code);
    const third = await call(running.url, 'POST', `/api/v1/sessions/${code}/join`, { body: {} });
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('session_full');
    const post = () =>
      call(running.url, 'POST', `/api/v1/sessions/${code}/events`, { body: { id: newEventId(), kind: 'joined' }, bearer: token });
    expect([(await post()).status, (await post()).status]).toEqual([202, 202]);
    const over = await post();
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('too_many_events');
    await running.close();
  });

  it('limits session creation across the service', async () => {
    const running = await startApp({
      dbPath: temp.dbPath('create.sqlite'),
      now: createFakeClock().now,
      limits: { create: { burst: 2, perSecond: 1 } },
    });
    const create = () => call(running.url, 'POST', '/api/v1/sessions', { body: { scenario: 'the-video', lang: 'en' } });
    expect([(await create()).status, (await create()).status, (await create()).status]).toEqual([201, 201, 429]);
    await running.close();
  });
});
