import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/protocol/index.ts';
import { freePort } from '../../tools/pg-cluster.ts';
import {
  createSession,
  createTempDir,
  joinSession,
  queryDatabase,
  type Running,
  startApp,
  testDatabase,
} from './helpers.ts';
import { readSse, type SseMessage } from './sse-reader.ts';

// Issue 17: teacher on instance B, 30 students on instance A, A killed (SIGKILL) and restarted mid-session.
const temp = createTempDir();
const STUDENTS = 30;
const EVENTS_EACH = 10;
let database: string;
let b: Running;
let port: number;
let a: ChildProcess | undefined;

/** Starts instance A as its own process (`server/main.ts`, as `npm run serve` runs it); resolves once it listens. */
function startA(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: database,
      BYR_DIST: temp.dir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Students and teacher open')) resolve(child);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`instance A exited (${code}): ${out}`)));
  });
}

beforeAll(async () => {
  database = await testDatabase('postgres', temp);
  port = await freePort();
  // B's heartbeat reads each dashboard again: a change whose news A lost when killed shows within a second.
  b = await startApp({ database, timings: { publishMs: 30, heartbeatMs: 1000 } });
});
afterAll(async () => {
  a?.kill('SIGKILL');
  await b.close();
  temp.remove();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A student's device: its events, each kept until the service acknowledged it (2xx), resent with the same id after
 * any failure (connection refused while A is down, 503), as the game's outbox does.
 */
async function student(base: string, code: string, token: string, n: number, acked: Set<string>): Promise<void> {
  const events = Array.from({ length: EVENTS_EACH }, (_, i) => ({
    id: `kill-${n}-${i}`,
    ...(i === 0 ? { kind: 'joined' } : { kind: 'choice', point: 'lobby#1', option: (n + i) % 2 }),
  }));
  for (const event of events) {
    for (;;) {
      const status = await fetch(`${base}/api/v1/sessions/${code}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(event),
      }).then(
        (res) => res.status,
        () => 0,
      );
      if (status === 200 || status === 202) break;
      if (status !== 0 && status !== 503 && status !== 429) throw new Error(`refused: ${status}`);
      await sleep(50);
    }
    acked.add(event.id);
  }
}

const dashboardOf = (m: SseMessage): Dashboard => JSON.parse(m.kind === 'message' ? m.data : 'null');
const hasEvents = (n: number) => (m: SseMessage) =>
  m.kind === 'message' && m.event === 'dashboard' && dashboardOf(m).events === n;

describe('instance A killed mid-session', { timeout: 120_000 }, () => {
  it('loses no acknowledged event, counts none twice, and dashboards on both instances show the right counts', async () => {
    a = await startA();
    const aUrl = `http://127.0.0.1:${port}`;
    const { code, key } = await createSession(b.url);
    const onB = readSse(await fetch(`${b.url}/api/v1/sessions/${code}/stream?key=${key}`));
    const onA = readSse(await fetch(`${aUrl}/api/v1/sessions/${code}/stream?key=${key}`));
    await onA.next();
    const tokens = await Promise.all(Array.from({ length: STUDENTS }, () => joinSession(aUrl, code)));
    const acked = new Set<string>();
    const playing = Promise.all(tokens.map((token, n) => student(aUrl, code, token, n, acked)));

    while (acked.size < (STUDENTS * EVENTS_EACH) / 3) await sleep(20);
    const before = new Set(acked);
    a.kill('SIGKILL');
    // The teacher's stream on A is cut (EventSource reconnects); the one on B carries on.
    await expect(onA.next((m) => m.kind === 'message' && m.event === 'nothing')).rejects.toThrow(); // 'terminated': the connection dropped
    await sleep(300);
    a = await startA();
    await playing;

    const total = STUDENTS * EVENTS_EACH;
    expect(acked.size).toBe(total);
    const stored = await queryDatabase<{ client_id: string }>(database, 'SELECT client_id FROM events');
    expect(stored).toHaveLength(total); // nothing twice
    const ids = new Set(stored.map((r) => r.client_id));
    for (const id of before) expect(ids.has(id)).toBe(true); // nothing acknowledged before the kill was lost
    const last = dashboardOf(await onB.next(hasEvents(total), 20_000));
    expect(last.students).toEqual({ joined: STUDENTS, started: STUDENTS });
    expect(last.choices[0]?.answered).toBe(STUDENTS);
    // The dashboard reconnecting to the restarted A sees the same counts.
    const again = readSse(await fetch(`${aUrl}/api/v1/sessions/${code}/stream?key=${key}`));
    expect(dashboardOf(await again.next()).events).toBe(total);
    await again.close();
    await onB.close();
  });
});
