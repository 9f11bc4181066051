import { afterAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/protocol/index.ts';
import {
  call,
  createFakeClock,
  createSession,
  createTempDir,
  type Running,
  STORES,
  startApp,
  testDatabase,
} from './helpers.ts';

// Issue 19: one client took all 200 seats in 24 s from the projected code.
const temp = createTempDir();
const started: Running[] = [];
afterAll(async () => {
  for (const r of started) await r.close();
  temp.remove();
});

async function start(options: Parameters<typeof startApp>[0]): Promise<Running> {
  const r = await startApp(options);
  started.push(r);
  return r;
}

const join = (base: string, code: string) => call(base, 'POST', `/api/v1/sessions/${code}/join`, { body: {} });

describe.each(STORES)('on %s', (store) => {
  describe('joining a class session', { timeout: 30_000 }, () => {
    it('has 40 seats by default: the 41st student is refused (409)', async () => {
      const clock = createFakeClock();
      const { url } = await start({ database: await testDatabase(store, temp, 'seats.sqlite'), now: clock.now });
      const { code } = await createSession(url);
      const statuses: number[] = [];
      for (let i = 0; i < 41; i++) {
        clock.advance(2000); // within the join rate: only the seats count here
        statuses.push((await join(url, code)).status);
      }
      expect(statuses.filter((s) => s === 201)).toHaveLength(40);
      expect(statuses.at(-1)).toBe(409);
    });

    it('caps joins per session per minute (429), and lets more in as the minute passes', async () => {
      const clock = createFakeClock();
      const { url } = await start({
        database: await testDatabase(store, temp, 'rate.sqlite'),
        now: clock.now,
        limits: { maxStudents: 200 },
      });
      const { code } = await createSession(url);
      const statuses: number[] = [];
      for (let i = 0; i < 41; i++) statuses.push((await join(url, code)).status);
      expect(statuses.slice(0, 40).every((s) => s === 201)).toBe(true);
      const refused = await join(url, code);
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('rate_limited');
      clock.advance(60_000);
      const later: number[] = [];
      for (let i = 0; i < 31; i++) later.push((await join(url, code)).status);
      expect(later.filter((s) => s === 201)).toHaveLength(30);
    });

    it('lets the teacher see how many joined and lock the session against new joins, then open it again', async () => {
      const { url } = await start({ database: await testDatabase(store, temp, 'lock.sqlite') });
      const { code, key } = await createSession(url);
      const other = await createSession(url);
      expect((await join(url, code)).status).toBe(201);
      const lock = (locked: unknown, bearer = key) =>
        call<{ locked: boolean }>(url, 'PATCH', `/api/v1/sessions/${code}`, { body: { locked }, bearer });
      expect((await lock(true, other.key)).status).toBe(403);
      expect((await lock('yes')).status).toBe(400);
      const locked = await lock(true);
      expect(locked.status).toBe(200);
      expect(locked.body.locked).toBe(true);
      const refused = await join(url, code);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('session_locked');
      const d = await call<Dashboard>(url, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key });
      expect(d.body.students.joined).toBe(1);
      expect(d.body.session.locked).toBe(true);
      expect((await lock(false)).body.locked).toBe(false);
      expect((await join(url, code)).status).toBe(201);
    });
  });
});
