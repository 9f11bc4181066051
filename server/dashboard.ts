import { TECHNIQUE_IDS } from '../src/content/techniques.ts';
import type {
  BoosterCheckSummary,
  CheckItemSummary,
  CheckPhaseSummary,
  CheckRound,
  ChoicePointSummary,
  Dashboard,
  Gated,
  PairedCheckSummary,
} from '../src/protocol/index.ts';
import { pairedResult } from './paired-stats.ts';
import { CHECK_ITEMS } from './scenario-ids.ts';
import type { SessionRow } from './store.ts';

/** Figures are shown only once this many distinct students answered the item (anonymity threshold). */
export const ANONYMITY_THRESHOLD = 5;

/** Shows figures once `students` reached the threshold; otherwise the same fields, all null. */
export function gate<F extends object>(students: number, figures: F): Gated<F> {
  if (students >= ANONYMITY_THRESHOLD) return { belowThreshold: false, ...figures };
  const withheld = Object.fromEntries(Object.keys(figures).map((k) => [k, null]));
  return { belowThreshold: true, ...withheld } as Gated<F>;
}

/**
 * Who counts once towards the threshold: the device (a hash of the id it sent when joining, per session), or the
 * tab's token for a device that sent none. Five tabs on one device are one student.
 */
const WHO = 'COALESCE(s.device_hash, CAST(s.id AS TEXT))';
const byWho = 'events e JOIN students s ON s.id = e.student_id WHERE e.session_id = ? AND e.kind =';

// Each student (device) counts once per item with their latest answer (a replayed scenario replaces the earlier one).
const latest = (kind: string, item: string) =>
  `SELECT e.* FROM events e JOIN (SELECT MAX(e.id) AS id FROM ${byWho} '${kind}'
   GROUP BY ${WHO}, ${item}) last ON last.id = e.id`;

const inPhase = (phase: 'before' | 'after', value: string) =>
  `SUM(CASE WHEN l.phase = '${phase}' THEN ${value} ELSE 0 END)`;
/**
 * Each device's before and after scores (its latest answer to each item), kept only for devices that answered every
 * item of both checks. Used only inside the paired query below: these rows never leave the database.
 */
const scores = `SELECT ${inPhase('before', 'l.correct')} AS b, ${inPhase('after', 'l.correct')} AS a
    FROM (SELECT ${WHO} AS who, e.phase, e.correct FROM events e JOIN students s ON s.id = e.student_id
      JOIN (SELECT MAX(e.id) AS id FROM ${byWho} 'check' GROUP BY ${WHO}, e.phase, e.item) last ON last.id = e.id) l
    GROUP BY l.who
    HAVING ${inPhase('before', '1')} = ${CHECK_ITEMS.before} AND ${inPhase('after', '1')} = ${CHECK_ITEMS.after}`;

/** Each device's booster score (its latest answer to each item), for devices that sorted every booster message. */
const boosterScores = `SELECT SUM(l.correct) AS score
    FROM (SELECT ${WHO} AS who, e.correct FROM events e JOIN students s ON s.id = e.student_id
      JOIN (SELECT MAX(e.id) AS id FROM ${byWho} 'check' AND e.phase = 'booster' GROUP BY ${WHO}, e.item) last
      ON last.id = e.id) l
    GROUP BY l.who HAVING COUNT(*) = ${CHECK_ITEMS.booster}`;

// CAST: PostgreSQL counts in 64 bits, which its client returns as text; SQLite's integers are unchanged.
const count = (what: string) => `CAST(COUNT(${what}) AS INTEGER)`;

