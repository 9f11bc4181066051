import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createSession, createTempDir, joinSession, newEventId, type Running, startApp } from './helpers.ts';

// Issue 19: another process holding the write lock froze every request, static files included.
const temp = createTempDir();
const dist = join(temp.dir, 'dist');
let running: Running;
let base: string;
let other: Database.Database;

beforeAll(async () => {
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>game</title>');
  running = await startApp({ dbPath: temp.dbPath(), distDir: dist, timings: { busyRetryMs: 60_000 } });
  base = running.url;
  other = new Database(temp.dbPath()); // a second connection, as another process would have
});
afterAll(async () => {
  other.close();
  await running.close();
  temp.remove();
});

describe('a database locked by another connection', { timeout: 30_000 }, () => {
  it('keeps serving the game and the dashboard while a write waits, then stores it once the lock is gone', async () => {
    const { code, key } = await createSession(base);
    const token = await joinSession(base, code);
    other.exec('BEGIN EXCLUSIVE');
    let answered = false;
    const post = call(base, 'POST', `/api/v1/sessions/${code}/events`, {
      body: { id: newEventId(), kind: 'joined' },
      bearer: token,
    }).then((res) => {
      answered = true;
      return res;
    });
    const page = await fetch(`${base}/index.html`);
    expect(page.status).toBe(200);
    const dashboard = await call(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key });
    expect(dashboard.status).toBe(200);
    expect(answered).toBe(false); // the write is still waiting, and nothing else was
    other.exec('COMMIT');
    expect((await post).status).toBe(202);
  });

  it('answers 503 with a clear JSON message when the lock outlasts the wait, and stores nothing', async () => {
    const short = await startApp({ dbPath: temp.dbPath(), timings: { busyRetryMs: 200 } });
    const { code, key } = await createSession(short.url);
    const token = await joinSession(short.url, code);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const res = await call(short.url, 'POST', `/api/v1/sessions/${code}/events`, {
        body: { id: newEventId(), kind: 'joined' },
        bearer: token,
      });
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ error: { code: 'database_busy', message: expect.stringMatching(/busy/) } });
      const join = await call(short.url, 'POST', `/api/v1/sessions/${code}/join`, { body: {} });
      expect(join.status).toBe(503);
    } finally {
      other.exec('COMMIT');
    }
    const d = await call<{ events: number }>(short.url, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key });
    expect(d.body.events).toBe(0);
    await short.close();
  });
});
