import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStreamHub } from '../../server/stream-hub.ts';
import type { Dashboard } from '../../src/protocol/index.ts';
import {
  call,
  createFakeClock,
  createSession,
  createTempDir,
  joinSession,
  postEvent,
  type Running,
  STORES,
  startApp,
  testDatabase,
} from './helpers.ts';

// Issue 19: the dashboard must not single out one student, by what it lists, when it changes, or by subtraction.
const temp = createTempDir();
const clock = createFakeClock();
let running: Running;
let base: string;

describe.each(STORES)('on %s', (store) => {
  beforeAll(async () => {
    running = await startApp({
      database: await testDatabase(store, temp),
      now: clock.now,
      timings: { publishMs: 5000 },
    });
    base = running.url;
  });
  afterAll(async () => {
    await running.close();
    temp.remove();
  });

  async function dashboard(code: string, key: string): Promise<Dashboard> {
    const res = await call<Dashboard>(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key });
    expect(res.status).toBe(200);
    return res.body;
  }

  async function classOf(n: number): Promise<{ code: string; key: string; tokens: string[] }> {
    const { code, key } = await createSession(base);
    const tokens: string[] = [];
    for (let i = 0; i < n; i++) tokens.push(await joinSession(base, code));
    return { code, key, tokens };
  }

  describe('the class dashboard singles out no student', { timeout: 30_000 }, () => {
    it('does not list a choice point (or technique, or check item) only one student reached', async () => {
      const { code, key, tokens } = await classOf(5);
      for (const token of tokens) await postEvent(base, code, token, { kind: 'choice', point: 'lobby#1', option: 0 });
      const [lone = ''] = tokens;
      await postEvent(base, code, lone, { kind: 'choice', point: 'raid#4', option: 1 });
      await postEvent(base, code, lone, { kind: 'flag', technique: 'gifts', spotted: true });
      await postEvent(base, code, lone, { kind: 'check', phase: 'after', item: 5, answer: 'ordinary', correct: false });
      clock.advance(5000);
      const d = await dashboard(code, key);
      expect(d.choices.map((c) => c.point)).toEqual(['lobby#1']);
      expect(JSON.stringify(d)).not.toContain('raid#4');
      expect(d.techniques).toEqual([]);
      expect(d.checks.items).toEqual([]);
    });

    it('counts in a phase total only the check items it shows: no hidden answer by subtraction', async () => {
      const { code, key, tokens } = await classOf(5);
      const answer = (token: string, item: number, correct: boolean) =>
        postEvent(base, code, token, { kind: 'check', phase: 'before', item, answer: 'ordinary', correct });
      for (const token of tokens) await answer(token, 0, true);
      await answer(tokens[0] ?? '', 1, false); // one student's answer to item 1: withheld
      clock.advance(5000);
      const d = await dashboard(code, key);
      expect(d.checks.items.map((i) => i.item)).toEqual([0]);
      expect(d.checks.before).toEqual({ belowThreshold: false, students: 5, answers: 5, correct: 5 });
    });

    it('publishes changes on a fixed cadence: the JSON dashboard changes once per 5 s window, not per event', async () => {
      const { code, key, tokens } = await classOf(5);
      clock.advance(5000 - (clock.now() % 5000)); // the start of a window
      const before = await dashboard(code, key);
      for (const token of tokens) await postEvent(base, code, token, { kind: 'joined' });
      expect(await dashboard(code, key)).toEqual(before);
      clock.advance(4999);
      expect((await dashboard(code, key)).students.started).toBe(0);
      clock.advance(1);
      expect((await dashboard(code, key)).students.started).toBe(5);
    });
  });

  describe('the dashboard stream', { timeout: 30_000 }, () => {
    it('sends changes at the next tick of a fixed 5 s cadence, never right after an answer', async () => {
      vi.useFakeTimers();
      try {
        const written: string[] = [];
        const res = { writableLength: 0, write: (c: string) => written.push(c), on: () => res, end: () => {} };
        let n = 0;
        const load = async (): Promise<Dashboard> => ({ events: ++n }) as unknown as Dashboard;
        const hub = createStreamHub({ publishMs: 5000, heartbeatMs: 60_000 }, load);
        hub.open('K7QX2M', res as unknown as ServerResponse, await load());
        await vi.advanceTimersByTimeAsync(1000);
        hub.changed('K7QX2M');
        await vi.advanceTimersByTimeAsync(400);
        hub.changed('K7QX2M');
        await vi.advanceTimersByTimeAsync(3500);
        expect(written).toHaveLength(1); // the dashboard sent on connect, nothing since
        await vi.advanceTimersByTimeAsync(100);
        expect(written).toHaveLength(2); // one update, at the 5 s tick, for both changes
        await vi.advanceTimersByTimeAsync(20_000);
        expect(written).toHaveLength(2); // nothing changed: nothing sent
        hub.close();
      } finally {
        vi.useRealTimers();
      }
    });

    it('sends a change whose news was lost at the next heartbeat, and nothing when the dashboard is the same', async () => {
      vi.useFakeTimers();
      try {
        const written: string[] = [];
        const res = { writableLength: 0, write: (c: string) => written.push(c), on: () => res, end: () => {} };
        let events = 1;
        const load = async (): Promise<Dashboard> => ({ events }) as unknown as Dashboard;
        const hub = createStreamHub({ publishMs: 5000, heartbeatMs: 15_000 }, load);
        hub.open('K7QX2M', res as unknown as ServerResponse, await load());
        await vi.advanceTimersByTimeAsync(15_000);
        expect(written.filter((c) => c.includes('event: dashboard'))).toHaveLength(1); // the same: not sent again
        events = 2; // stored by an instance killed before it told the others: no `changed`
        await vi.advanceTimersByTimeAsync(15_000);
        const dashboards = written.filter((c) => c.includes('event: dashboard'));
        expect(dashboards).toHaveLength(2);
        expect(dashboards.at(-1)).toContain('"events":2');
        hub.close();
      } finally {
        vi.useRealTimers();
      }
    });
  });
});
