import { afterAll, describe, expect, it } from 'vitest';
import { openPgPool, type PgPool } from '../../server/pg-db.ts';
import { createPgRateLimiter } from '../../server/pg-rate-limiter.ts';
import { createRateLimiter, type RateLimit, type RateLimiter } from '../../server/rate-limiter.ts';
import {
  call,
  createFakeClock,
  createSession,
  createTempDir,
  joinSession,
  newEventId,
  STORES,
  type StoreKind,
  startApp,
  testDatabase,
} from './helpers.ts';

const temp = createTempDir();
afterAll(() => temp.remove());

/** Limiters of each kind: in memory (SQLite, one process), and in a PostgreSQL table shared by instances. */
async function limitersOn(store: StoreKind, limits: readonly RateLimit[], now: () => number): Promise<RateLimiter[]> {
  if (store === 'sqlite') return limits.map((limit) => createRateLimiter(limit, now));
  const pool = await openPgPool(await testDatabase(store, temp), 2);
  pools.push(pool);
  return limits.map((limit, i) => createPgRateLimiter(pool, `test${i}`, limit, now));
}
async function limiterOn(store: StoreKind, limit: RateLimit, now: () => number): Promise<RateLimiter> {
  const [limiter] = await limitersOn(store, [limit], now);
  if (!limiter) throw new Error('no limiter');
  return limiter;
}
const pools: PgPool[] = [];
afterAll(async () => {
  for (const pool of pools) await pool.end();
});

describe.each(STORES)('the rate limiter on %s', { timeout: 30_000 }, (store) => {
  it('allows a burst, refills at its rate, and forgets full buckets', async () => {
    const clock = createFakeClock();
    const limiter = await limiterOn(store, { burst: 2, perSecond: 4 }, clock.now);
    const takes = async (keys: string[]) => {
      const taken: boolean[] = [];
      for (const key of keys) taken.push(await limiter.take(key));
      return taken;
    };
    expect(await takes(['a', 'a', 'a', 'b'])).toEqual([true, true, false, true]);
    clock.advance(250);
    expect(await takes(['a', 'a'])).toEqual([true, false]);
    clock.advance(1000);
    await limiter.prune();
    expect(await limiter.size()).toBe(0);
  });

  it('counts concurrent takes exactly (no two requests spend the same token)', async () => {
    const limiter = await limiterOn(store, { burst: 10, perSecond: 0.001 }, createFakeClock().now);
    const taken = await Promise.all(Array.from({ length: 25 }, () => limiter.take('k')));
    expect(taken.filter(Boolean)).toHaveLength(10);
  });

  it("takes from a class's bucket only when the student's allowed it (one statement on PostgreSQL)", async () => {
    const clock = createFakeClock();
    const [student, session] = await limitersOn(
      store,
      [
        { burst: 2, perSecond: 0.001 },
        { burst: 3, perSecond: 0.001 },
      ],
      clock.now,
    );
    if (!student || !session) throw new Error('no limiters');
    const then = { limiter: session, key: 'class' };
    const takes = async (keys: string[]) => {
      const taken: boolean[] = [];
      for (const key of keys) taken.push(await student.takeThen(key, then));
      return taken;
    };
    // The third is refused by the student's bucket: the class's keeps its token.
    expect(await takes(['s1', 's1', 's1'])).toEqual([true, true, false]);
    // The class has one token left: s2's first takes it, s2's second is refused by the class.
    expect(await takes(['s2', 's2'])).toEqual([true, false]);
    expect(await session.take('class')).toBe(false);
    expect(await student.take('s3')).toBe(true);
  });

  it('counts concurrent two-bucket takes exactly', async () => {
    const clock = createFakeClock();
    const [student, session] = await limitersOn(
      store,
      [
        { burst: 100, perSecond: 0.001 },
        { burst: 10, perSecond: 0.001 },
      ],
      clock.now,
    );
    if (!student || !session) throw new Error('no limiters');
    const taken = await Promise.all(
      Array.from({ length: 25 }, (_, i) => student.takeThen(`s${i % 5}`, { limiter: session, key: 'class' })),
    );
    expect(taken.filter(Boolean)).toHaveLength(10);
  });
});

describe.each(STORES)('on %s', (store) => {
  describe('service limits', { timeout: 30_000 }, () => {
    it('slows down anyone guessing codes (429), without affecting a real code', async () => {
      const running = await startApp({
        database: await testDatabase(store, temp, 'guess.sqlite'),
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
        database: await testDatabase(store, temp, 'caps.sqlite'),
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
        database: await testDatabase(store, temp, 'create.sqlite'),
        now: createFakeClock().now,
        limits: { createAll: { burst: 2, perSecond: 1 } },
      });
      const create = () =>
        call(running.url, 'POST', '/api/v1/sessions', { body: { scenario: 'the-video', lang: 'en' } });
      expect([(await create()).status, (await create()).status, (await create()).status]).toEqual([201, 201, 429]);
      await running.close();
    });

    it('limits session creation per client: one client does not block every teacher (issue 19)', async () => {
      // Behind a proxy configured as trusted, clients are told apart by X-Forwarded-For.
      const running = await startApp({
        database: await testDatabase(store, temp, 'per-client.sqlite'),
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
      const running = await startApp({
        database: await testDatabase(store, temp, 'untrusted.sqlite'),
        now: createFakeClock().now,
      });
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
});
