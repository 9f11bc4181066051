import type pg from 'pg';
import { apiErrors } from './errors.ts';
import { forgetSummariesSql, SUMMARY_RETENTION_MS, summariseSql } from './partner-summaries.ts';
import type { PgPool } from './pg-db.ts';
import { newJoinCode } from './secrets.ts';
import {
  bit,
  EVENT_COLUMNS,
  eventColumns,
  type Found,
  type NewStudent,
  ok,
  SESSION_TTL_MS,
  type SessionRecord,
  type SessionStore,
  TOMBSTONE_MS,
  toSession,
} from './store.ts';

const UNIQUE_VIOLATION = '23505';
const errorCode = (error: unknown) =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

// A fresh code is taken unless it is in use or a tombstone: one statement, so two instances cannot both take it.
const CREATE = `
  INSERT INTO sessions (code, teacher_key_hash, kind, scenario, lang, created_at, expires_at)
  SELECT $1, $2, $3, $4, $5, $6, $7 WHERE NOT EXISTS (SELECT 1 FROM ended_sessions WHERE code = $1)
  ON CONFLICT (code) DO NOTHING RETURNING *`;

const eventValues = EVENT_COLUMNS.map((_, i) => `$${i + 4}`).join(', ');
/**
 * One statement stores an event, numbers it and counts it, or finds the number it got the first time. The session
 * row's lock orders concurrent events of a session; the same id posted twice at once fails the unique index and is
 * run again (`addEvent`), finding the first.
 */
const ADD_EVENT = `
  WITH prior AS (SELECT seq FROM events WHERE student_id = $2 AND client_id = $3),
  bump AS (
    UPDATE sessions SET event_count = event_count + 1 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM prior)
    RETURNING event_count),
  ins AS (
    INSERT INTO events (session_id, student_id, seq, client_id, ${EVENT_COLUMNS.join(', ')})
    SELECT $1, $2, bump.event_count, $3, ${eventValues} FROM bump RETURNING seq),
  counted AS (UPDATE students SET event_count = event_count + 1 WHERE id = $2 AND EXISTS (SELECT 1 FROM ins))
  SELECT seq, TRUE AS stored FROM ins UNION ALL SELECT seq, FALSE AS stored FROM prior`;

/** A session by its code, with the student of that session whose token hashes to $2 (NULLs when none). */
const SESSION_STUDENT = `
  SELECT s.*, st.id AS student_id, st.event_count AS student_events
  FROM sessions s LEFT JOIN students st ON st.session_id = s.id AND st.token_hash = $2
  WHERE s.code = $1`;

const END = `
  WITH gone AS (DELETE FROM sessions WHERE id = $1 RETURNING code, created_at)
  INSERT INTO ended_sessions (code, forget_at) SELECT code, created_at + $2 FROM gone
  ON CONFLICT (code) DO UPDATE SET forget_at = EXCLUDED.forget_at`;

const SWEEP = `
  WITH gone AS (DELETE FROM sessions WHERE expires_at <= $1 RETURNING code, created_at),
  kept AS (
    INSERT INTO ended_sessions (code, forget_at) SELECT code, created_at + $2 FROM gone
    ON CONFLICT (code) DO UPDATE SET forget_at = EXCLUDED.forget_at)
  SELECT code FROM gone`;

