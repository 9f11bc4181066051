import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { type PartnerTotals, PartnerTotalsSchema } from '../../server/partner-totals.ts';
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
  withSession,
} from './helpers.ts';

const DAY = 24 * 3600_000;
const KEY = 'programme-key-0123456789abcdefghijklmnopqrstuvwxyz';
const TOTALS = '/api/v1/partner/totals';
const temp = createTempDir();
afterAll(() => temp.remove());

/** A session of `scenario` in `lang`. */
const session = (base: string, scenario: string, lang: string) => withSession(base, { scenario, lang });

/** A student on device `device` joins and answers the 6 before items (3 right) and `after` of the 6 after items right. */
async function student(base: string, code: string, device: string, after: number | undefined): Promise<void> {
  const res = await call<{ token: string }>(base, 'POST', `/api/v1/sessions/${code}/join`, { body: { device } });
  expect(res.status).toBe(201);
  const token = res.body.token;
  const post = async (event: object) => expect(await postEvent(base, code, token, event)).toBe(202);
  await post({ kind: 'joined' });
  if (after === undefined) return;
  const answer = (phase: string, item: number, correct: boolean) =>
    post({ kind: 'check', phase, item, answer: 'manipulative', correct });
  // Item 0 answered twice: the latest answer (wrong) is the one that counts.
  await answer('before', 0, true);
  for (let item = 0; item < 6; item++) await answer('before', item, item >= 1 && item <= 3);
  for (let item = 0; item < 6; item++) await answer('after', item, item < after);
}

const deviceId = (session: string, n: number) => `device-${session}-${String(n).padStart(8, '0')}`;

/** Reads the totals with the partner key, checking the answer against the published schema. */
async function totals(base: string): Promise<PartnerTotals> {
  const res = await call<PartnerTotals>(base, 'GET', TOTALS, { bearer: KEY });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const parsed = v.safeParse(PartnerTotalsSchema, res.body);
  expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toBeUndefined();
  return res.body;
}

