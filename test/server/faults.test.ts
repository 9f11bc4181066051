import { connect, createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/protocol/index.ts';
import {
  call,
  createSession,
  createTempDir,
  joinSession,
  newEventId,
  type Running,
  startApp,
  testCluster,
  testDatabase,
} from './helpers.ts';

// Issue 17: a PostgreSQL server that is down or read-only answers 503 with a clear message; devices keep their events
// and resend them (same ids) once it is back, and nothing is counted twice.
const temp = createTempDir();

/** A TCP relay to the database that the test can cut (the server seems down) and restore. */
interface Relay {
  readonly port: number;
  readonly cut: () => void;
  readonly restore: () => void;
  readonly close: () => Promise<void>;
}

function relayTo(port: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  let up = true;
  const server: Server = createServer((client) => {
    if (!up) return client.destroy();
    const upstream = connect(port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : 0,
        cut() {
          up = false;
          for (const s of sockets) s.destroy();
        },
        restore() {
          up = true;
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

const post = (base: string, code: string, token: string, id: string) =>
  call(base, 'POST', `/api/v1/sessions/${code}/events`, { body: { id, kind: 'joined' }, bearer: token });
const dashboard = async (base: string, code: string, key: string) =>
  (await call<Dashboard>(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key })).body;

describe('a PostgreSQL server that is down or read-only', { timeout: 60_000 }, () => {
  let relay: Relay;
  let running: Running;
  let direct: string;
  beforeAll(async () => {
    direct = await testDatabase('postgres', temp);
    relay = await relayTo((await testCluster()).port);
    const url = new URL(direct);
    url.port = String(relay.port);
    running = await startApp({ database: url.toString() });
  });
  afterAll(async () => {
    await running.close();
    await relay.close();
    temp.remove();
  });

  it('answers 503 while it is down, then stores the resent event once', async () => {
    const base = running.url;
    const { code, key } = await createSession(base);
    const token = await joinSession(base, code);
    const id = newEventId();
    relay.cut();
    const down = await post(base, code, token, id);
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      error: { code: 'database_unavailable', message: expect.stringMatching(/unavailable.*nothing was stored/) },
    });
    expect((await call(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key })).status).toBe(503);
    relay.restore();
    expect((await post(base, code, token, id)).status).toBe(202);
    expect((await post(base, code, token, id)).status).toBe(200); // a second resend: already stored
    expect((await dashboard(base, code, key)).events).toBe(1);
  });

  it('answers 503 while it is read-only, then stores the resent event once', async () => {
    const base = running.url;
    const { code, key } = await createSession(base);
    const token = await joinSession(base, code);
    const name = new URL(direct).pathname.slice(1);
    const admin = new pg.Client({ connectionString: direct.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    // New connections start read-only; the service's current ones are closed, as a failover would.
    const readOnly = async (on: boolean) => {
      await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = ${on ? 'on' : 'off'}`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    };
    try {
      await readOnly(true);
      const id = newEventId();
      const refused = await post(base, code, token, id);
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ error: { code: 'database_unavailable' } });
      await readOnly(false);
      expect((await post(base, code, token, id)).status).toBe(202);
      expect((await post(base, code, token, id)).status).toBe(200);
      expect((await dashboard(base, code, key)).events).toBe(1);
    } finally {
      await admin.end();
    }
  });
});
