import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { freshDatabase, startCluster, stopCluster } from './pg-cluster.ts';

/** What `npm run bench:server -- …` was asked for. */
export interface BenchOptions {
  readonly store: 'sqlite' | 'postgres';
  readonly instances: number;
  readonly sessions: number;
  readonly students: number;
}

/** Reads `--store sqlite|postgres --instances N --sessions N --students N` (defaults: sqlite, 1, 40, 30). */
export function readBenchOptions(args: readonly string[]): BenchOptions {
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const count = (name: string, fallback: number) => {
    const n = Number(value(name) ?? fallback);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
    return n;
  };
  const store = value('store') ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'postgres') throw new Error('--store must be sqlite or postgres');
  const instances = count('instances', 1);
  if (store === 'sqlite' && instances > 1) throw new Error('SQLite is one instance: use --store postgres to share.');
  return { store, instances, sessions: count('sessions', 40), students: count('students', 30) };
}

/** The bench's database: a temp SQLite file, DATABASE_URL, or a fresh database on a throwaway cluster; `stop` cleans up. */
export async function openBenchDatabase(store: BenchOptions['store']): Promise<{ database: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'byr-bench-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (store === 'sqlite') return { database: join(dir, 'bench.sqlite'), stop: remove };
  if (process.env.DATABASE_URL) return { database: process.env.DATABASE_URL, stop: remove };
  const clusterDir = join(dir, 'cluster');
  // PostgreSQL may run as another user (root refuses it): it must reach its folder inside this one.
  chmodSync(dir, 0o755);
  mkdirSync(clusterDir);
  const cluster = await startCluster(clusterDir);
  return {
    database: await freshDatabase(cluster, 'bench'),
    stop: () => {
      stopCluster(clusterDir);
      remove();
    },
  };
}

/** How many events the sessions `codes` have in the database. */
export async function countStored(database: string, codes: readonly string[]): Promise<number> {
  const sql = 'SELECT COUNT(*) AS n FROM events e JOIN sessions s ON s.id = e.session_id WHERE s.code = ?';
  if (!/^postgres(ql)?:/.test(database)) {
    const db = new Database(database, { readonly: true });
    const statement = db.prepare<[string], { n: number }>(sql);
    const n = codes.reduce((sum, code) => sum + (statement.get(code)?.n ?? 0), 0);
    db.close();
    return n;
  }
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  const res = await client.query<{ n: string }>(sql.replace('?', 'ANY($1)'), [codes]);
  await client.end();
  return Number(res.rows[0]?.n ?? 0);
}
