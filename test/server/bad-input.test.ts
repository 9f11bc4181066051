import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createFakeClock,
  createSession,
  createTempDir,
  joinSession,
  newEventId,
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
  beforeAll(async () => {
    running = await startApp({
      database: await testDatabase(store, temp),
      now: clock.now,
      limits: { tokenEvents: { burst: 3, perSecond: 1 }, join: { burst: 4, perSecond: 1 } },
    });
    base = running.url;
  });
  afterAll(async () => {
    await running.close();
    temp.remove();
  });

  const events = (code: string) => `/api/v1/sessions/${code}/events`;

  describe('bad input gets a clear 4xx JSON error', { timeout: 30_000 }, () => {
    it('404 for an unknown session, and for a code that cannot exist', async () => {
      for (const code of ['ZZZZZZ', 'O0I1L!', 'toolongcode']) {
        const res = await call(base, 'POST', `/api/v1/sessions/${encodeURIComponent(code)}/join`, { body: {} });
        expect(res.status).toBe(404);
        expect(res.body).toEqual({ error: { code: 'unknown_session', message: expect.any(String) } });
      }
      expect((await call(base, 'GET', '/api/v1/nothing')).body.error.code).toBe('not_found');
    });

    it("401 without a teacher key, 403 with another session's key", async () => {
      const mine = await createSession(base);
      const theirs = await createSession(base);
      expect((await call(base, 'GET', `/api/v1/sessions/${mine.code}/dashboard`)).status).toBe(401);
      const wrong = await call(base, 'DELETE', `/api/v1/sessions/${mine.code}`, { bearer: theirs.key });
      expect(wrong.status).toBe(403);
      expect(wrong.body.error.code).toBe('wrong_key');
      expect((await call(base, 'GET', `/api/v1/sessions/${mine.code}/dashboard`, { bearer: mine.key })).status).toBe(
        200,
      );
    });

    it('400 for malformed JSON, unknown kinds, extra fields (no free text) and out-of-range values', async () => {
      const { code } = await createSession(base);
      const token = await joinSession(base, code);
      const id = newEventId();
      const bad: unknown[] = [
        { id, kind: 'chat', text: 'hello' },
        { id, kind: 'joined', name: 'Yasmine' },
        { kind: 'joined' },
        { id: 'has spaces', kind: 'joined' },
        { id: 'x'.repeat(65), kind: 'joined' },
        { id, kind: 'choice', point: 'invite#1', option: 1.5 },
        { id, kind: 'choice', point: 'knot 2', option: 1 },
        { id, kind: 'flag', technique: 'hypnosis', spotted: true },
        { id, kind: 'flag', technique: 'secrecy', spotted: 'yes' },
        { id, kind: 'check', phase: 'during', item: 1, answer: 'ordinary', correct: true },
        [],
      ];
      for (const body of bad) {
        clock.advance(5000); // refills the small token bucket this file's service has
        const res = await call(base, 'POST', events(code), { body, bearer: token });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.code).toBe('invalid_input');
      }
      const broken = await call(base, 'POST', events(code), { raw: '{"kind": "joi', bearer: token });
      expect(broken.status).toBe(400);
      const create = await call(base, 'POST', '/api/v1/sessions', { body: { scenario: 'The Squad!', lang: 'fr' } });
      expect(create.body.error.message).toMatch(/^scenario: /);
      const unknown = await call(base, 'POST', '/api/v1/sessions', { body: { scenario: 'not-a-story', lang: 'fr' } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toBe('scenario: the game has no scenario "not-a-story"');
      const lang = await call(base, 'POST', '/api/v1/sessions', { body: { scenario: 'the-squad', lang: 'de' } });
      expect(lang.status).toBe(400);
      const text = await call(base, 'POST', '/api/v1/sessions', {
        raw: 'scenario=x',
        headers: { 'content-type': 'text/plain' },
      });
      expect(text.status).toBe(415);
    });

    it('413 for a body over 2 kB', async () => {
      const { code } = await createSession(base);
      const token = await joinSession(base, code);
      const res = await call(base, 'POST', events(code), {
        body: { kind: 'joined', pad: 'x'.repeat(3000) },
        bearer: token,
      });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('body_too_large');
    });

    it('401 without a token, 403 for a made-up token or one issued by another session', async () => {
      const a = await createSession(base);
      const b = await createSession(base);
      const tokenOfA = await joinSession(base, a.code);
      expect((await call(base, 'POST', events(b.code), { body: { id: newEventId(), kind: 'joined' } })).status).toBe(
        401,
      );
      const madeUp = await call(base, 'POST', events(b.code), {
        body: { id: newEventId(), kind: 'joined' },
        bearer: 'A'.repeat(43),
      });
      expect(madeUp.status).toBe(403);
      const replayed = await call(base, 'POST', events(b.code), {
        body: { id: newEventId(), kind: 'joined' },
        bearer: tokenOfA,
      });
      expect(replayed.status).toBe(403);
      expect(replayed.body.error.code).toBe('bad_token');
      expect(
        (await call(base, 'POST', events(b.code), { body: { id: newEventId(), kind: 'joined' }, bearer: a.key }))
          .status,
      ).toBe(403);
    });

    it('429 when a token posts faster than its limit, and again once the bucket refills', async () => {
      const { code } = await createSession(base);
      const token = await joinSession(base, code);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await call(base, 'POST', events(code), { body: { id: newEventId(), kind: 'joined' }, bearer: token }))
            .status,
        );
      expect(statuses).toEqual([202, 202, 202, 429]);
      const other = await joinSession(base, code);
      expect(
        (await call(base, 'POST', events(code), { body: { id: newEventId(), kind: 'joined' }, bearer: other })).status,
      ).toBe(202);
      clock.advance(1000);
      expect(
        (await call(base, 'POST', events(code), { body: { id: newEventId(), kind: 'joined' }, bearer: token })).status,
      ).toBe(202);
    });

    it('429 when too many students join one session at once', async () => {
      const { code } = await createSession(base);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await call(base, 'POST', `/api/v1/sessions/${code}/join`, { body: {} })).status);
      expect(statuses).toEqual([201, 201, 201, 201, 429]);
      const res = await call(base, 'POST', `/api/v1/sessions/${code}/join`, { body: {} });
      expect(res.body.error.code).toBe('rate_limited');
    });
  });

  describe('query strings and addresses are validated like bodies (issue 19)', { timeout: 30_000 }, () => {
    it('400, not 500, for ?key=a&key=b on the stream, and for a query on a route that takes none', async () => {
      const { code, key } = await createSession(base);
      const twice = await call(base, 'GET', `/api/v1/sessions/${code}/stream?key=${key}&key=${key}`);
      expect(twice.status).toBe(400);
      expect(twice.body).toEqual({ error: { code: 'invalid_input', message: expect.stringMatching(/^key: /) } });
      const extra = await call(base, 'GET', `/api/v1/sessions/${code}/dashboard?debug=1`, { bearer: key });
      expect(extra.status).toBe(400);
      expect(extra.body.error.code).toBe('invalid_input');
    });

    it('refuses unknown fields on join (400), as the docs say', async () => {
      const { code } = await createSession(base);
      for (const body of [{ name: 'Yasmine' }, { email: 'y@example.org' }]) {
        clock.advance(5000);
        const res = await call(base, 'POST', `/api/v1/sessions/${code}/join`, { body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.code).toBe('invalid_input');
      }
    });

    it('answers an over-long code (414) and a bad %-encoding (400) in the API error format', async () => {
      const long = await call(base, 'POST', `/api/v1/sessions/${'A'.repeat(200)}/join`, { body: {} });
      expect(long.status).toBe(414);
      expect(long.body).toEqual({ error: { code: 'uri_too_long', message: expect.any(String) } });
      const bad = await call(base, 'POST', '/api/v1/sessions/%E0%A4%A/join', { body: {} });
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ error: { code: 'invalid_input', message: expect.any(String) } });
    });
  });

  describe('idempotent events (issue 19)', { timeout: 30_000 }, () => {
    it('stores an event once: the same id again answers 200 with the first seq and counts nothing twice', async () => {
      const { code, key } = await createSession(base);
      const token = await joinSession(base, code);
      clock.advance(5000);
      const event = { id: 'device1-7', kind: 'flag', technique: 'secrecy', spotted: true };
      const first = await call<{ seq: number }>(base, 'POST', events(code), { body: event, bearer: token });
      expect(first.status).toBe(202);
      const again = await call<{ seq: number }>(base, 'POST', events(code), { body: event, bearer: token });
      expect(again.status).toBe(200);
      expect(again.body.seq).toBe(first.body.seq);
      const other = await joinSession(base, code);
      const theirs = await call<{ seq: number }>(base, 'POST', events(code), { body: event, bearer: other });
      expect(theirs.status).toBe(202); // ids are unique per device, not across the class
      const d = await call<{ events: number }>(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key });
      expect(d.body.events).toBe(2);
    });
  });
});
