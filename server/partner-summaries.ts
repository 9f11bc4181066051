import type { Dialect } from './migrations.ts';

/** A session's summary is kept this long after the session was created, then the retention sweep deletes it. */
export const SUMMARY_RETENTION_MS = 400 * 24 * 60 * 60 * 1000;

/** Who counts once: the device (a hash of the id it sent when joining), or the tab's token for one that sent none. */
const WHO = 'COALESCE(st.device_hash, CAST(st.id AS TEXT))';

/**
 * Writes the summary of every session the predicate picks (`id = ?` when a teacher ends one, `expires_at <= ?` at
 * the sweep), just before those sessions are deleted: the students reached (devices), and for the students who took
 * both checks, the sums of their before and after scores (share of items right, each student's latest answer per
 * item) and of the squared differences. Counts and sums only: no row says anything about one student. A session no
 * student joined leaves nothing. PostgreSQL locks the sessions first, so two instances sweeping at once cannot both
 * summarise one session.
 */
export function summariseSql(dialect: Dialect, predicate: 'id' | 'expired'): string {
  const param = dialect === 'postgres' ? '$1' : '?';
  const where = predicate === 'id' ? `id = ${param}` : `expires_at <= ${param}`;
  const lock = dialect === 'postgres' ? ' FOR UPDATE' : '';
  return `
  WITH target AS (SELECT id, kind, scenario, lang, created_at FROM sessions WHERE ${where}${lock}),
  answers AS (
    SELECT e.session_id AS sid, ${WHO} AS who, e.phase, e.correct,
      ROW_NUMBER() OVER (PARTITION BY e.session_id, ${WHO}, e.phase, e.item ORDER BY e.id DESC) AS latest
    FROM events e JOIN students st ON st.id = e.student_id
    WHERE e.session_id IN (SELECT id FROM target) AND e.kind = 'check'),
  scores AS (
    SELECT sid, who, phase, AVG(CAST(correct AS DOUBLE PRECISION)) AS score FROM answers WHERE latest = 1
    GROUP BY sid, who, phase),
  paired AS (
    SELECT b.sid, b.score AS b, a.score AS a FROM scores b
    JOIN scores a ON a.sid = b.sid AND a.who = b.who AND b.phase = 'before' AND a.phase = 'after'),
  agg AS (
    SELECT sid, COUNT(*) AS paired, SUM(b) AS before_sum, SUM(a) AS after_sum, SUM((a - b) * (a - b)) AS diff_sq_sum
    FROM paired GROUP BY sid),
  reach AS (
    SELECT st.session_id AS sid, COUNT(DISTINCT ${WHO}) AS students FROM students st
    WHERE st.session_id IN (SELECT id FROM target) GROUP BY st.session_id)
  INSERT INTO session_summaries (kind, scenario, lang, created_at, students, paired, before_sum, after_sum, diff_sq_sum)
  SELECT t.kind, t.scenario, t.lang, t.created_at, r.students, COALESCE(g.paired, 0), COALESCE(g.before_sum, 0),
    COALESCE(g.after_sum, 0), COALESCE(g.diff_sq_sum, 0)
  FROM target t JOIN reach r ON r.sid = t.id LEFT JOIN agg g ON g.sid = t.id`;
}

/** Deletes summaries past retention; its one parameter is the oldest creation time kept. */
export const forgetSummariesSql = (dialect: Dialect) =>
  `DELETE FROM session_summaries WHERE created_at < ${dialect === 'postgres' ? '$1' : '?'}`;

/** The minimum number of students who took both checks for a session's figures to enter the pooled change. */
export const MIN_PAIRED = 5;

/**
 * Summaries grouped by scenario and language. The pooled change counts only sessions where at least MIN_PAIRED
 * students took both checks, so no group smaller than the threshold ever shapes it (not even by difference between
 * two reads of the totals). Booster sessions count apart (their students are mostly the same class again), and only
 * those at least MIN_PAIRED students joined, for the same reason.
 */
export const SUMMARY_GROUPS_SQL = `
  SELECT scenario, lang, CAST(SUM(CASE WHEN kind = 'story' THEN 1 ELSE 0 END) AS INTEGER) AS sessions,
    CAST(SUM(CASE WHEN kind = 'story' THEN students ELSE 0 END) AS INTEGER) AS students,
    CAST(SUM(CASE WHEN kind = 'booster' AND students >= ${MIN_PAIRED} THEN 1 ELSE 0 END) AS INTEGER)
      AS booster_sessions,
    CAST(SUM(CASE WHEN kind = 'booster' AND students >= ${MIN_PAIRED} THEN students ELSE 0 END) AS INTEGER)
      AS booster_students,
    CAST(SUM(CASE WHEN paired >= ${MIN_PAIRED} THEN paired ELSE 0 END) AS INTEGER) AS paired,
    SUM(CASE WHEN paired >= ${MIN_PAIRED} THEN before_sum ELSE 0 END) AS before_sum,
    SUM(CASE WHEN paired >= ${MIN_PAIRED} THEN after_sum ELSE 0 END) AS after_sum,
    SUM(CASE WHEN paired >= ${MIN_PAIRED} THEN diff_sq_sum ELSE 0 END) AS diff_sq_sum
  FROM session_summaries GROUP BY scenario, lang ORDER BY scenario, lang`;

/** One group of summaries: sessions of one scenario in one language, with the sums the pooled change needs. */
export interface SummaryGroup {
  readonly scenario: string;
  readonly lang: string;
  readonly sessions: number;
  readonly students: number;
  /** Students who took both checks, in sessions with at least MIN_PAIRED of them. */
  readonly paired: number;
  /** Booster sessions at least MIN_PAIRED students joined, and those students (counted apart from `students`). */
  readonly boosterSessions: number;
  readonly boosterStudents: number;
  readonly beforeSum: number;
  readonly afterSum: number;
  readonly diffSqSum: number;
}

/** A group row as both databases return it (snake_case). */
export interface SummaryGroupRecord {
  scenario: string;
  lang: string;
  sessions: number;
  students: number;
  paired: number;
  booster_sessions: number;
  booster_students: number;
  before_sum: number;
  after_sum: number;
  diff_sq_sum: number;
}

export const toSummaryGroup = (r: SummaryGroupRecord): SummaryGroup => ({
  scenario: r.scenario,
  lang: r.lang,
  sessions: r.sessions,
  students: r.students,
  paired: r.paired,
  boosterSessions: r.booster_sessions,
  boosterStudents: r.booster_students,
  beforeSum: Number(r.before_sum),
  afterSum: Number(r.after_sum),
  diffSqSum: Number(r.diff_sq_sum),
});
