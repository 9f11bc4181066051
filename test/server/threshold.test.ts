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
  async function play(code: string, token: string, n: number): Promise<void> {
    const events = [
      { kind: 'joined' },
      { kind: 'choice', point: 'lobby#1', option: n % 2 },
      { kind: 'flag', technique: 'isolation', spotted: true },
      { kind: 'flag', technique: 'isolation', spotted: n === 0 },
      { kind: 'ending', ending: n < 3 ? 'blocked-early' : 'said-stop' },
      { kind: 'check', phase: 'before', item: 0, answer: 'ordinary', correct: false },
      { kind: 'check', phase: 'after', item: 0, answer: 'manipulative', correct: true },
    ];
    for (const event of events) expect(await postEvent(base, code, token, event)).toBe(202);
  }

  async function dashboard(code: string, key: string): Promise<Dashboard> {
    return (await call<Dashboard>(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key })).body;
  }

  describe('anonymity threshold', { timeout: 30_000 }, () => {
    it('withholds every figure until 5 distinct students answered the item, then shows them all', async () => {
      const { code, key } = await createSession(base);
      const tokens = await Promise.all([0, 1, 2, 3, 4].map(() => joinSession(base, code)));
      for (const [n, token] of tokens.slice(0, 4).entries()) await play(code, token, n);

      const four = await dashboard(code, key);
      expect(four.students).toEqual({ joined: 5, started: 4 });
      // A point, a technique or an item fewer than 5 reached is not even listed: its existence would tell a branch.
      expect(four.choices).toEqual([]);
      expect(four.techniques).toEqual([]);
      expect(four.endings).toEqual({ belowThreshold: true, answered: null, endings: null });
      expect(four.checks.before).toEqual({ belowThreshold: true, students: null, answers: null, correct: null });
      expect(four.checks.items).toEqual([]);

      await play(code, tokens[4] ?? '', 4);
      const five = await dashboard(code, key);
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
      const { code, key } = await createSession(base);
      const token = await joinSession(base, code);
      for (let i = 0; i < 5; i++)
        await postEvent(base, code, token, { kind: 'choice', point: 'lobby#1', option: i % 2 });
      const d = await dashboard(code, key);
      expect(d.choices).toEqual([]);
      expect(d.events).toBe(5);
    });

    it("counts each student's latest answer once per choice point", async () => {
      const { code, key } = await createSession(base);
      const tokens = await Promise.all([0, 1, 2, 3, 4].map(() => joinSession(base, code)));
      for (const token of tokens)
        await postEvent(base, code, token, { kind: 'choice', point: 'invite.why_secret#1', option: 0 });
      await postEvent(base, code, tokens[0] ?? '', { kind: 'choice', point: 'invite.why_secret#1', option: 2 });
      const [point] = (await dashboard(code, key)).choices;
      expect(point).toMatchObject({
        answered: 5,
        options: [
          { option: 0, count: 4 },
          { option: 2, count: 1 },
        ],
      });
    });
    it('counts five tabs on one device as one student: the threshold counts devices (issue 17)', async () => {
      const { code, key } = await createSession(base);
      const join = async (device?: string) => {
        const res = await call<{ token: string }>(base, 'POST', `/api/v1/sessions/${code}/join`, {
          body: device ? { device } : {},
        });
        expect(res.status).toBe(201);
        return res.body.token;
      };
      const shared = 'device-shared-0123456789';
      const tabs = [await join(shared), await join(shared), await join(shared)];
      const others = [await join('device-other-0123456789'), await join()];
      for (const token of [...tabs, ...others]) {
        await postEvent(base, code, token, { kind: 'choice', point: 'lobby#1', option: 0 });
      }
      const four = await dashboard(code, key);
      expect(four.students.joined).toBe(5); // seats are tabs
      expect(four.choices).toEqual([]); // five tabs, three devices: below the threshold
      for (const token of [await join('device-third-0123456789'), await join()]) {
        await postEvent(base, code, token, { kind: 'choice', point: 'lobby#1', option: 1 });
      }
      // Five devices now; the shared device counts once, with its latest answer.
      expect((await dashboard(code, key)).choices).toEqual([
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
      const { code } = await createSession(base);
      const res = await call(base, 'POST', `/api/v1/sessions/${code}/join`, { body: { device: 'Ali' } });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^device: /);
    });
  });
});
