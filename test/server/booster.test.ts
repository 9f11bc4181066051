import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDb } from '../../server/db.ts';
import { MIGRATIONS } from '../../server/migrations.ts';
import type { PartnerTotals } from '../../server/partner-totals.ts';
import {
  call,
  createTempDir,
  queryDatabase,
  type Running,
  STORES,
  startApp,
  type TestStudent,
  testDatabase,
  withSession,
} from './helpers.ts';

const temp = createTempDir();
afterAll(() => temp.remove());
const BOOSTER_ITEMS = 8;
const KEY = 'programme-key-0123456789abcdefghijklmnopqrstuvwxyz';

/** The booster round: the first `right` of the 8 messages sorted right, the rest wrong, up to `answered` of them. */
async function booster(student: TestStudent, right: number, answered = BOOSTER_ITEMS): Promise<void> {
  for (let item = 0; item < answered; item++) {
    const correct = item < right;
    const event = { kind: 'check', phase: 'booster', item, answer: correct ? 'manipulative' : 'ordinary', correct };
    expect(await student.post(event)).toBe(202);
  }
}

const device = (n: number) => `booster-device-${String(n).padStart(6, '0')}`;

describe.each(STORES)('teacher-run booster sessions on %s', { timeout: 60_000 }, (store) => {
  let running: Running;
  let database: string;
  beforeAll(async () => {
    database = await testDatabase(store, temp, `booster-${store}.sqlite`);
    running = await startApp({ database, partnerKey: KEY });
  });
  afterAll(() => running.close());

  it('creates a booster session whose students learn they play the booster round, not a story', async () => {
    const res = await call<{ kind: string; scenario: string }>(running.url, 'POST', '/api/v1/sessions', {
      body: { scenario: 'the-video', lang: 'ar', kind: 'booster' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'booster', scenario: 'the-video' });
    const story = await withSession(running.url);
    expect((await story.dashboard()).session.kind).toBe('story');
    for (const kind of ['later', '', 'BOOSTER']) {
      const bad = await call(running.url, 'POST', '/api/v1/sessions', {
        body: { scenario: 'the-video', lang: 'fr', kind },
      });
      expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
      expect(JSON.stringify(bad.body)).toContain('kind');
    }
    const s = await withSession(running.url, { kind: 'booster' });
    const joined = await call<{ kind: string }>(running.url, 'POST', `/api/v1/sessions/${s.code}/join`, { body: {} });
    expect(joined.body).toMatchObject({ kind: 'booster', scenario: 'the-squad', lang: 'fr' });
  });

  it('takes only booster answers in a booster session, and booster answers only there; ids are checked', async () => {
    const s = await withSession(running.url, { kind: 'booster' });
    const student = await s.join(device(1));
    expect(await student.post({ kind: 'joined' })).toBe(202);
    const refused = [
      { kind: 'check', phase: 'before', item: 0, answer: 'ordinary', correct: true },
      { kind: 'flag', technique: 'isolation', spotted: true },
      { kind: 'ending', ending: 'said-stop' },
      { kind: 'choice', point: 'lobby#1', option: 0 },
      { kind: 'check', phase: 'booster', item: BOOSTER_ITEMS, answer: 'ordinary', correct: true },
      { kind: 'check', phase: 'booster', item: 0, answer: 'ordinary', correct: true, score: 8 },
    ];
    for (const event of refused) expect(await student.post(event)).toBe(400);
    const story = await withSession(running.url);
    const player = await story.join(device(2));
    expect(await player.post({ kind: 'check', phase: 'booster', item: 0, answer: 'ordinary', correct: true })).toBe(
      400,
    );
    expect(await player.post({ kind: 'check', phase: 'before', item: 0, answer: 'ordinary', correct: true })).toBe(202);
  });

  it('withholds the booster result until 5 devices sorted all 8 messages, then gives the mean score only', async () => {
    const s = await withSession(running.url, { kind: 'booster', scenario: 'the-video', lang: 'ar' });
    const scores = [5, 6, 8, 7, 6];
    for (const [n, right] of scores.slice(0, 4).entries()) await booster(await s.join(device(10 + n)), right);
    // Not counted: a device that stopped half-way, and a second tab of device 10 that re-sorted one message.
    await booster(await s.join(device(20)), 8, 5);
    const secondTab = await s.join(device(10));
    expect(
      await secondTab.post({ kind: 'check', phase: 'booster', item: 7, answer: 'manipulative', correct: true }),
    ).toBe(202);

    const four = await s.dashboard();
    expect(four.session).toMatchObject({ kind: 'booster', scenario: 'the-video', lang: 'ar' });
    expect(four.checks.booster).toEqual({ done: 4, items: BOOSTER_ITEMS, belowThreshold: true, score: null });
    expect(four.checks.paired).toMatchObject({ done: 0, belowThreshold: true });

    await booster(await s.join(device(14)), scores[4] ?? 0);
    const five = await s.dashboard();
    // Device 10's latest answer to item 7 is right: 6 instead of 5. Mean (6 + 6 + 8 + 7 + 6) / 5.
    expect(five.checks.booster).toEqual({ done: 5, items: BOOSTER_ITEMS, belowThreshold: false, score: 6.6 });
    expect(five.students.joined).toBe(7);
    expect(JSON.stringify(five)).not.toMatch(/booster-device|"scores"/);

    // Ended, it leaves a summary of kind booster: the programme counts it apart from story sessions.
    const story = await withSession(running.url, { scenario: 'the-video', lang: 'ar' });
    for (let n = 0; n < 5; n++) expect(await (await story.join(device(30 + n))).post({ kind: 'joined' })).toBe(202);
    expect(await story.end()).toBe(204);
    expect(await s.end()).toBe(204);
    const kinds = await queryDatabase<{ kind: string; students: number; paired: number }>(
      database,
      `SELECT kind, students, paired FROM session_summaries WHERE scenario = 'the-video' ORDER BY id`,
    );
    expect(kinds).toEqual([
      { kind: 'story', students: 5, paired: 0 },
      { kind: 'booster', students: 6, paired: 0 },
    ]);
    const totals = await call<PartnerTotals>(running.url, 'GET', '/api/v1/partner/totals', { bearer: KEY });
    expect(totals.body.byScenario.find((c) => c.scenario === 'the-video')).toMatchObject({
      belowThreshold: false,
      sessions: 1,
      students: 5,
      boosterSessions: 1,
      boosterStudents: 6,
    });
  });
});

describe('schema step 5 on an existing SQLite file', () => {
  it('keeps every stored event when it widens the phase to booster, and the indexes with it', () => {
    const path = temp.dbPath('step4.sqlite');
    const old = new Database(path);
    migrate(
      old,
      MIGRATIONS.slice(0, 4).map((step) => step.sqlite),
    );
    old.exec(`INSERT INTO sessions (id, code, teacher_key_hash, scenario, lang, created_at, expires_at)
      VALUES (1, 'ABC234', 'h', 'the-squad', 'fr', 0, 1)`);
    old.exec(`INSERT INTO students (id, session_id, token_hash) VALUES (1, 1, 't')`);
    old.exec(`INSERT INTO events (session_id, student_id, seq, kind, phase, item, answer, correct, client_id)
      VALUES (1, 1, 1, 'check', 'before', 0, 'ordinary', 1, 'e1')`);
    expect(() =>
      old.exec(`INSERT INTO events (session_id, student_id, seq, kind, phase) VALUES (1, 1, 2, 'check', 'booster')`),
    ).toThrow(/CHECK/);
    old.close();

    const db = openDb(path);
    expect(db.prepare('SELECT kind FROM sessions').pluck().all()).toEqual(['story']);
    expect(db.prepare('SELECT client_id, phase, correct FROM events').all()).toEqual([
      { client_id: 'e1', phase: 'before', correct: 1 },
    ]);
    db.exec(`INSERT INTO events (session_id, student_id, seq, kind, phase, client_id)
      VALUES (1, 1, 2, 'check', 'booster', 'e2')`);
    expect(() =>
      db.exec(`INSERT INTO events (session_id, student_id, seq, kind, client_id) VALUES (1, 1, 3, 'joined', 'e2')`),
    ).toThrow(/UNIQUE/);
    const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'`);
    expect(indexes.pluck().all().sort()).toEqual(['events_client_id', 'events_session_kind', 'events_student']);
    // Deleting the session still deletes its events (the rebuilt table keeps its foreign keys).
    db.exec('DELETE FROM students; DELETE FROM sessions');
    expect(db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(0);
    db.close();
  });
});
