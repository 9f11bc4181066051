import type { Lang } from '../src/content/languages.ts';
import { assertNever } from '../src/engine/result.ts';
import { type Db, eraseFreed } from './db.ts';
import { type ApiError, apiErrors } from './errors.ts';
import type { StudentEvent } from './schemas.ts';
import { newJoinCode } from './secrets.ts';

/** How long a session lives after creation. */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;
/** How long an ended session's bare code is kept, so late students hear "ended" and the code is not reissued. */
const TOMBSTONE_MS = 2 * SESSION_TTL_MS;

/** A class session as stored (the teacher key only as its hash). */
export interface SessionRow {
  readonly id: number;
  readonly code: string;
  readonly teacherKeyHash: string;
  readonly scenario: string;
  readonly lang: Lang;
  readonly createdAt: number;
  readonly expiresAt: number;
  /** Events stored so far; the last event's `seq`. */
  readonly eventCount: number;
  /** The teacher closed the session to new students. */
  readonly locked: boolean;
}

/** A student as stored: nothing but the hash of their per-tab token. */
export interface StudentRow {
  readonly id: number;
  readonly sessionId: number;
  readonly eventCount: number;
}

/** Every read and write of session state; all of it is in the database, so a restart loses nothing. */
export interface SessionStore {
  readonly create: (input: { scenario: string; lang: Lang; teacherKeyHash: string }) => SessionRow;
  /** The session behind a code, or why there is none usable (unknown 404, ended or expired 410). */
  readonly findLive: (code: string) => { ok: true; value: SessionRow } | { ok: false; error: ApiError };
  /** Adds a student unless the session is locked or full. */
  readonly addStudent: (session: SessionRow, tokenHash: string, maxStudents: number) => 'added' | 'locked' | 'full';
  readonly setLocked: (session: SessionRow, locked: boolean) => SessionRow;
  readonly findStudent: (tokenHash: string) => StudentRow | undefined;
  /**
   * Stores one event and returns its number in the session (1, 2, …); an event whose `id` this student already
   * posted is not stored again: its first number comes back with `stored: false`.
   */
  readonly addEvent: (
    session: SessionRow,
    student: StudentRow,
    event: StudentEvent,
  ) => { readonly seq: number; readonly stored: boolean };
  /** Deletes a session and everything in it, keeping only its code as a tombstone. */
  readonly end: (session: SessionRow) => void;
  /** Deletes sessions past their expiry and forgets old tombstones; returns the codes of the deleted sessions. */
  readonly sweep: () => string[];
}

interface SessionRecord {
  id: number;
  code: string;
  teacher_key_hash: string;
  scenario: string;
  lang: Lang;
  created_at: number;
  expires_at: number;
  event_count: number;
  locked: number;
}

const toSession = (r: SessionRecord): SessionRow => ({
  id: r.id,
  code: r.code,
  teacherKeyHash: r.teacher_key_hash,
  scenario: r.scenario,
  lang: r.lang,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  eventCount: r.event_count,
  locked: r.locked === 1,
});

/** Builds the store on an open database; `now` is the clock (a fake one in tests). */
export function createSessionStore(db: Db, now: () => number): SessionStore {
  const q = {
    byCode: db.prepare<[string], SessionRecord>('SELECT * FROM sessions WHERE code = ?'),
    ended: db.prepare<[string], { code: string }>('SELECT code FROM ended_sessions WHERE code = ?'),
    insert: db.prepare(
      `INSERT INTO sessions (code, teacher_key_hash, scenario, lang, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
    ),
    countStudents: db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM students WHERE session_id = ?'),
    addStudent: db.prepare('INSERT INTO students (session_id, token_hash) VALUES (?, ?)'),
    student: db.prepare<[string], { id: number; session_id: number; event_count: number }>(
      'SELECT id, session_id, event_count FROM students WHERE token_hash = ?',
    ),
    bumpSession: db.prepare<[number], { event_count: number }>(
      'UPDATE sessions SET event_count = event_count + 1 WHERE id = ? RETURNING event_count',
    ),
    bumpStudent: db.prepare('UPDATE students SET event_count = event_count + 1 WHERE id = ?'),
    event: db.prepare(
      `INSERT INTO events (session_id, student_id, seq, client_id, kind, point, option, technique, spotted, ending,
       phase, item, answer, correct) VALUES (@session, @student, @seq, @clientId, @kind, @point, @option, @technique,
       @spotted, @ending, @phase, @item, @answer, @correct)`,
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
  };
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
    for (const s of expired) remove(s);
    q.forget.run(t);
    return expired.map((s) => s.code);
  });

  return {
    create: db.transaction(
      ({ scenario, lang, teacherKeyHash }: { scenario: string; lang: Lang; teacherKeyHash: string }) => {
        let code = newJoinCode();
        while (isTaken(code)) code = newJoinCode();
        const t = now();
        const row = q.insert.get(code, teacherKeyHash, scenario, lang, t, t + SESSION_TTL_MS) as SessionRecord;
        return toSession(row);
      },
    ),
    findLive(code) {
      const row = q.byCode.get(code);
      if (row) return row.expires_at <= now() ? { ok: false, error: apiErrors.sessionExpired } : ok(toSession(row));
      return { ok: false, error: q.ended.get(code) ? apiErrors.sessionEnded : apiErrors.unknownSession };
    },
    addStudent: db.transaction((session: SessionRow, tokenHash: string, maxStudents: number) => {
      if (q.byCode.get(session.code)?.locked === 1) return 'locked' as const;
      if ((q.countStudents.get(session.id)?.n ?? 0) >= maxStudents) return 'full' as const;
      q.addStudent.run(session.id, tokenHash);
      return 'added' as const;
    }),
    setLocked: (session, locked) => toSession(q.lock.get(bit(locked), session.id) as SessionRecord),
    findStudent(tokenHash) {
      const r = q.student.get(tokenHash);
      return r && { id: r.id, sessionId: r.session_id, eventCount: r.event_count };
    },
    addEvent: db.transaction((session: SessionRow, student: StudentRow, event: StudentEvent) => {
      const first = q.posted.get(student.id, event.id);
      if (first) return { seq: first.seq, stored: false };
      const seq = q.bumpSession.get(session.id)?.event_count ?? 0;
      q.bumpStudent.run(student.id);
      q.event.run({ ...eventColumns(event), session: session.id, student: student.id, seq, clientId: event.id });
      return { seq, stored: true };
    }),
    end: (session) => {
      db.transaction(() => remove(session))();
      eraseFreed(db);
    },
    sweep: () => {
      const codes = sweepExpired();
      if (codes.length > 0) eraseFreed(db);
      return codes;
    },
  };
}

function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

const bit = (b: boolean) => (b ? 1 : 0);

/** The event's columns; those its kind does not use stay NULL. */
function eventColumns(e: StudentEvent): Record<string, string | number | null> {
  const none = { point: null, option: null, technique: null, spotted: null, ending: null };
  const base = { ...none, phase: null, item: null, answer: null, correct: null, kind: e.kind };
  switch (e.kind) {
    case 'joined':
      return base;
    case 'choice':
      return { ...base, point: e.point, option: e.option };
    case 'flag':
      return { ...base, technique: e.technique, spotted: bit(e.spotted) };
    case 'ending':
      return { ...base, ending: e.ending };
    case 'check':
      return { ...base, phase: e.phase, item: e.item, answer: e.answer, correct: bit(e.correct) };
    default:
      return assertNever(e);
  }
}
