import Database from 'better-sqlite3';
import { isBusy } from './errors.ts';
import { MIGRATIONS } from './migrations.ts';

/** An open SQLite connection (better-sqlite3). */
export type Db = Database.Database;

/**
 * How long one statement may wait for another connection's lock, on the event loop (better-sqlite3 is synchronous):
 * short, so a lock held elsewhere never freezes the service; longer waits are retried asynchronously (`retryBusy`).
 */
const BUSY_TIMEOUT_MS = 20;

/**
 * Opens (or creates) the database file in WAL mode and brings its schema up to date. Throws when the file was
 * written by a newer version of the service: running old code on it could lose data.
 */
export function openDb(path: string): Db {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  // NORMAL is safe against corruption in WAL mode; a power cut may lose the last moments, a process restart nothing.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, so retention really erases (with a checkpoint, see `eraseFreed`).
  db.pragma('secure_delete = ON');
  migrate(
    db,
    MIGRATIONS.map((step) => step.sqlite),
  );
  return db;
}

/**
 * Copies the WAL into the file and empties it, so the bytes of deleted rows (zeroed by secure_delete) no longer
 * linger in the WAL. Skipped quietly while a reader holds old pages: the next sweep does it.
 */
export function eraseFreed(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Applies the steps the file has not had yet, each in one transaction together with its new `user_version`. */
export function migrate(db: Db, steps: readonly string[]): number {
  const version = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error('PRAGMA user_version returned no number');
  if (version > steps.length) {
    throw new Error(`The database is at schema version ${version}, newer than this service (${steps.length}).`);
  }
  for (let n = version; n < steps.length; n++) {
    db.transaction(() => {
      db.exec(steps[n] ?? '');
      db.pragma(`user_version = ${n + 1}`);
    })();
  }
  return steps.length;
}

/** How long `retryBusy` keeps trying before it gives up (the request then answers 503). */
export interface BusyRetry {
  readonly budgetMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a database write, retrying while another connection holds the lock: each try waits at most the short
 * busy_timeout on the event loop, and the pauses between tries (10 ms, doubling to 200 ms) are asynchronous, so other
 * requests, static files and dashboards are served meanwhile. Rethrows the busy error once the budget is spent.
 */
export async function retryBusy<T>(write: () => Promise<T>, retry: BusyRetry): Promise<T> {
  const deadline = Date.now() + retry.budgetMs;
  for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await write();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
    }
    await sleep(pause);
  }
}