/** Runs `work` in one transaction on one connection of the pool: committed if it resolves, rolled back if it throws. */
async function inTransaction<T>(pool: PgPool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Adds a student under the session row's lock: joins to one session count their seats one at a time, everywhere. */
async function addStudent(
  pool: PgPool,
  sessionId: number,
  student: NewStudent,
  maxStudents: number,
): Promise<'added' | 'locked' | 'full'> {
  return inTransaction(pool, async (client) => {
    const s = await client.query<{ locked: number }>('SELECT locked FROM sessions WHERE id = $1 FOR UPDATE', [
      sessionId,
    ]);
    const seats = await client.query<{ n: number }>(
      'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM students WHERE session_id = $1',
      [sessionId],
    );
    // A session deleted meanwhile has no row to lock: it takes no one, like a locked one.
    const result = s.rows[0]?.locked !== 0 ? 'locked' : (seats.rows[0]?.n ?? 0) >= maxStudents ? 'full' : 'added';
    if (result === 'added') {
      await client.query('INSERT INTO students (session_id, token_hash, device_hash) VALUES ($1, $2, $3)', [
        sessionId,
        student.tokenHash,
        student.deviceHash ?? null,
      ]);
    }
    return result;
  });
}

/**
 * The store on a PostgreSQL server shared by every instance. Deleting a session cascades to its students and events
 * (foreign keys), in the same statement as its tombstone.
 */
export function createPgStore(pool: PgPool, now: () => number): SessionStore {
  const findLive: SessionStore['findLive'] = async (code) => {
    const row = (await pool.query<SessionRecord>('SELECT * FROM sessions WHERE code = $1', [code])).rows[0];
    return row ? live(row) : gone(code);
  };
  const live = (row: SessionRecord): Found =>
    row.expires_at <= now() ? { ok: false, error: apiErrors.sessionExpired } : ok(toSession(row));
  const gone = async (code: string): Promise<Found> => {
    const ended = await pool.query('SELECT 1 FROM ended_sessions WHERE code = $1', [code]);
    return { ok: false, error: ended.rowCount ? apiErrors.sessionEnded : apiErrors.unknownSession };
  };
  const addEvent: SessionStore['addEvent'] = async (session, student, event) => {
    const columns = eventColumns(event);
    const values = [session.id, student.id, event.id, ...EVENT_COLUMNS.map((c) => columns[c])];
    for (let tries = 0; ; tries++) {
      try {
        const res = await pool.query<{ seq: number; stored: boolean }>(ADD_EVENT, values);
        // No row: the session was deleted meanwhile; there is nowhere to store the event.
        return res.rows[0] ?? { seq: 0, stored: false };
      } catch (error) {
        if (errorCode(error) !== UNIQUE_VIOLATION || tries > 2) throw error;
      }
    }
  };
  return {
    async create({ kind, scenario, lang, teacherKeyHash }) {
      for (;;) {
        const t = now();
        const values = [newJoinCode(), teacherKeyHash, kind, scenario, lang, t, t + SESSION_TTL_MS];
        const row = (await pool.query<SessionRecord>(CREATE, values)).rows[0];
        if (row) return toSession(row);
      }
    },
    findLive,
    addStudent: (session, student, maxStudents) => addStudent(pool, session.id, student, maxStudents),
    async setLocked(session, locked) {
      const res = await pool.query<SessionRecord>('UPDATE sessions SET locked = $1 WHERE id = $2 RETURNING *', [
        bit(locked),
        session.id,
      ]);
      return res.rows[0] ? toSession(res.rows[0]) : { ...session, locked };
    },
    async findStudent(tokenHash) {
      const res = await pool.query<{ id: number; session_id: number; event_count: number }>(
        'SELECT id, session_id, event_count FROM students WHERE token_hash = $1',
        [tokenHash],
      );
      const r = res.rows[0];
      return r && { id: r.id, sessionId: r.session_id, eventCount: r.event_count };
    },
    async findLiveStudent(code, tokenHash) {
      type Row = SessionRecord & { student_id: number | null; student_events: number | null };
      const row = (await pool.query<Row>(SESSION_STUDENT, [code, tokenHash])).rows[0];
      if (!row) return { found: await gone(code) };
      const { student_id: id, student_events: eventCount, ...session } = row;
      const found = live(session);
      return found.ok && id !== null
        ? { found, student: { id, sessionId: row.id, eventCount: eventCount ?? 0 } }
        : { found };
    },
    addEvent,
    async end(session) {
      // The summary and the deletion commit together: a session is summarised once, never lost unsummarised.
      await inTransaction(pool, async (client) => {
        await client.query(summariseSql('postgres', 'id'), [session.id]);
        await client.query(END, [session.id, TOMBSTONE_MS]);
      });
    },
    async sweep() {
      const t = now();
      const gone = await inTransaction(pool, async (client) => {
        await client.query(summariseSql('postgres', 'expired'), [t]);
        return (await client.query<{ code: string }>(SWEEP, [t, TOMBSTONE_MS])).rows;
      });
      await pool.query('DELETE FROM ended_sessions WHERE forget_at <= $1', [t]);
      await pool.query(forgetSummariesSql('postgres'), [t - SUMMARY_RETENTION_MS]);
      return gone.map((r) => r.code);
    },
  };
}
