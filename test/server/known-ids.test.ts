import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../server/scenario-ids.ts';
import type { Dashboard } from '../../src/protocol/index.ts';
import { listScenarioDirs } from '../../tools/scenario-files.ts';
import {
  call,
  createSession,
  createTempDir,
  joinSession,
  newEventId,
  postEvent,
  type Running,
  STORES,
  startApp,
  testDatabase,
} from './helpers.ts';

// Issue 19: nobody writes on the teacher's screen; every id in an event must be one the scenario defines.
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

  describe('events name only what the scenario defines', { timeout: 30_000 }, () => {
    it('refuses (400) and does not store an ending, point, option, technique or check item the scenario lacks', async () => {
      const { code, key } = await createSession(base, 'the-squad');
      const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => joinSession(base, code)));
      const unknown = [
        { kind: 'ending', ending: 'mr_x_is_a_clown' },
        { kind: 'ending', ending: 'told-adult' }, // an ending of another scenario (my-friend)
        { kind: 'choice', point: 'knot#2', option: 0 },
        { kind: 'choice', point: 'raid#4', option: 2 }, // raid#4 has two options
        { kind: 'flag', technique: 'false-authority', spotted: true }, // a technique the-squad never tags
        { kind: 'check', phase: 'before', item: 6, answer: 'ordinary', correct: true },
      ];
      for (const token of tokens) {
        for (const event of unknown) {
          const res = await call(base, 'POST', `/api/v1/sessions/${code}/events`, {
            body: { id: newEventId(), ...event },
            bearer: token,
          });
          expect(res.status, JSON.stringify(event)).toBe(400);
          expect(res.body.error.code).toBe('invalid_input');
        }
      }
      const d = (await call<Dashboard>(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key })).body;
      expect(d.events).toBe(0);
      expect(d.endings).toEqual({ belowThreshold: true, answered: null, endings: null });
      expect(JSON.stringify(d)).not.toContain('clown');
    });

    it("accepts the scenario's own ids", async () => {
      const { code } = await createSession(base, 'the-squad');
      const token = await joinSession(base, code);
      for (const event of [
        { kind: 'ending', ending: 'said-stop' },
        { kind: 'choice', point: 'raid#4', option: 1 },
        { kind: 'flag', technique: 'gifts', spotted: false },
        { kind: 'check', phase: 'after', item: 5, answer: 'manipulative', correct: true },
      ]) {
        expect(await postEvent(base, code, token, event), JSON.stringify(event)).toBe(202);
      }
    });
  });

  describe('server/scenario-ids.json', { timeout: 30_000 }, () => {
    it('has every scenario of stories/ with the endings and techniques of its scenario.json', () => {
      const dirs = listScenarioDirs();
      expect(Object.keys(SCENARIO_IDS).sort()).toEqual(dirs.map((d) => d.split('/').at(-1)).sort());
      for (const dir of dirs) {
        const meta = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as {
          id: string;
          endings: Record<string, unknown>;
          techniques: string[];
        };
        const ids = SCENARIO_IDS[meta.id];
        expect(ids?.endings).toEqual(Object.keys(meta.endings).sort());
        for (const t of meta.techniques) expect(ids?.techniques).toContain(t);
        expect(Object.keys(ids?.points ?? {}).length).toBeGreaterThan(0);
        for (const point of Object.keys(ids?.points ?? {})) expect(point).toMatch(/^[A-Za-z0-9_.]+#[1-9]\d*$/);
      }
    });
  });
});
