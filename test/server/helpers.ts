import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { type AppOptions, type ClassSessionApp, createApp } from '../../server/app.ts';
import type { Dashboard } from '../../src/protocol/index.ts';
import { type Cluster, freshDatabase, sharedCluster } from '../../tools/pg-cluster.ts';

/** A clock tests move by hand. */
export interface FakeClock {
  readonly now: () => number;
  readonly advance: (ms: number) => void;
}

/** A fake clock starting at a fixed date. */
export function createFakeClock(start = Date.UTC(2026, 2, 2, 8, 0)): FakeClock {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

/** A temp directory for one test file's databases; `remove` deletes it. */
export function createTempDir(): { dir: string; dbPath: (name?: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'byr-server-'));
  return {
    dir,
    dbPath: (name = 'sessions.sqlite') => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A service listening on a free loopback port. */
export interface Running {
  readonly app: ClassSessionApp;
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** What a test starts the service with: a SQLite file (`dbPath`) or any `database` (a file or a PostgreSQL URL). */
export type TestAppOptions = Omit<AppOptions, 'database'> & ({ dbPath: string } | { database: string });

/** Starts the real service (real SQLite file or PostgreSQL server) on 127.0.0.1, port 0, with short stream timings. */
export async function startApp(options: TestAppOptions): Promise<Running> {
  const database = 'database' in options ? options.database : options.dbPath;
  const app = await createApp({ logger: false, ...options, database, timings: { publishMs: 0, ...options.timings } });
  const url = await app.server.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, close: () => app.close() };
}

/** The body of every API error. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** A JSON response: status, parsed body (typed by the caller, who checks the status first), headers. */
export interface JsonResponse<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** Calls the API with JSON and an optional bearer secret. */
export async function call<T = ErrorBody>(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; bearer?: string; raw?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers, body: payload });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}

/** Creates a session; returns its code and teacher key (`withSession` when the test also joins and reads). */
export async function createSession(base: string, scenario = 'the-squad'): Promise<{ code: string; key: string }> {
  const { code, key } = await withSession(base, { scenario });
  return { code, key };
}

/** Joins a session as a new student; returns the token. */
export async function joinSession(base: string, code: string): Promise<string> {
  const res = await call<{ token: string }>(base, 'POST', `/api/v1/sessions/${code}/join`, { body: {} });
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

/** A student in a test session: their token, and a way to post events as them (the status comes back). */
export interface TestStudent {
  readonly token: string;
  readonly post: (event: object) => Promise<number>;
}

/** A session a test created, with what every test does with one: join students, read the dashboard, end it. */
export interface TestSession {
  readonly code: string;
  readonly key: string;
  /** Joins a new student (tab), from device `device` when given; fails the test unless the service took them. */
  readonly join: (device?: string) => Promise<TestStudent>;
  /** The dashboard as the teacher reads it (status 200 checked). */
  readonly dashboard: () => Promise<Dashboard>;
  /** Ends the session as its teacher; returns the status. */
  readonly end: () => Promise<number>;
}

/** Creates a session on `base` (the-squad, French, a story session unless told otherwise) and its test helpers. */
export async function withSession(
  base: string,
  options: { scenario?: string; lang?: string; kind?: 'story' | 'booster' } = {},
): Promise<TestSession> {
  const body = { scenario: options.scenario ?? 'the-squad', lang: options.lang ?? 'fr', ...options };
  const res = await call<{ code: string; teacherKey: string }>(base, 'POST', '/api/v1/sessions', { body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  const { code, teacherKey: key } = res.body;
  return {
    code,
    key,
    async join(device) {
      const joined = await call<{ token: string }>(base, 'POST', `/api/v1/sessions/${code}/join`, {
        body: device === undefined ? {} : { device },
      });
      if (joined.status !== 201) throw new Error(`join failed: ${joined.status} ${JSON.stringify(joined.body)}`);
      const token = joined.body.token;
      return { token, post: (event) => postEvent(base, code, token, event) };
    },
    async dashboard() {
      const read = await call<Dashboard>(base, 'GET', `/api/v1/sessions/${code}/dashboard`, { bearer: key });
      if (read.status !== 200) throw new Error(`dashboard failed: ${read.status} ${JSON.stringify(read.body)}`);
      return read.body;
    },
    end: async () => (await call(base, 'DELETE', `/api/v1/sessions/${code}`, { bearer: key })).status,
  };
}

let lastEventId = 0;
/** A fresh event id, as a device gives each of its events. */
export const newEventId = () => `ev-${++lastEventId}`;

/** Posts one event (with a fresh `id` unless it has one); returns the status. */
export async function postEvent(base: string, code: string, token: string, event: object): Promise<number> {
  const body = 'id' in event ? event : { id: newEventId(), ...event };
  return (await call(base, 'POST', `/api/v1/sessions/${code}/events`, { body, bearer: token })).status;
}

/** A database the service tests run on. */
export type StoreKind = 'sqlite' | 'postgres';

/**
 * The stores every service test runs on: both (PostgreSQL on the run's throwaway cluster), unless BYR_TEST_STORES
 * names fewer (e.g. `BYR_TEST_STORES=sqlite` on a machine without PostgreSQL).
 */
export const STORES: readonly StoreKind[] = (process.env.BYR_TEST_STORES ?? 'sqlite,postgres')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is StoreKind => s === 'sqlite' || s === 'postgres');

/** The run's shared PostgreSQL cluster (started by the first test file that asks). */
export async function testCluster(): Promise<Cluster> {
  return sharedCluster(inject('byrPostgresRun'));
}

/** A fresh database on `store`: a new SQLite file in `temp`, or a new database on the run's PostgreSQL cluster. */
export async function testDatabase(
  store: StoreKind,
  temp: { dbPath: (name?: string) => string },
  name = 'sessions.sqlite',
): Promise<string> {
  return store === 'sqlite' ? temp.dbPath(name) : freshDatabase(await testCluster());
}

/**
 * Runs one query on a test database (either store) and returns its rows: for checks of what is stored. Parameters are
 * `?` in the SQL; counts come back as numbers from both.
 */
export async function queryDatabase<T>(database: string, sql: string, params: unknown[] = []): Promise<T[]> {
  if (!database.startsWith('postgres://')) {
    const db = new Database(database, { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    let n = 0;
    const rows = (
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows as Record<string, unknown>[];
    // PostgreSQL's 64-bit counts arrive as text.
    const numeric = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);
    return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, numeric(v)]))) as T[];
  } finally {
    await client.end();
  }
}

/** Students join a session and answer a story's first three choice points (options alternate), as their devices would. */
export async function playFirstChoices(
  base: string,
  code: string,
  scenario = 'the-video',
  students = 6,
): Promise<void> {
  const ids = JSON.parse(readFileSync('server/scenario-ids.json', 'utf8')) as Record<string, { points: object }>;
  const points = Object.keys(ids[scenario]?.points ?? {}).slice(0, 3);
  for (let n = 0; n < students; n++) {
    const token = await joinSession(base, code);
    await postEvent(base, code, token, { kind: 'joined' });
    for (const point of points) await postEvent(base, code, token, { kind: 'choice', point, option: n % 2 });
  }
}