/** The dashboard's queries, each with one parameter (`?`, the session id), in SQL both databases read. */
export const DASHBOARD_SQL = {
  joined: `SELECT ${count('*')} AS n FROM students WHERE session_id = ?`,
  started: `SELECT ${count(`DISTINCT ${WHO}`)} AS n FROM ${byWho} 'joined'`,
  choices: `SELECT point, option, ${count('*')} AS n FROM (${latest('choice', 'e.point')}) l GROUP BY point, option
    ORDER BY point, option`,
  flags: `SELECT technique, ${count(`DISTINCT ${WHO}`)} AS students, CAST(SUM(spotted) AS INTEGER) AS spotted,
    CAST(SUM(1 - spotted) AS INTEGER) AS missed FROM ${byWho} 'flag' GROUP BY technique`,
  endings: `SELECT ending, ${count('*')} AS n FROM (${latest('ending', 'e.kind')}) l GROUP BY ending
    ORDER BY n DESC, ending`,
  checks: `SELECT phase, item, answer, correct, ${count('*')} AS n FROM (${latest('check', 'e.phase, e.item')}) l
    GROUP BY phase, item, answer, correct ORDER BY phase DESC, item`,
  paired: `SELECT ${count('*')} AS n, CAST(SUM(b) AS INTEGER) AS sum_before, CAST(SUM(a) AS INTEGER) AS sum_after,
    CAST(SUM(a - b) AS INTEGER) AS sum_diff, CAST(SUM((a - b) * (a - b)) AS INTEGER) AS sum_diff_squared
    FROM (${scores}) pairs`,
  booster: `SELECT ${count('*')} AS n, CAST(SUM(score) AS INTEGER) AS sum_score FROM (${boosterScores}) scores`,
  phases: `SELECT phase, ${count(`DISTINCT ${WHO}`)} AS students FROM ${byWho} 'check' GROUP BY phase`,
} as const;

type Counted<T> = T & { n: number };

/** Runs one dashboard query for a session: its rows. */
export type RunDashboardQuery = <T>(sql: string, sessionId: number) => Promise<T[]>;

/** Computes a session's dashboard from the database (a few grouped queries; no per-student rows leave it). */
export function createSqlDashboardReader(all: RunDashboardQuery): (session: SessionRow) => Promise<Dashboard> {
  const q = DASHBOARD_SQL;
  return async (s) => {
    const [joined, started, choices, flags, endings, checkRows, phases, paired, booster] = await Promise.all([
      all<{ n: number }>(q.joined, s.id),
      all<{ n: number }>(q.started, s.id),
      all<Counted<{ point: string; option: number }>>(q.choices, s.id),
      all<{ technique: string; students: number; spotted: number; missed: number }>(q.flags, s.id),
      all<Counted<{ ending: string }>>(q.endings, s.id),
      all<CheckRow>(q.checks, s.id),
      all<{ phase: CheckRound; students: number }>(q.phases, s.id),
      all<PairedRow>(q.paired, s.id),
      all<{ n: number; sum_score: number | null }>(q.booster, s.id),
    ]);
    const answered = endings.reduce((sum, r) => sum + r.n, 0);
    const phaseStudents = new Map(phases.map((r) => [r.phase, r.students]));
    return {
      session: {
        code: s.code,
        kind: s.kind,
        scenario: s.scenario,
        lang: s.lang,
        createdAt: s.createdAt,
        expiresAt: s.expiresAt,
        locked: s.locked,
      },
      threshold: ANONYMITY_THRESHOLD,
      events: s.eventCount,
      students: { joined: joined[0]?.n ?? 0, started: started[0]?.n ?? 0 },
      choices: choicePoints(choices),
      techniques: flags
        .filter((r) => r.students >= ANONYMITY_THRESHOLD)
        .sort((a, b) => techniqueOrder(a.technique) - techniqueOrder(b.technique))
        .map(({ technique, students, spotted, missed }) => ({
          technique,
          ...gate(students, { students, spotted, missed }),
        })),
      endings: gate(answered, { answered, endings: endings.map((r) => ({ ending: r.ending, count: r.n })) }),
      checks: {
        before: phaseSummary(checkRows, 'before', phaseStudents.get('before') ?? 0),
        after: phaseSummary(checkRows, 'after', phaseStudents.get('after') ?? 0),
        paired: pairedSummary(paired[0]),
        booster: boosterSummary(booster[0]),
        items: checkItems(checkRows).filter((i) => !i.belowThreshold),
      },
    };
  };
}