describe.each(STORES)('programme totals on %s', { timeout: 60_000 }, (store) => {
  it('does not exist without a partner key (404), and refuses a missing, wrong or malformed key', async () => {
    const bare = await startApp({ database: await testDatabase(store, temp, 'no-key.sqlite') });
    expect(await call(bare.url, 'GET', TOTALS, { bearer: KEY })).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
    await bare.close();

    const lines: string[] = [];
    const running = await startApp({
      database: await testDatabase(store, temp, 'auth.sqlite'),
      partnerKey: KEY,
      logger: 'info',
      logStream: { write: (line) => lines.push(line) },
    });
    const base = running.url;
    expect(await call(base, 'GET', TOTALS)).toMatchObject({ status: 401, body: { error: { code: 'missing_key' } } });
    const wrong = `${KEY.slice(0, -1)}X`;
    expect(await call(base, 'GET', TOTALS, { bearer: wrong })).toMatchObject({
      status: 403,
      body: { error: { code: 'wrong_key' } },
    });
    expect((await call(base, 'GET', TOTALS, { headers: { authorization: 'Bearer short' } })).status).toBe(401);
    // A teacher key is no partner key.
    const { key: teacherKey } = await createSession(base);
    expect((await call(base, 'GET', TOTALS, { bearer: teacherKey })).status).toBe(403);
    expect(await call(base, 'GET', `${TOTALS}?lang=fr`, { bearer: KEY })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_input' } },
    });
    expect((await call(base, 'POST', TOTALS, { bearer: KEY, body: {} })).status).toBe(404);
    expect((await call(base, 'GET', TOTALS, { bearer: KEY })).status).toBe(200);
    await running.close();
    // The log has the route, never a key (presented or configured).
    expect(lines.some((l) => l.includes('/api/v1/partner/totals'))).toBe(true);
    expect(lines.join('\n')).not.toContain(KEY.slice(0, 20));
    expect(lines.join('\n')).not.toContain(wrong.slice(0, 20));
  });

  it('rate limits each client before the key is checked', async () => {
    const running = await startApp({
      database: await testDatabase(store, temp, 'rate.sqlite'),
      partnerKey: KEY,
      limits: { partner: { burst: 3, perSecond: 0.001 } },
    });
    const statuses = [];
    for (const bearer of [KEY, 'x'.repeat(40), KEY, KEY])
      statuses.push((await call(running.url, 'GET', TOTALS, { bearer })).status);
    expect(statuses).toEqual([200, 403, 200, 429]);
    await running.close();
  });

  it('totals ended and expired sessions: reach per language and scenario, the pooled change, cells under 5 withheld', async () => {
    const clock = createFakeClock();
    const database = await testDatabase(store, temp, 'totals.sqlite');
    const running = await startApp({ database, now: clock.now, partnerKey: KEY });
    const base = running.url;
    const empty = await totals(base);
    expect(empty.total).toEqual({
      belowThreshold: true,
      sessions: null,
      students: null,
      change: null,
      boosterSessions: null,
      boosterStudents: null,
    });
    expect([empty.byLanguage, empty.byScenario, empty.retentionDays]).toEqual([[], [], 400]);

    // A: fr, 6 students (one with a second tab), before 3/6 each, after 4, 5, 6, 4, 5, 6 of 6.
    const a = await session(base, 'the-squad', 'fr');
    for (let n = 0; n < 6; n++) await student(base, a.code, deviceId('a', n), [4, 5, 6][n % 3]);
    await call(base, 'POST', `/api/v1/sessions/${a.code}/join`, { body: { device: deviceId('a', 0) } });
    // B: ar, 3 students who took both checks (too few for the pooled change); C: en, 5 students, no check.
    const b = await session(base, 'the-squad', 'ar');
    for (let n = 0; n < 3; n++) await student(base, b.code, deviceId('b', n), 6);
    const c = await session(base, 'the-video', 'en');
    for (let n = 0; n < 5; n++) await student(base, c.code, deviceId('c', n), undefined);
    // E: nobody joined; it leaves nothing.
    const e = await session(base, 'the-video', 'fr');
    for (const s of [a, c, e])
      expect((await call(base, 'DELETE', `/api/v1/sessions/${s.code}`, { bearer: s.key })).status).toBe(204);

    clock.advance(DAY / 2);
    // D: live, never ended before the checks below: not in the totals.
    const d = await session(base, 'the-squad', 'fr');
    for (let n = 0; n < 5; n++) await joinSession(base, d.code);
    clock.advance(DAY / 2);
    expect(await running.app.sweep()).toEqual([b.code]);

    const result = await totals(base);
    const change = {
      students: 6,
      before: 0.5,
      after: 0.833,
      difference: 0.333,
      ci95: [0.177, 0.49],
      effectSize: 2.236,
    };
    expect(result.total).toEqual({
      belowThreshold: false,
      sessions: 3,
      students: 14,
      change,
      boosterSessions: 0,
      boosterStudents: 0,
    });
    // ar (3 students) is withheld; alone, it would be the total minus the others, so the smallest other (en) is too.
    expect(result.byLanguage).toEqual([
      {
        lang: 'ar',
        belowThreshold: true,
        sessions: null,
        students: null,
        change: null,
        boosterSessions: null,
        boosterStudents: null,
      },
      {
        lang: 'en',
        belowThreshold: true,
        sessions: null,
        students: null,
        change: null,
        boosterSessions: null,
        boosterStudents: null,
      },
      { lang: 'fr', belowThreshold: false, sessions: 1, students: 6, change, boosterSessions: 0, boosterStudents: 0 },
    ]);
    expect(result.byScenario).toEqual([
      {
        scenario: 'the-squad',
        belowThreshold: false,
        sessions: 2,
        students: 9,
        change,
        boosterSessions: 0,
        boosterStudents: 0,
      },
      {
        scenario: 'the-video',
        belowThreshold: false,
        sessions: 1,
        students: 5,
        change: null,
        boosterSessions: 0,
        boosterStudents: 0,
      },
    ]);
    // What is kept: one row per session, counts and sums only.
    const rows = await queryDatabase<Record<string, unknown>>(database, 'SELECT * FROM session_summaries ORDER BY id');
    expect(rows.map((r) => [r.lang, r.students, r.paired])).toEqual([
      ['fr', 6, 6],
      ['en', 5, 0],
      ['ar', 3, 3],
    ]);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [
        'after_sum',
        'before_sum',
        'created_at',
        'diff_sq_sum',
        'id',
        'kind',
        'lang',
        'paired',
        'scenario',
        'students',
      ].sort(),
    );

    clock.advance(400 * DAY);
    expect(await running.app.sweep()).toEqual([d.code]);
    expect((await totals(base)).byScenario).toEqual([]);
    expect(await queryDatabase(database, 'SELECT * FROM session_summaries')).toEqual([]);
    await running.close();
  });
});
