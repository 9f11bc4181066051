import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/protocol/index.ts';
import {
  call,
  createSession,
  createTempDir,
  joinSession,
  postEvent,
  type Running,
  STORES,
  startApp,
  testDatabase,
} from './helpers.ts';
import { readSse, type SseMessage } from './sse-reader.ts';

const temp = createTempDir();
let running: Running;
let base: string;

describe.each(STORES)('on %s', (store) => {
  beforeAll(async () => {
    running = await startApp({
      database: await testDatabase(store, temp),
      timings: { publishMs: 30, heartbeatMs: 100 },
    });
    base = running.url;
  });
  afterAll(async () => {
    await running.close();
    temp.remove();
  });

  const isDashboard = (m: SseMessage) => m.kind === 'message' && m.event === 'dashboard';
  const dashboardOf = (m: SseMessage): Dashboard => JSON.parse(m.kind === 'message' ? m.data : 'null');

  async function stream(code: string, key: string, how: 'query' | 'header' = 'query') {
    const url = `${base}/api/v1/sessions/${code}/stream${how === 'query' ? `?key=${key}` : ''}`;
    return fetch(url, how === 'header' ? { headers: { authorization: `Bearer ${key}` } } : {});
  }

  describe('dashboard stream (Server-Sent Events)', () => {
    it('sends the full dashboard on connect, then after each change', async () => {
      const { code, key } = await createSession(base);
      const res = await stream(code, key);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const sse = readSse(res);
      const first = dashboardOf(await sse.next(isDashboard));
      expect(first).toMatchObject({ events: 0, students: { joined: 0, started: 0 } });

      const token = await joinSession(base, code);
      expect(dashboardOf(await sse.next(isDashboard)).students.joined).toBe(1);
      await postEvent(base, code, token, { kind: 'joined' });
      const update = await sse.next(isDashboard);
      expect(update).toMatchObject({ kind: 'message', id: '1' });
      expect(dashboardOf(update).students.started).toBe(1);
      await sse.close();
    });

    it('sends a burst of answers on the cadence, with every answer in the last update', async () => {
      const { code, key } = await createSession(base);
      const token = await joinSession(base, code);
      const sse = readSse(await stream(code, key, 'header'));
      await sse.next(isDashboard);
      await Promise.all(
        [0, 1, 2, 3, 0].map((i) => postEvent(base, code, token, { kind: 'choice', point: 'invite#1', option: i })),
      );
      const updates: Dashboard[] = [];
      // Each update within 10 s: a bound for a machine busy with browser tests, not a timing check.
      for (;;) {
        updates.push(dashboardOf(await sse.next(isDashboard, 10_000)));
        if (updates.at(-1)?.events === 5) break;
      }
      // How many updates a burst makes is the cadence's business (test/server/privacy.test.ts); none is lost.
      expect(updates.at(-1)?.events).toBe(5);
      await sse.close();
    });

    it('keeps a quiet stream open with heartbeat comments', async () => {
      const { code, key } = await createSession(base);
      const sse = readSse(await stream(code, key));
      expect(await sse.next((m) => m.kind === 'comment')).toEqual({ kind: 'comment', text: 'heartbeat' });
      await sse.close();
    });

    it('tells the dashboard when the session ends, then closes the stream', async () => {
      const { code, key } = await createSession(base);
      const sse = readSse(await stream(code, key));
      await sse.next(isDashboard);
      await call(base, 'DELETE', `/api/v1/sessions/${code}`, { bearer: key });
      expect(await sse.next((m) => m.kind === 'message')).toMatchObject({ event: 'ended' });
      // Nothing but the end of the stream follows (a heartbeat may slip in first on a slow machine).
      await expect(sse.next((m) => m.kind === 'message')).rejects.toThrow('the stream ended');
    });

    it('refuses a stream without the right key, with a JSON error', async () => {
      const { code } = await createSession(base);
      const other = await createSession(base);
      const wrong = await stream(code, other.key);
      expect(wrong.status).toBe(403);
      expect(await wrong.json()).toEqual({ error: { code: 'wrong_key', message: expect.any(String) } });
      expect((await fetch(`${base}/api/v1/sessions/${code}/stream`)).status).toBe(401);
    });

    it('limits how many dashboards watch one session', async () => {
      const { code, key } = await createSession(base);
      const open = await Promise.all([1, 2, 3, 4, 5].map(() => stream(code, key)));
      const sixth = await stream(code, key);
      expect(sixth.status).toBe(429);
      for (const res of open) await res.body?.cancel();
    });
  });
});