interface PairedRow {
  n: number;
  sum_before: number | null;
  sum_after: number | null;
  sum_diff: number | null;
  sum_diff_squared: number | null;
}

/** The before/after result, once the threshold of students did both checks (gated like every other figure). */
function pairedSummary(row: PairedRow | undefined): PairedCheckSummary {
  const done = row?.n ?? 0;
  const result =
    row && done >= ANONYMITY_THRESHOLD
      ? pairedResult({
          n: done,
          sumBefore: row.sum_before ?? 0,
          sumAfter: row.sum_after ?? 0,
          sumDiff: row.sum_diff ?? 0,
          sumDiffSquared: row.sum_diff_squared ?? 0,
        })
      : undefined;
  const withheld = { before: 0, after: 0, difference: 0, low: 0, high: 0, effect: null };
  const { before, after, difference, low, high, effect } = result ?? withheld;
  const figures = { before, after, difference, low, high, effect };
  // Both checks have the same number of items (test/content/checks.test.ts), so one `items` scales both scores.
  return { done, items: CHECK_ITEMS.before, ...gate(result ? done : 0, figures) };
}

/** The booster round's mean score, once the threshold of students sorted every booster message. */
function boosterSummary(row: { n: number; sum_score: number | null } | undefined): BoosterCheckSummary {
  const done = row?.n ?? 0;
  return { done, items: CHECK_ITEMS.booster, ...gate(done, { score: done > 0 ? (row?.sum_score ?? 0) / done : 0 }) };
}

const techniqueOrder = (id: string) => (TECHNIQUE_IDS as readonly string[]).indexOf(id);

function choicePoints(rows: readonly Counted<{ point: string; option: number }>[]): ChoicePointSummary[] {
  const byPoint = new Map<string, { option: number; count: number }[]>();
  for (const r of rows) {
    const options = byPoint.get(r.point) ?? [];
    options.push({ option: r.option, count: r.n });
    byPoint.set(r.point, options);
  }
  const summaries = [...byPoint].map(([point, options]): ChoicePointSummary => {
    const answered = options.reduce((sum, o) => sum + o.count, 0);
    return { point, ...gate(answered, { answered, options }) };
  });
  // A point fewer than the threshold reached is not listed at all: its mere existence would tell a branch apart.
  return summaries.filter((p) => !p.belowThreshold);
}

type CheckRow = Counted<{ phase: CheckRound; item: number; answer: string; correct: number }>;

function checkItems(rows: readonly CheckRow[]): CheckItemSummary[] {
  const items = new Map<string, { phase: CheckRound; item: number; figures: number[] }>();
  for (const r of rows) {
    const key = `${r.phase}#${r.item}`;
    const entry = items.get(key) ?? { phase: r.phase, item: r.item, figures: [0, 0, 0, 0] };
    const [answered = 0, correct = 0, manipulative = 0, ordinary = 0] = entry.figures;
    const isManipulative = r.answer === 'manipulative';
    entry.figures = [
      answered + r.n,
      correct + r.correct * r.n,
      manipulative + (isManipulative ? r.n : 0),
      ordinary + (isManipulative ? 0 : r.n),
    ];
    items.set(key, entry);
  }
  return [...items.values()].map(
    ({ phase, item, figures: [answered = 0, correct = 0, manipulative = 0, ordinary = 0] }) => ({
      phase,
      item,
      ...gate(answered, { answered, correct, manipulative, ordinary }),
    }),
  );
}

/**
 * A phase's totals count only the items shown: a total that included a withheld item would reveal it by subtraction.
 */
function phaseSummary(rows: readonly CheckRow[], phase: 'before' | 'after', students: number): CheckPhaseSummary {
  const shown = new Set(
    checkItems(rows)
      .filter((i) => !i.belowThreshold)
      .map((i) => `${i.phase}#${i.item}`),
  );
  const mine = rows.filter((r) => r.phase === phase && shown.has(`${r.phase}#${r.item}`));
  const answers = mine.reduce((sum, r) => sum + r.n, 0);
  const correct = mine.reduce((sum, r) => sum + r.correct * r.n, 0);
  return gate(students, { students, answers, correct });
}
