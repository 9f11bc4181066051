import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTempDir,
  type Running,
  STORES,
  startApp,
  type TestStudent,
  testDatabase,
  withSession,
} from './helpers.ts';

const temp = createTempDir();
let running: Running;
let base: string;

describe.each(STORES)('on %s', (store) => {
  beforeAll(async () => {
    running = await startApp({ database: await testDatabase(store, temp) });
    base = running.url;
  });
  afterAll(async () => {
    await running.close();
    temp.remove();
  });

  /** One student's play: a choice, two flags on one technique, an ending, a before and an after check answer. */
  async function play(student: TestStudent, n: number): Promise<void> {
    const events = [
      { kind: 'joined' },
      { kind: 'choice', point: 'lobby#1', option: n % 2 },
      { kind: 'flag', technique: 'isolation', spotted: true },
      { kind: 'flag', technique: 'isolation', spotted: n === 0 },
      { kind: 'ending', ending: n < 3 ? 'blocked-early' : 'said-stop' },
      { kind: 'check', phase: 'before', item: 0, answer: 'ordinary', correct: false },
      { kind: 'check', phase: 'after', item: 0, answer: 'manipulative', correct: true },
    ];
    for (const event of events) expect(await student.post(event)).toBe(202);
  }

  describe('anonymity threshold', { timeout: 30_000 }, () => {
    it('withholds every figure until 5 distinct students answered the item, then shows them all', async () => {
      const s = await withSession(base);
      const students = await Promise.all([0, 1, 2, 3, 4].map(() => s.join()));
      for (const [n, student] of students.slice(0, 4).entries()) await play(student, n);

      const four = await s.dashboard();
      expect(four.students).toEqual({ joined: 5, started: 4 });
      // A point, a technique or an item fewer than 5 reached is not even listed: its existence would tell a branch.
      expect(four.choices).toEqual([]);
      expect(four.techniques).toEqual([]);
      expect(four.endings).toEqual({ belowThreshold: true, answered: null, endings: null });
      expect(four.checks.before).toEqual({ belowThreshold: true, students: null, answers: null, correct: null });
      expect(four.checks.items).toEqual([]);

      const last = students[4];
      if (last) await play(last, 4);
      const five = await s.dashboard();
      expect(five.choices).toEqual([
        {
          point: 'lobby#1',
          belowThreshold: false,
          answered: 5,
          options: [
            { option: 0, count: 3 },
            { option: 1, count: 2 },
          ],
        },
      ]);
      expect(five.techniques).toEqual([
        { technique: 'isolation', belowThreshold: false, students: 5, spotted: 6, missed: 4 },
      ]);
      expect(five.endings).toEqual({
        belowThreshold: false,
        answered: 5,
        endings: [
          { ending: 'blocked-early', count: 3 },
          { ending: 'said-stop', count: 2 },
        ],
      });
      expect(five.checks.before).toEqual({ belowThreshold: false, students: 5, answers: 5, correct: 0 });
      expect(five.checks.after).toEqual({ belowThreshold: false, students: 5, answers: 5, correct: 5 });
      expect(five.checks.items).toContainEqual({
        phase: 'after',
        item: 0,
        belowThreshold: false,
        answered: 5,
        correct: 5,
        manipulative: 5,
        ordinary: 0,
      });
    });

    it('counts one student five times as one: the threshold is about distinct students', async () => {
      const s = await withSession(base);
      const student = await s.join();
      for (let i = 0; i < 5; i++) await student.post({ kind: 'choice', point: 'lobby#1', option: i % 2 });
      const d = await s.dashboard();
      expect(d.choices).toEqual([]);
      expect(d.events).toBe(5);
    });

    it("counts each student's latest answer once per choice point", async () => {
      const s = await withSession(base);
      const students = await Promise.all([0, 1, 2, 3, 4].map(() => s.join()));
      for (const student of students) await student.post({ kind: 'choice', point: 'invite.why_secret#1', option: 0 });
      await students[0]?.post({ kind: 'choice', point: 'invite.why_secret#1', option: 2 });
      const [point] = (await s.dashboard()).choices;
      expect(point).toMatchObject({
        answered: 5,
        options: [
          { option: 0, count: 4 },
          { option: 2, count: 1 },
        ],
      });
    });
    it('counts five tabs on one device as one student: the threshold counts devices (issue 17)', async () => {
      const s = await withSession(base);
      const join = s.join;
      const shared = 'device-shared-0123456789';
      const tabs = [await join(shared), await join(shared), await join(shared)];
      const others = [await join('device-other-0123456789'), await join()];
      for (const student of [...tabs, ...others]) await student.post({ kind: 'choice', point: 'lobby#1', option: 0 });
      const four = await s.dashboard();
      expect(four.students.joined).toBe(5); // seats are tabs
      expect(four.choices).toEqual([]); // five tabs, three devices: below the threshold
      for (const student of [await join('device-third-0123456789'), await join()]) {
        await student.post({ kind: 'choice', point: 'lobby#1', option: 1 });
      }
      // Five devices now; the shared device counts once, with its latest answer.
      expect((await s.dashboard()).choices).toEqual([
        {
          point: 'lobby#1',
          belowThreshold: false,
          answered: 5,
          options: [
            { option: 0, count: 3 },
            { option: 1, count: 2 },
          ],
        },
      ]);
    });

    it('refuses a device id that is not a random id', async () => {
      const { code } = await withSession(base);
      const res = await call(base, 'POST', `/api/v1/sessions/${code}/join`, { body: { device: 'Ali' } });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^device: /);
    });
  });
});
