import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassSessionClient, type EventSourceLike } from '../../src/platform/class-session-client.ts';
import type { DashboardUpdate } from '../../src/protocol/index.ts';
import { createTempDir, type Running, startApp } from '../server/helpers.ts';
import { readSse } from '../server/sse-reader.ts';

const temp = createTempDir();
let running: Running;
let base: string;

beforeAll(async () => {
  running = await startApp({ dbPath: temp.dbPath(), timings: { publishMs: 10 } });
  base = running.url;
});
afterAll(async () => {
  await running.close();
  temp.remove();
});

/** A small EventSource over fetch (Node has none): enough to drive `watch` against the real stream. */
class FetchEventSource implements EventSourceLike {
  readyState = 0;
  readonly #listeners = new Map<string, ((event: { data?: unknown }) => void)[]>();
  readonly #abort = new AbortController();

  constructor(url: string) {
    void this.#run(url);
  }

  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.readyState = 2;
    this.#abort.abort();
  }

  #emit(type: string, data?: string): void {
    for (const listener of this.#listeners.get(type) ?? []) listener({ data });
  }

  async #run(url: string): Promise<void> {
    try {
      const res = await fetch(url, { signal: this.#abort.signal });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      this.readyState = 1;
      const sse = readSse(res);
      for (;;) {
        const message = await sse.next(() => true, 10_000);
        if (message.kind === 'message') this.#emit(message.event, message.data);
      }
    } catch {
      if (this.readyState === 2) return; // closed by us
      this.readyState = 2;
      this.#emit('error');
    }
  }
}

