import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/protocol/index.ts';
import {
  call,
  createFakeClock,
  createSession,
  createTempDir,
  joinSession,
  postEvent,
  STORES,
  startApp,
  testDatabase,
} from './helpers.ts';
import { readSse } from './sse-reader.ts';

const temp = createTempDir();
afterAll(() => temp.remove());

describe.each(STORES)('on %s', (store) => {
  let database: string;
  beforeAll(async () => {
    database = await testDatabase(store, temp);
  });
  describe('restart in the middle of a session', { timeout: 30_000 }, () => {
    it('loses nothing: the same code, teacher key and student tokens work on a new service over the same database', async () => {
      const clock = createFakeClock();
      const first = await startApp({ database, now: clock.now });
      const { code, key } = await createSession(first.url);
      const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => joinSession(first.url, code)));
      for (const token of tokens.slice(0, 3)) {
        await postEvent(first.url, code, token, { kind: 'choice', point: 'lobby#1', option: 0 });
      }
      const sse = readSse(await fetch(`${first.url}/api/v1/sessions/${code}/stream?key=${key}`));
      await sse.next();
      await first.close();
      // The stream just closes (EventSource reconnects); it is not told the session ended.
      await expect(sse.next((m) => m.kind === 'message')).rejects.toThrow('the stream ended');

      clock.advance(60_000);
      const second = await startApp({ database, now: clock.now });
      for (const token of tokens.slice(3)) {
        expect(await postEvent(second.url, code, token, { kind: 'choice', point: 'lobby#1', option: 1 })).toBe(202);
      }
      const res = await call<Dashboard>(second.url, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key });
      expect(res.status).toBe(200);
      expect(res.body.events).toBe(5);
      expect(res.body.students.joined).toBe(5);
      expect(res.body.choices).toEqual([
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
      expect((await call(second.url, 'DELETE', `/api/v1/sessions/${code}`, { bearer: key })).status).toBe(204);
      await second.close();
    });
  });
});
