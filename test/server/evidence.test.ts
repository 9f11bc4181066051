import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
const ITEMS = 6;

describe.each(STORES)('on %s', (store) => {
  beforeAll(async () => {
    running = await startApp({ database: await testDatabase(store, temp) });
    base = running.url;
  });
  afterAll(async () => {
    await running.close();
    temp.remove();
  });

  /** One check: the first `right` items answered right, the rest wrong, up to `answered` items. */
  async function check(student: TestStudent, phase: 'before' | 'after', right: number, answered = ITEMS) {
    for (let item = 0; item < answered; item++) {
      const correct = item < right;
      const event = { kind: 'check', phase, item, answer: correct ? 'manipulative' : 'ordinary', correct };
      expect(await student.post(event)).toBe(202);
    }
  }

  describe('before/after result', { timeout: 60_000 }, () => {
    it('waits for 5 devices with both checks, then gives means, the paired interval and d_z from sums only', async () => {
      const s = await withSession(base);
      // Before 2, 3, 3, 4, 1 and after 4, 5, 3, 6, 4 (differences 2, 2, 0, 2, 3; see paired-stats.test.ts).
      const scores: [number, number][] = [
        [2, 4],
        [3, 5],
        [3, 3],
        [4, 6],
        [1, 4],
      ];
      const students: TestStudent[] = [];
      for (const [i, [before, after]] of scores.slice(0, 4).entries()) {
        const token = await s.join(`device-${i}-0123456789abcdef`);
        students.push(token);
        await check(token, 'before', before);
        await check(token, 'after', after);
      }
      // Not counted: a device that stopped half-way through the after check, and a second tab of device 0.
      const quitter = await s.join('device-quit-0123456789abcd');
      await check(quitter, 'before', 6);
      await check(quitter, 'after', 6, 3);
      const secondTab = await s.join('device-0-0123456789abcdef');
      await check(secondTab, 'after', 4);

      const four = (await s.dashboard()).checks.paired;
      expect(four).toEqual({
        done: 4,
        items: ITEMS,
        belowThreshold: true,
        before: null,
        after: null,
        difference: null,
        low: null,
        high: null,
        effect: null,
      });

      const last = await s.join('device-4-0123456789abcdef');
      await check(last, 'before', 1);
      await check(last, 'after', 4);
      const five = (await s.dashboard()).checks.paired;
      // Device 0's second tab replaced its after answers with its latest ones: 4 right, so its change is 2, as before.
      expect(five).toMatchObject({ done: 5, items: ITEMS, belowThreshold: false, before: 2.6, after: 4.4 });
      expect(five.difference).toBeCloseTo(1.8, 10);
      expect(five.low).toBeCloseTo(0.439825, 5);
      expect(five.high).toBeCloseTo(3.160175, 5);
      expect(five.effect).toBeCloseTo(1.643168, 5);
      // Nothing per student in the whole dashboard: no list of scores or differences anywhere.
      const text = JSON.stringify(await s.dashboard());
      expect(text).not.toMatch(/"scores"|"differences"|"pairs"/);
    });

    it('says "no spread" (effect null, zero-width interval) when every student changed by the same amount', async () => {
      const s = await withSession(base);
      for (let i = 0; i < 5; i++) {
        const token = await s.join(`same-${i}-0123456789abcdef`);
        await check(token, 'before', 3);
        await check(token, 'after', 5);
      }
      expect((await s.dashboard()).checks.paired).toEqual({
        done: 5,
        items: ITEMS,
        belowThreshold: false,
        before: 3,
        after: 5,
        difference: 2,
        low: 2,
        high: 2,
        effect: null,
      });
    });
  });
});
