import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDb } from '../../server/db.ts';
import { MIGRATIONS } from '../../server/migrations.ts';
import { createTempDir } from './helpers.ts';

const temp = createTempDir();
afterAll(() => temp.remove());

describe('openDb', () => {
  it('creates the schema in WAL mode and records its version in user_version', () => {
    const db = openDb(temp.dbPath('fresh.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(['ended_sessions', 'events', 'session_summaries', 'sessions', 'students']);
    db.close();
    expect(openDb(temp.dbPath('fresh.sqlite')).pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('applies only the steps a file has not had, each with its version in one transaction', () => {
    const db = new Database(temp.dbPath('steps.sqlite'));
    migrate(db, ['CREATE TABLE a (x INTEGER)']);
    migrate(db, ['CREATE TABLE a (x INTEGER)', 'ALTER TABLE a ADD COLUMN y INTEGER']);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(() => migrate(db, ['', '', 'CREATE TABLE b (x INTEGER); SELECT nonsense FROM nowhere'])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'b'`).get()).toBeUndefined();
    db.close();
  });

  it('refuses a database written by a newer version of the service', () => {
    const db = new Database(temp.dbPath('newer.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    expect(() => openDb(temp.dbPath('newer.sqlite'))).toThrow(/schema version 99, newer than this service/);
  });
});
