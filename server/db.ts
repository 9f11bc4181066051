import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.ts';

/** An open SQLite connection (better-sqlite3). */
export type Db = Database.Database;

/**
 * Opens (or creates) the database file in WAL mode and brings its schema up to date. Throws when the file was
 * written by a newer version of the service: running old code on it could lose data.
 */
export function openDb(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // NORMAL is safe against corruption in WAL mode; a power cut may lose the last moments, a process restart nothing.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, MIGRATIONS);
  return db;
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
