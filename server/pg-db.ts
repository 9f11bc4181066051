import pg from 'pg';
import { MIGRATIONS } from './migrations.ts';

/** A pool of PostgreSQL connections. */
export type PgPool = pg.Pool;

// 64-bit integers (times in ms, counts) come back as numbers: every one the service keeps is far below 2^53.
const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Any number that both migrating instances agree on: the advisory lock that makes them migrate one at a time. */
const MIGRATION_LOCK = 170_017;

/**
 * Connects to the server at `url` and brings its schema up to date (several instances starting together migrate
 * one after the other). Throws when the server cannot be reached, or when its schema is newer than this service.
 */
export async function openPgPool(url: string, size = 20): Promise<PgPool> {
  // A request waits at most 10 s for a connection (a server that is down refuses at once; a saturated pool queues).
  const pool = new pg.Pool({ connectionString: url, max: size, connectionTimeoutMillis: 10_000, types });
  // An idle connection the server closed (a restart) must not end the process: the pool opens another when needed.
  pool.on('error', () => {});
  try {
    await migratePg(
      pool,
      MIGRATIONS.map((step) => step.postgres),
    );
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

/** Applies the steps the database has not had yet, each in one transaction together with its new version. */
export async function migratePg(pool: PgPool, steps: readonly string[]): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    await client.query('INSERT INTO schema_version SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)');
    const version = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows[0]?.version;
    if (version === undefined) throw new Error('schema_version has no row');
    if (version > steps.length) {
      throw new Error(`The database is at schema version ${version}, newer than this service (${steps.length}).`);
    }
    for (let n = version; n < steps.length; n++) {
      await client.query('BEGIN');
      try {
        await client.query(steps[n] ?? '');
        await client.query('UPDATE schema_version SET version = $1', [n + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return steps.length;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
