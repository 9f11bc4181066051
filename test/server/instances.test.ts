import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/protocol/index.ts';
import {
  call,
  createSession,
  createTempDir,
  joinSession,
  postEvent,
  type Running,
  startApp,
  testDatabase,
} from './helpers.ts';
import { readSse, type SseMessage } from './sse-reader.ts';

// Issue 17: several instances behind a load balancer share one PostgreSQL database.
const temp = createTempDir();
const running: Running[] = [];
let database: string;
afterAll(async () => {
  for (const r of running) await r.close();
  temp.remove();
});
beforeAll(async () => {
  database = await testDatabase('postgres', temp);
});

async function instance(options: Omit<Parameters<typeof startApp>[0], 'database' | 'dbPath'> = {}): Promise<string> {
  const r = await startApp({ database, ...options, timings: { publishMs: 30, ...options.timings } });
  running.push(r);
  return r.url;
}

const dashboardOf = (m: SseMessage): Dashboard => JSON.parse(m.kind === 'message' ? m.data : 'null');
const isDashboard = (m: SseMessage) => m.kind === 'message' && m.event === 'dashboard';

describe('two instances on one PostgreSQL database', { timeout: 60_000 }, () => {
  it("updates the teacher's stream on B when students post to A (LISTEN/NOTIFY), with the ≥ 5 rule", async () => {
    const [a, b] = [await instance(), await instance()];
    const { code, key } = await createSession(b);
    const sse = readSse(await fetch(`${b}/api/v1/sessions/${code}/stream?key=${key}`));
    expect(dashboardOf(await sse.next(isDashboard)).events).toBe(0);
    const tokens = await Promise.all([a, a, a, b, b].map((url) => joinSession(url, code)));
    for (const [i, token] of tokens.entries()) {
      const url = i < 3 ? a : b;
      expect(await postEvent(url, code, token, { kind: 'choice', point: 'lobby#1', option: i % 2 })).toBe(202);
      const seen = dashboardOf(await sse.next((m) => isDashboard(m) && dashboardOf(m).events === i + 1));
      // Four students are below the threshold: the point is not listed at all; the fifth shows it.
      expect(seen.choices.length).toBe(i < 4 ? 0 : 1);
    }
    await postEvent(a, code, tokens[0] ?? '', { kind: 'joined' });
    expect(dashboardOf(await sse.next((m) => isDashboard(m) && dashboardOf(m).events === 6)).students.joined).toBe(5);
    // Ending it on A closes the stream on B.
    expect((await call(a, 'DELETE', `/api/v1/sessions/${code}`, { bearer: key })).status).toBe(204);
    expect(await sse.next((m) => m.kind === 'message' && m.event === 'ended')).toBeTruthy();
  });

  it('holds rate limits and seats across instances (state in the database, not in memory)', async () => {
    const limits = { join: { burst: 4, perSecond: 0.001 }, maxStudents: 3 };
    const [a, b] = [await instance({ limits }), await instance({ limits })];
    const { code } = await createSession(a);
    // Six joins at once, three on each: three seats in all, whichever instance took them.
    const statuses = await Promise.all(
      [a, b, a, b, a, b].map(
        async (url) => (await call(url, 'POST', `/api/v1/sessions/${code}/join`, { body: {} })).status,
      ),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    // The join budget of 4 was spent across both: the next join is refused as too fast on either.
    expect(statuses.filter((s) => s === 409 || s === 429)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect((await call(b, 'POST', `/api/v1/sessions/${code}/join`, { body: {} })).status).toBe(429);
  });
});
