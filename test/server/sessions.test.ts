import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../../server/secrets.ts';
import type { Dashboard } from '../../src/protocol/index.ts';
import {
  call,
  createFakeClock,
  createSession,
  createTempDir,
  joinSession,
  postEvent,
  queryDatabase,
  type Running,
  STORES,
  startApp,
  testDatabase,
} from './helpers.ts';

const temp = createTempDir();
const clock = createFakeClock();
let running: Running;
let base: string;

describe.each(STORES)('on %s', (store) => {
  let database: string;
  beforeAll(async () => {
    database = await testDatabase(store, temp);
    running = await startApp({ database, now: clock.now });
    base = running.url;
  });
  afterAll(async () => {
    await running.close();
    temp.remove();
  });

  describe('class sessions: create, join, post, dashboard, end', () => {
    it('creates a session with an unambiguous code, a teacher key, a join link and an offline QR code', async () => {
      const res = await call<Record<string, string | number>>(base, 'POST', '/api/v1/sessions', {
        body: { scenario: 'the-squad', lang: 'ar' },
      });
      expect(res.status).toBe(201);
      const { code, teacherKey, joinUrl, qrSvg, expiresAt } = res.body;
      expect(String(code)).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
      expect(String(teacherKey)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(joinUrl).toBe(`${base}/?join=${code}`);
      expect(String(qrSvg)).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
      expect(expiresAt).toBe(clock.now() + 24 * 3600_000);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('set-cookie')).toBeNull();
    });

    it('stores the teacher key only as its SHA-256, never in clear', async () => {
      const { key } = await createSession(base);
      const rows = await queryDatabase(database, 'SELECT * FROM sessions');
      expect(JSON.stringify(rows)).not.toContain(key);
      expect(JSON.stringify(rows)).toMatch(/"teacher_key_hash":"[0-9a-f]{64}"/);
    });

    it('lets students join by code, typed in any case with spaces, and tells them the scenario and language', async () => {
      const { code } = await createSession(base);
      const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
      const res = await call<{ token: string; scenario: string; lang: string }>(
        base,
        'POST',
        `/api/v1/sessions/${encodeURIComponent(typed)}/join`,
        { body: {} },
      );
      expect(res.status).toBe(201);
      expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(res.body).toMatchObject({ scenario: 'the-squad', lang: 'fr' });
    });

    it('accepts each kind of event and counts them on the dashboard', async () => {
      const { code, key } = await createSession(base);
      const token = await joinSession(base, code);
      const events = [
        { kind: 'joined' },
        { kind: 'choice', point: 'invite#1', option: 1 },
        { kind: 'flag', technique: 'secrecy', spotted: true },
        { kind: 'ending', ending: 'said-stop' },
        { kind: 'check', phase: 'before', item: 3, answer: 'manipulative', correct: true },
      ];
      for (const event of events) expect(await postEvent(base, code, token, event)).toBe(202);
      const res = await call<Dashboard>(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key });
      expect(res.status).toBe(200);
      expect(res.body.events).toBe(5);
      expect(res.body.students).toEqual({ joined: 1, started: 1 });
      expect(res.body.session).toMatchObject({ code, scenario: 'the-squad', lang: 'fr' });
      expect(res.body.choices).toEqual([]);
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it('gives the teacher the session again (join link and QR code) with the key', async () => {
      const { code, key } = await createSession(base);
      const res = await call<{ code: string; qrSvg: string }>(base, 'GET', `/api/v1/sessions/${code}`, { bearer: key });
      expect(res.status).toBe(200);
      expect(res.body.code).toBe(code);
      expect(res.body.qrSvg).toContain('<svg');
    });

    it('deletes every row of a session the teacher ends, and answers 410 afterwards', async () => {
      const { code, key } = await createSession(base);
      const token = await joinSession(base, code);
      await postEvent(base, code, token, { kind: 'joined' });
      const rowsOf = async (table: string, column: string, value: string | number) =>
        (await queryDatabase(database, `SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`, [value]))[0];
      const [session] = await queryDatabase<{ id: number }>(database, 'SELECT id FROM sessions WHERE code = ?', [code]);
      const id = session?.id ?? -1;
      expect(await rowsOf('events', 'session_id', id)).toEqual({ n: 1 });

      expect((await call(base, 'DELETE', `/api/v1/sessions/${code}`, { bearer: key })).status).toBe(204);
      expect(await rowsOf('sessions', 'id', id)).toEqual({ n: 0 });
      expect(await rowsOf('students', 'session_id', id)).toEqual({ n: 0 });
      expect(await rowsOf('events', 'session_id', id)).toEqual({ n: 0 });

      const again = await call(base, 'POST', `/api/v1/sessions/${code}/events`, {
        body: { kind: 'joined' },
        bearer: token,
      });
      expect(again.status).toBe(410);
      expect(again.body.error.code).toBe('session_ended');
      expect((await call(base, 'POST', `/api/v1/sessions/${code}/join`, { body: {} })).status).toBe(410);
    });

    it('answers CORS only to configured origins, and same-origin pages of the service itself', async () => {
      const preflight = await fetch(`${base}/api/v1/sessions`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const crossPost = await call(base, 'POST', '/api/v1/sessions', {
        body: { scenario: 'the-squad', lang: 'fr' },
        headers: { origin: 'https://evil.example' },
      });
      expect(crossPost.status).toBe(403);
      expect(crossPost.body.error.code).toBe('origin_not_allowed');
      const sameOrigin = await call(base, 'POST', '/api/v1/sessions', {
        body: { scenario: 'the-squad', lang: 'fr' },
        headers: { origin: base },
      });
      expect(sameOrigin.status).toBe(201);
    });
  });
});