function collect(): {
  updates: DashboardUpdate[];
  until: (match: (u: DashboardUpdate) => boolean) => Promise<DashboardUpdate>;
} {
  const updates: DashboardUpdate[] = [];
  return {
    updates,
    async until(match) {
      for (let i = 0; i < 200; i++) {
        const found = updates.find(match);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no matching update in ${JSON.stringify(updates.map((u) => u.kind))}`);
    },
  };
}

describe('createClassSessionClient', () => {
  it('runs a class: teacher creates and watches, five students join and post, the dashboard fills in, teacher ends', async () => {
    const teacher = createClassSessionClient({ baseUrl: `${base}/`, EventSource: FetchEventSource });
    const created = await teacher.createSession({ scenario: 'the-squad', lang: 'en' });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const seen = collect();
    const unsubscribe = teacher.watch((u) => seen.updates.push(u));
    await seen.until((u) => u.kind === 'dashboard');

    for (let n = 0; n < 5; n++) {
      const student = createClassSessionClient({ baseUrl: base });
      expect(await student.join(created.value.code.toLowerCase())).toEqual({
        ok: true,
        value: { kind: 'story', scenario: 'the-squad', lang: 'en', expiresAt: created.value.expiresAt },
      });
      expect(await student.post({ kind: 'choice', point: 'lobby#1', option: n % 2 })).toEqual({
        ok: true,
        value: undefined,
      });
    }
    const full = await seen.until((u) => u.kind === 'dashboard' && u.dashboard.choices[0]?.belowThreshold === false);
    expect(full.kind === 'dashboard' && full.dashboard.choices[0]).toMatchObject({ answered: 5 });
    const polled = await teacher.dashboard();
    expect(polled.ok && polled.value.events).toBe(5);

    expect(await teacher.end()).toEqual({ ok: true, value: undefined });
    await seen.until((u) => u.kind === 'ended');
    unsubscribe();
    expect(await teacher.dashboard()).toMatchObject({ ok: false, error: { kind: 'notReady' } });
  });

  it('creates a booster session whose students learn its kind and post booster answers', async () => {
    const teacher = createClassSessionClient({ baseUrl: base });
    const created = await teacher.createSession({ kind: 'booster', scenario: 'the-video', lang: 'ar' });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const student = createClassSessionClient({ baseUrl: base });
    expect(await student.join(created.value.code)).toMatchObject({ ok: true, value: { kind: 'booster', lang: 'ar' } });
    const answer = { kind: 'check', phase: 'booster', item: 7, answer: 'ordinary', correct: true } as const;
    expect(await student.post(answer)).toEqual({ ok: true, value: undefined });
    const read = await teacher.dashboard();
    expect(read.ok && read.value.session.kind).toBe('booster');
  });

  it('returns the service error as a value: unknown code, ended session, malformed event', async () => {
    const student = createClassSessionClient({ baseUrl: base });
    expect(await student.join('ZZZZZZ')).toMatchObject({
      ok: false,
      error: { kind: 'http', status: 404, code: 'unknown_session' },
    });
    expect(await student.post({ kind: 'joined' })).toMatchObject({ ok: false, error: { kind: 'notReady' } });

    const teacher = createClassSessionClient({ baseUrl: base });
    const created = await teacher.createSession({ scenario: 'the-video', lang: 'fr' });
    if (!created.ok) throw new Error('create failed');
    await student.join(created.value.code);
    const bad = await student.post({ kind: 'choice', point: 'not a point', option: 0 });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'http', status: 400, code: 'invalid_input' } });
    await teacher.end();
    expect(await student.post({ kind: 'joined' })).toMatchObject({
      ok: false,
      error: { status: 410, code: 'session_ended' },
    });
  });

  it('keeps events the service did not acknowledge and resends them in order, counting each once (issue 19)', async () => {
    const teacher = createClassSessionClient({ baseUrl: base });
    const created = await teacher.createSession({ scenario: 'the-squad', lang: 'fr' });
    if (!created.ok) throw new Error('create failed');
    // The network as the student's phone sees it: down, or up but the answer is lost on the way back.
    let network: 'up' | 'down' | 'answer-lost' = 'up';
    const flaky: typeof fetch = async (input, init) => {
      if (network === 'down') throw new TypeError('fetch failed');
      const res = await fetch(input, init);
      if (network === 'answer-lost') throw new TypeError('connection reset');
      return res;
    };
    const student = createClassSessionClient({ baseUrl: base, fetch: flaky, retryMs: 3_600_000 });
    expect((await student.join(created.value.code)).ok).toBe(true);
    network = 'down';
    expect(await student.post({ kind: 'joined' })).toMatchObject({ ok: false, error: { kind: 'network' } });
    network = 'answer-lost'; // the service stores `joined`, the phone never hears it
    expect(await student.post({ kind: 'choice', point: 'lobby#1', option: 1 })).toMatchObject({ ok: false });
    network = 'up';
    expect(await student.flush()).toBe(0);
    expect(await student.post({ kind: 'ending', ending: 'said-stop' })).toEqual({ ok: true, value: undefined });
    const polled = await teacher.dashboard();
    expect(polled.ok && polled.value.events).toBe(3);
    expect(polled.ok && polled.value.students.started).toBe(1);
  });

  it('resumes a teacher session from its code and key', async () => {
    const first = createClassSessionClient({ baseUrl: base });
    const created = await first.createSession({ scenario: 'the-squad', lang: 'ar' });
    if (!created.ok) throw new Error('create failed');
    const again = createClassSessionClient({ baseUrl: base, teacher: created.value });
    expect((await again.dashboard()).ok).toBe(true);
    const wrong = createClassSessionClient({
      baseUrl: base,
      teacher: { code: created.value.code, teacherKey: 'x'.repeat(43) },
    });
    expect(await wrong.end()).toMatchObject({ ok: false, error: { status: 403, code: 'wrong_key' } });
  });

  it('never throws when the service is unreachable: the game plays on', async () => {
    const offline = createClassSessionClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2000 });
    expect(await offline.join('ABCDEF')).toMatchObject({ ok: false, error: { kind: 'network' } });
    const broken = createClassSessionClient({
      baseUrl: base,
      fetch: async () => new Response('<html>proxy error</html>', { status: 502 }),
    });
    expect(await broken.createSession({ scenario: 'the-squad', lang: 'fr' })).toEqual({
      ok: false,
      error: { kind: 'http', status: 502, code: 'http_error', message: 'HTTP 502' },
    });
    const updates: DashboardUpdate[] = [];
    createClassSessionClient({ baseUrl: base, EventSource: undefined }).watch((u) => updates.push(u));
    expect(updates).toEqual([{ kind: 'closed' }]);
  });

  it('reports a refused stream as closed', async () => {
    const teacher = createClassSessionClient({
      baseUrl: base,
      EventSource: FetchEventSource,
      teacher: { code: 'ZZZZZZ', teacherKey: 'x'.repeat(43) },
    });
    const seen = collect();
    const stop = teacher.watch((u) => seen.updates.push(u));
    await seen.until((u) => u.kind === 'closed');
    stop();
  });
});
