import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/protocol/index.ts';
import {
  call,
  createSession,
  createTempDir,
  postEvent,
  type Running,
  STORES,
  startApp,
  testDatabase,
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

  const join = async (code: string, device: string) => {
    const res = await call<{ token: string }>(base, 'POST', `/api/v1/sessions/${code}/join`, { body: { device } });
    expect(res.status).toBe(201);
    return res.body.token;
  };

  /** One check: the first `right` items answered right, the rest wrong, up to `answered` items. */
  async function check(code: string, token: string, phase: 'before' | 'after', right: number, answered = ITEMS) {
    for (let item = 0; item < answered; item++) {
      const correct = item < right;
      const event = { kind: 'check', phase, item, answer: correct ? 'manipulative' : 'ordinary', correct };
      expect(await postEvent(base, code, token, event)).toBe(202);
    }
  }

  const dashboard = async (code: string, key: string) =>
    (await call<Dashboard>(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key })).body;

  describe('before/after result', { timeout: 60_000 }, () => {
    it('waits for 5 devices with both checks, then gives means, the paired interval and d_z from sums only', async () => {
      const { code, key } = await createSession(base);
      // Before 2, 3, 3, 4, 1 and after 4, 5, 3, 6, 4 (differences 2, 2, 0, 2, 3; see paired-stats.test.ts).
      const scores: [number, number][] = [
        [2, 4],
        [3, 5],
        [3, 3],
        [4, 6],
        [1, 4],
      ];
      const tokens: string[] = [];
      for (const [i, [before, after]] of scores.slice(0, 4).entries()) {
        const token = await join(code, `device-${i}-0123456789abcdef`);
        tokens.push(token);
        await check(code, token, 'before', before);
        await check(code, token, 'after', after);
      }
      // Not counted: a device that stopped half-way through the after check, and a second tab of device 0.
      const quitter = await join(code, 'device-quit-0123456789abcd');
      await check(code, quitter, 'before', 6);
      await check(code, quitter, 'after', 6, 3);
      const secondTab = await join(code, 'device-0-0123456789abcdef');
      await check(code, secondTab, 'after', 4);

      const four = (await dashboard(code, key)).checks.paired;
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

      const last = await join(code, 'device-4-0123456789abcdef');
      await check(code, last, 'before', 1);
      await check(code, last, 'after', 4);
      const five = (await dashboard(code, key)).checks.paired;
      // Device 0's second tab replaced its after answers with its latest ones: 4 right, so its change is 2, as before.
      expect(five).toMatchObject({ done: 5, items: ITEMS, belowThreshold: false, before: 2.6, after: 4.4 });
      expect(five.difference).toBeCloseTo(1.8, 10);
      expect(five.low).toBeCloseTo(0.439825, 5);
      expect(five.high).toBeCloseTo(3.160175, 5);
      expect(five.effect).toBeCloseTo(1.643168, 5);
      // Nothing per student in the whole dashboard: no list of scores or differences anywhere.
      const text = JSON.stringify(await dashboard(code, key));
      expect(text).not.toMatch(/"scores"|"differences"|"pairs"/);
    });

    it('says "no spread" (effect null, zero-width interval) when every student changed by the same amount', async () => {
      const { code, key } = await createSession(base);
      for (let i = 0; i < 5; i++) {
        const token = await join(code, `same-${i}-0123456789abcdef`);
        await check(code, token, 'before', 3);
        await check(code, token, 'after', 5);
      }
      expect((await dashboard(code, key)).checks.paired).toEqual({
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
