/**
 * The schema, as numbered steps: step n brings `PRAGMA user_version` from n to n + 1. Never edit a shipped step;
 * append a new one. Plain SQL that PostgreSQL also reads, apart from the integer primary keys.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    teacher_key_hash TEXT NOT NULL,
    scenario TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    event_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX sessions_expires_at ON sessions (expires_at);

  CREATE TABLE students (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    event_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX students_session ON students (session_id);

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('joined', 'choice', 'flag', 'ending', 'check')),
    point TEXT,
    option INTEGER,
    technique TEXT,
    spotted INTEGER CHECK (spotted IN (0, 1)),
    ending TEXT,
    phase TEXT CHECK (phase IN ('before', 'after')),
    item INTEGER,
    answer TEXT CHECK (answer IN ('manipulative', 'ordinary')),
    correct INTEGER CHECK (correct IN (0, 1))
  );
  CREATE INDEX events_session_kind ON events (session_id, kind, student_id);
  CREATE INDEX events_student ON events (student_id);

  -- Ended or expired sessions leave only their code, so a late student hears "ended" (410) rather than "unknown".
  CREATE TABLE ended_sessions (
    code TEXT PRIMARY KEY,
    forget_at INTEGER NOT NULL
  );
  `,
  `
  -- Idempotent events: the id a device gives each event; the same id again is stored once (issue 19).
  ALTER TABLE events ADD COLUMN client_id TEXT;
  CREATE UNIQUE INDEX events_client_id ON events (student_id, client_id);
  -- The teacher can close a session to new students.
  ALTER TABLE sessions ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
  `,
];
