import { afterAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/rate-limiter.ts';
import { call, createFakeClock, createSession, createTempDir, joinSession, newEventId, startApp } from './helpers.ts';

const temp = createTempDir();
afterAll(() => temp.remove());

describe('createRateLimiter', { timeout: 30_000 }, () => {
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

describe('service limits', { timeout: 30_000 }, () => {
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
      call(running.url, 'POST', `/api/v1/sessions/${code}/events`, {
        body: { id: newEventId(), kind: 'joined' },
        bearer: token,
      });
    expect([(await post()).status, (await post()).status]).toEqual([202, 202]);
    const over = await post();
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('too_many_events');
    await running.close();
  });

  it('limits session creation across the service, far above what one client may take', async () => {
    const running = await startApp({
      dbPath: temp.dbPath('create.sqlite'),
      now: createFakeClock().now,
      limits: { createAll: { burst: 2, perSecond: 1 } },
    });
    const create = () => call(running.url, 'POST', '/api/v1/sessions', { body: { scenario: 'the-video', lang: 'en' } });
    expect([(await create()).status, (await create()).status, (await create()).status]).toEqual([201, 201, 429]);
    await running.close();
  });

  it('limits session creation per client: one client does not block every teacher (issue 19)', async () => {
    // Behind a proxy configured as trusted, clients are told apart by X-Forwarded-For.
    const running = await startApp({
      dbPath: temp.dbPath('per-client.sqlite'),
      now: createFakeClock().now,
      trustProxy: '127.0.0.1',
    });
    const create = (client: string) =>
      call(running.url, 'POST', '/api/v1/sessions', {
        body: { scenario: 'the-video', lang: 'en' },
        headers: { 'x-forwarded-for': client },
      });
    const greedy: number[] = [];
    for (let i = 0; i < 11; i++) greedy.push((await create('203.0.113.7')).status);
    expect(greedy.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(greedy[10]).toBe(429);
    expect((await create('198.51.100.20')).status).toBe(201);
    await running.close();
  });

  it('reads X-Forwarded-For only from a trusted proxy: without one, a forged header changes nothing', async () => {
    const running = await startApp({ dbPath: temp.dbPath('untrusted.sqlite'), now: createFakeClock().now });
    const create = (client: string) =>
      call(running.url, 'POST', '/api/v1/sessions', {
        body: { scenario: 'the-video', lang: 'en' },
        headers: { 'x-forwarded-for': client },
      });
    for (let i = 0; i < 10; i++) expect((await create(`203.0.113.${i}`)).status).toBe(201);
    expect((await create('198.51.100.20')).status).toBe(429);
    await running.close();
  });
});
