import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/secrets.ts';
import type { Dashboard } from '../../src/protocol/index.ts';
import {
  call,
  createFakeClock,
  createSession,
  createTempDir,
  joinSession,
  postEvent,
  queryDatabase,
  STORES,
  startApp,
  testDatabase,
} from './helpers.ts';
import { readSse } from './sse-reader.ts';

const HOUR = 3600_000;
const temp = createTempDir();
afterAll(() => temp.remove());

async function countRows(database: string): Promise<Record<string, number>> {
  const count = async (table: string) =>
    (await queryDatabase<{ n: number }>(database, `SELECT COUNT(*) AS n FROM ${table}`))[0]?.n ?? -1;
  return { sessions: await count('sessions'), students: await count('students'), events: await count('events') };
}

describe.each(STORES)('retention on %s', { timeout: 30_000 }, (store) => {
  it('deletes a session and its events 24 hours after creation, by the sweep job', async () => {
    const clock = createFakeClock();
    const dbPath = await testDatabase(store, temp, 'sweep.sqlite');
    const running = await startApp({ database: dbPath, now: clock.now });
    const base = running.url;
    const old = await createSession(base);
    const token = await joinSession(base, old.code);
    await postEvent(base, old.code, token, { kind: 'joined' });
    clock.advance(12 * HOUR);
    const young = await createSession(base);
    const sse = readSse(await fetch(`${base}/api/v1/sessions/${old.code}/stream?key=${old.key}`));

    clock.advance(12 * HOUR - 1);
    expect(await running.app.sweep()).toEqual([]);
    expect(await countRows(dbPath)).toEqual({ sessions: 2, students: 1, events: 1 });

    clock.advance(1);
    expect(await running.app.sweep()).toEqual([old.code]);
    expect(await countRows(dbPath)).toEqual({ sessions: 1, students: 0, events: 0 });
    expect(await sse.next((m) => m.kind === 'message' && m.event === 'ended')).toBeTruthy();
    const late = await call(base, 'POST', `/api/v1/sessions/${old.code}/join`, { body: {} });
    expect(late.status).toBe(410);
    expect(
      (await call<Dashboard>(base, 'GET', `/api/v1/sessions/${young.code}/dashboard`, { bearer: young.key })).status,
    ).toBe(200);
    await running.close();
  });

  it('refuses an expired session (410) even before the sweep has run', async () => {
    const clock = createFakeClock();
    const running = await startApp({ database: await testDatabase(store, temp, 'expired.sqlite'), now: clock.now });
    const { code } = await createSession(running.url);
    const token = await joinSession(running.url, code);
    clock.advance(24 * HOUR);
    const res = await call(running.url, 'POST', `/api/v1/sessions/${code}/events`, {
      body: { kind: 'joined' },
      bearer: token,
    });
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('session_expired');
    await running.close();
  });

  it('sweeps at start-up: a service started after the deadline deletes what expired while it was down', async () => {
    const clock = createFakeClock();
    const dbPath = await testDatabase(store, temp, 'startup.sqlite');
    const first = await startApp({ database: dbPath, now: clock.now });
    const { code } = await createSession(first.url);
    await joinSession(first.url, code);
    await first.close();

    clock.advance(25 * HOUR);
    const second = await startApp({ database: dbPath, now: clock.now });
    expect(await countRows(dbPath)).toEqual({ sessions: 0, students: 0, events: 0 });
    await second.close();
  });

  it('runs the sweep on its interval', async () => {
    const clock = createFakeClock();
    const dbPath = await testDatabase(store, temp, 'interval.sqlite');
    const running = await startApp({ database: dbPath, now: clock.now, timings: { sweepMs: 20 } });
    await createSession(running.url);
    clock.advance(24 * HOUR);
    // The sweep runs every 20 ms: it empties the table within a few runs, however busy the machine.
    await expect.poll(async () => (await countRows(dbPath)).sessions, { timeout: 5000, interval: 40 }).toBe(0);
    await running.close();
  });

  it('forgets the code of an ended session after 48 hours, so nothing about it is kept', async () => {
    const clock = createFakeClock();
    const dbPath = await testDatabase(store, temp, 'tombstones.sqlite');
    const running = await startApp({ database: dbPath, now: clock.now });
    const { code, key } = await createSession(running.url);
    await call(running.url, 'DELETE', `/api/v1/sessions/${code}`, { bearer: key });
    clock.advance(48 * HOUR);
    await running.app.sweep();
    expect((await call(running.url, 'POST', `/api/v1/sessions/${code}/join`, { body: {} })).status).toBe(404);
    await running.close();
  });
});

describe('retention on SQLite', { timeout: 30_000 }, () => {
  it('erases a deleted session for real: its strings are gone from the file and the WAL (secure_delete)', async () => {
    const clock = createFakeClock();
    const dbPath = temp.dbPath('erase.sqlite');
    const running = await startApp({ dbPath, now: clock.now });
    const { code, key } = await createSession(running.url);
    const token = await joinSession(running.url, code);
    await postEvent(running.url, code, token, { id: 'erase-me-7f3a', kind: 'joined' });
    const traces = [hashSecret(key), hashSecret(token), 'erase-me-7f3a'];
    const bytes = () =>
      [dbPath, `${dbPath}-wal`]
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f).toString('latin1'))
        .join('');
    for (const trace of traces) expect(bytes()).toContain(trace);
    clock.advance(24 * HOUR);
    const alive = await createSession(running.url);
    expect(await running.app.sweep()).toEqual([code]);
    for (const trace of traces) expect(bytes(), trace).not.toContain(trace);
    expect(bytes()).toContain(hashSecret(alive.key)); // what is live is still there, read the same way
    await running.close();
  });
});
