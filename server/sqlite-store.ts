import { createSqlDashboardReader } from './dashboard.ts';
import { type Db, eraseFreed, openDb } from './db.ts';
import { apiErrors } from './errors.ts';
import {
  forgetSummariesSql,
  SUMMARY_GROUPS_SQL,
  SUMMARY_RETENTION_MS,
  type SummaryGroupRecord,
  summariseSql,
  toSummaryGroup,
} from './partner-summaries.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { newJoinCode } from './secrets.ts';
import {
  type Backend,
  bit,
  EVENT_COLUMNS,
  eventColumns,
  type Found,
  type NewSession,
  type NewsBus,
  ok,
  SESSION_TTL_MS,
  type SessionNews,
  type SessionRecord,
  type SessionRow,
  type SessionStore,
  type StudentRow,
  TOMBSTONE_MS,
  toSession,
} from './store.ts';

function prepare(db: Db) {
  return {
    byCode: db.prepare<[string], SessionRecord>('SELECT * FROM sessions WHERE code = ?'),
    ended: db.prepare<[string], { code: string }>('SELECT code FROM ended_sessions WHERE code = ?'),
    insert: db.prepare(
      `INSERT INTO sessions (code, teacher_key_hash, kind, scenario, lang, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    ),
    countStudents: db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM students WHERE session_id = ?'),
    addStudent: db.prepare('INSERT INTO students (session_id, token_hash, device_hash) VALUES (?, ?, ?)'),
    student: db.prepare<[string], { id: number; session_id: number; event_count: number }>(
      'SELECT id, session_id, event_count FROM students WHERE token_hash = ?',
    ),
    bumpSession: db.prepare<[number], { event_count: number }>(
      'UPDATE sessions SET event_count = event_count + 1 WHERE id = ? RETURNING event_count',
    ),
    bumpStudent: db.prepare('UPDATE students SET event_count = event_count + 1 WHERE id = ?'),
    event: db.prepare(
      `INSERT INTO events (session_id, student_id, seq, client_id, ${EVENT_COLUMNS.join(', ')})
       VALUES (@session, @student, @seq, @clientId, ${EVENT_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    ),
    posted: db.prepare<[number, string], { seq: number }>(
      'SELECT seq FROM events WHERE student_id = ? AND client_id = ?',
    ),
    lock: db.prepare<[number, number], SessionRecord>('UPDATE sessions SET locked = ? WHERE id = ? RETURNING *'),
    expired: db.prepare<[number], SessionRecord>('SELECT * FROM sessions WHERE expires_at <= ?'),
    tombstone: db.prepare('INSERT OR REPLACE INTO ended_sessions (code, forget_at) VALUES (?, ?)'),
    forget: db.prepare('DELETE FROM ended_sessions WHERE forget_at <= ?'),
    deleteEvents: db.prepare('DELETE FROM events WHERE session_id = ?'),
    deleteStudents: db.prepare('DELETE FROM students WHERE session_id = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    summariseOne: db.prepare(summariseSql('sqlite', 'id')),
    summariseExpired: db.prepare(summariseSql('sqlite', 'expired')),
    forgetSummaries: db.prepare(forgetSummariesSql('sqlite')),
  };
}

/**
 * The store on an open SQLite database; `now` is the clock (a fake one in tests). better-sqlite3 is synchronous:
 * each method runs to completion (in one transaction where it writes several rows) before its promise resolves.
 */
export function createSqliteStore(db: Db, now: () => number): SessionStore {
  const q = prepare(db);
  const isTaken = (code: string) => q.byCode.get(code) !== undefined || q.ended.get(code) !== undefined;
  const remove = (s: SessionRow) => {
    q.deleteEvents.run(s.id);
    q.deleteStudents.run(s.id);
    q.deleteSession.run(s.id);
    q.tombstone.run(s.code, s.createdAt + TOMBSTONE_MS);
  };
  const sweepExpired = db.transaction(() => {
    const t = now();
    const expired = q.expired.all(t).map(toSession);
    q.summariseExpired.run(t);
    for (const s of expired) remove(s);
    q.forget.run(t);
    q.forgetSummaries.run(t - SUMMARY_RETENTION_MS);
    return expired.map((s) => s.code);
  });
  const create = db.transaction(({ kind, scenario, lang, teacherKeyHash }: NewSession) => {
    let code = newJoinCode();
    while (isTaken(code)) code = newJoinCode();
    const t = now();
    const row = q.insert.get(code, teacherKeyHash, kind, scenario, lang, t, t + SESSION_TTL_MS) as SessionRecord;
    return toSession(row);
  });
  const addStudent = db.transaction(
    (session: SessionRow, student: { tokenHash: string; deviceHash: string | undefined }, maxStudents: number) => {
      if (q.byCode.get(session.code)?.locked === 1) return 'locked' as const;
      if ((q.countStudents.get(session.id)?.n ?? 0) >= maxStudents) return 'full' as const;
      q.addStudent.run(session.id, student.tokenHash, student.deviceHash ?? null);
      return 'added' as const;
    },
  );
  const addEvent = db.transaction(
    (session: SessionRow, student: { id: number }, event: Parameters<SessionStore['addEvent']>[2]) => {
      const first = q.posted.get(student.id, event.id);
      if (first) return { seq: first.seq, stored: false };
      const seq = q.bumpSession.get(session.id)?.event_count ?? 0;
      q.bumpStudent.run(student.id);
      q.event.run({ ...eventColumns(event), session: session.id, student: student.id, seq, clientId: event.id });
      return { seq, stored: true };
    },
  );

  const findLive = (code: string): Found => {
    const row = q.byCode.get(code);
    if (row) return row.expires_at <= now() ? { ok: false, error: apiErrors.sessionExpired } : ok(toSession(row));
    return { ok: false, error: q.ended.get(code) ? apiErrors.sessionEnded : apiErrors.unknownSession };
  };
  const findStudent = (tokenHash: string): StudentRow | undefined => {
    const r = q.student.get(tokenHash);
    return r && { id: r.id, sessionId: r.session_id, eventCount: r.event_count };
  };

  return {
    create: async (input) => create(input),
    findLive: async (code) => findLive(code),
    addStudent: async (session, student, maxStudents) => addStudent(session, student, maxStudents),
    setLocked: async (session, locked) => toSession(q.lock.get(bit(locked), session.id) as SessionRecord),
    findStudent: async (tokenHash) => findStudent(tokenHash),
    async findLiveStudent(code, tokenHash) {
      const found = findLive(code);
      const student = found.ok ? findStudent(tokenHash) : undefined;
      return found.ok && student?.sessionId === found.value.id ? { found, student } : { found };
    },
    addEvent: async (session, student, event) => addEvent(session, student, event),
    async end(session) {
      db.transaction(() => {
        q.summariseOne.run(session.id);
        remove(session);
      })();
      eraseFreed(db);
    },
    async sweep() {
      const codes = sweepExpired();
      if (codes.length > 0) eraseFreed(db);
      return codes;
    },
  };
}

/** One process, one file: news goes straight back to this instance's listener. */
function createLocalNews(): NewsBus {
  let listener: (news: SessionNews) => void = () => {};
  return {
    publish: (news) => listener(news),
    listen: async (onNews) => {
      listener = onNews;
    },
  };
}

/** The embedded default: a SQLite file (created and migrated), rate limits in this process's memory. */
export function openSqliteBackend(path: string, now: () => number): Backend {
  const db = openDb(path);
  const dashboards = new Map<string, ReturnType<Db['prepare']>>();
  const all = async <T>(sql: string, sessionId: number): Promise<T[]> => {
    const statement = dashboards.get(sql) ?? db.prepare(sql);
    dashboards.set(sql, statement);
    return statement.all(sessionId) as T[];
  };
  const groups = db.prepare<[], SummaryGroupRecord>(SUMMARY_GROUPS_SQL);
  return {
    kind: 'sqlite',
    store: createSqliteStore(db, now),
    readDashboard: createSqlDashboardReader(all),
    readSummaryGroups: async () => groups.all().map(toSummaryGroup),
    rateLimiter: (_name, limit) => createRateLimiter(limit, now),
    news: createLocalNews(),
    close: async () => {
      db.close();
    },
  };
}
