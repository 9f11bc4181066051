/** One schema step, in each dialect: the same tables and columns, written as each database reads them. */
export interface MigrationStep {
  readonly sqlite: string;
  readonly postgres: string;
}

/** The dialect a statement is for. */
export type Dialect = keyof MigrationStep;

// Step 1's tables, with the integer primary key and the 64-bit time (ms) each dialect spells differently.
const firstTables = (key: string, time: string) => `
  CREATE TABLE sessions (
    id ${key},
    code TEXT NOT NULL UNIQUE,
    teacher_key_hash TEXT NOT NULL,
    scenario TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at ${time} NOT NULL,
    expires_at ${time} NOT NULL,
    event_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX sessions_expires_at ON sessions (expires_at);

  CREATE TABLE students (
    id ${key},
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    event_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX students_session ON students (session_id);

  CREATE TABLE events (
    id ${key},
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
    forget_at ${time} NOT NULL
  );
`;

const secondStep = `
  -- Idempotent events: the id a device gives each event; the same id again is stored once (issue 19).
  ALTER TABLE events ADD COLUMN client_id TEXT;
  CREATE UNIQUE INDEX events_client_id ON events (student_id, client_id);
  -- The teacher can close a session to new students.
  ALTER TABLE sessions ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
`;

const deviceColumn = `
  -- The threshold counts devices, not tabs: a hash of the id a device sends when it joins (issue 17).
  ALTER TABLE students ADD COLUMN device_hash TEXT;
`;

// Step 4 (the class evidence needed no schema change). What a session leaves when it ends or expires (issue 17):
// counts and sums only (server/partner-summaries.ts), so a programme's totals outlive the 24-hour sessions; kept 400 days.
const summaries = (key: string, time: string) => `
  CREATE TABLE session_summaries (
    id ${key},
    scenario TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at ${time} NOT NULL,
    students INTEGER NOT NULL,
    paired INTEGER NOT NULL,
    before_sum DOUBLE PRECISION NOT NULL,
    after_sum DOUBLE PRECISION NOT NULL,
    diff_sq_sum DOUBLE PRECISION NOT NULL
  );
  CREATE INDEX session_summaries_created_at ON session_summaries (created_at);
`;

// Step 5: teacher-run booster sessions (issue 17). A session is a story session or a booster round a week or more
// later; booster answers are `check` events of phase 'booster'; a summary keeps its kind, so a programme counts
// boosters apart. Events' CHECK on phase must widen: PostgreSQL swaps the constraint, SQLite (which cannot alter a
// CHECK) rebuilds the table. Nothing references `events`, so dropping the old table inside the step is safe.
const sessionKind = `
  ALTER TABLE sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'story' CHECK (kind IN ('story', 'booster'));
  ALTER TABLE session_summaries ADD COLUMN kind TEXT NOT NULL DEFAULT 'story' CHECK (kind IN ('story', 'booster'));
`;

const boosterEvents = {
  sqlite: `${sessionKind}
  CREATE TABLE events_v5 (
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
    phase TEXT CHECK (phase IN ('before', 'after', 'booster')),
    item INTEGER,
    answer TEXT CHECK (answer IN ('manipulative', 'ordinary')),
    correct INTEGER CHECK (correct IN (0, 1)),
    client_id TEXT
  );
  INSERT INTO events_v5 (id, session_id, student_id, seq, kind, point, option, technique, spotted, ending, phase, item,
    answer, correct, client_id)
  SELECT id, session_id, student_id, seq, kind, point, option, technique, spotted, ending, phase, item, answer, correct,
    client_id FROM events;
  DROP TABLE events;
  ALTER TABLE events_v5 RENAME TO events;
  CREATE INDEX events_session_kind ON events (session_id, kind, student_id);
  CREATE INDEX events_student ON events (student_id);
  CREATE UNIQUE INDEX events_client_id ON events (student_id, client_id);
`,
  postgres: `${sessionKind}
  ALTER TABLE events DROP CONSTRAINT events_phase_check;
  ALTER TABLE events ADD CONSTRAINT events_phase_check CHECK (phase IN ('before', 'after', 'booster'));
`,
};

/**
 * The schema, as numbered steps: step n brings the schema version from n to n + 1 (SQLite's `PRAGMA user_version`,
 * PostgreSQL's `schema_version` table). Never edit a shipped step; append a new one, in both dialects. SQLite's
 * INTEGER holds 64 bits (PostgreSQL's BIGINT); its `INTEGER PRIMARY KEY` is PostgreSQL's identity column.
 */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    sqlite: firstTables('INTEGER PRIMARY KEY', 'INTEGER'),
    postgres: firstTables('INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY', 'BIGINT'),
  },
  { sqlite: secondStep, postgres: secondStep },
  {
    sqlite: deviceColumn,
    // Rate limits live in memory with SQLite (one process); with PostgreSQL, instances share them here.
    postgres: `${deviceColumn}
  CREATE TABLE rate_buckets (
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    tokens DOUBLE PRECISION NOT NULL,
    at BIGINT NOT NULL,
    allowed BOOLEAN NOT NULL,
    PRIMARY KEY (bucket, key)
  );
`,
  },
  {
    sqlite: summaries('INTEGER PRIMARY KEY', 'INTEGER'),
    postgres: summaries('INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY', 'BIGINT'),
  },
  boosterEvents,
];
