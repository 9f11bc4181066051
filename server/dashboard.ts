import { TECHNIQUE_IDS } from '../src/content/techniques.ts';
import type {
  CheckItemSummary,
  CheckPhaseSummary,
  ChoicePointSummary,
  Dashboard,
  Gated,
} from '../src/protocol/index.ts';
import type { Db } from './db.ts';
import type { SessionRow } from './store.ts';

/** Figures are shown only once this many distinct students answered the item (anonymity threshold). */
export const ANONYMITY_THRESHOLD = 5;

/** Shows figures once `students` reached the threshold; otherwise the same fields, all null. */
export function gate<F extends object>(students: number, figures: F): Gated<F> {
  if (students >= ANONYMITY_THRESHOLD) return { belowThreshold: false, ...figures };
  const withheld = Object.fromEntries(Object.keys(figures).map((k) => [k, null]));
  return { belowThreshold: true, ...withheld } as Gated<F>;
}

// Each student counts once per item with their latest answer (a replayed scenario replaces the earlier choice).
const latest = (kind: string, item: string) =>
  `SELECT e.* FROM events e JOIN (SELECT MAX(id) AS id FROM events WHERE session_id = ? AND kind = '${kind}'
   GROUP BY student_id, ${item}) last ON last.id = e.id`;

type Counted<T> = T & { n: number };

/** Computes a session's dashboard from the database (a few grouped queries; no per-student rows leave it). */
export function createDashboardReader(db: Db): (session: SessionRow) => Dashboard {
  const q = {
    joined: db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM students WHERE session_id = ?'),
    started: db.prepare<[number], { n: number }>(
      `SELECT COUNT(DISTINCT student_id) AS n FROM events WHERE session_id = ? AND kind = 'joined'`,
    ),
    choices: db.prepare<[number], Counted<{ point: string; option: number }>>(
      `SELECT point, option, COUNT(*) AS n FROM (${latest('choice', 'point')}) GROUP BY point, option
       ORDER BY point, option`,
    ),
    flags: db.prepare<[number], { technique: string; students: number; spotted: number; missed: number }>(
      `SELECT technique, COUNT(DISTINCT student_id) AS students, SUM(spotted) AS spotted, SUM(1 - spotted) AS missed
       FROM events WHERE session_id = ? AND kind = 'flag' GROUP BY technique`,
    ),
    endings: db.prepare<[number], Counted<{ ending: string }>>(
      `SELECT ending, COUNT(*) AS n FROM (${latest('ending', 'kind')}) GROUP BY ending ORDER BY n DESC, ending`,
    ),
    checks: db.prepare<[number], Counted<{ phase: 'before' | 'after'; item: number; answer: string; correct: number }>>(
      `SELECT phase, item, answer, correct, COUNT(*) AS n FROM (${latest('check', 'phase, item')})
       GROUP BY phase, item, answer, correct ORDER BY phase DESC, item`,
    ),
    phases: db.prepare<[number], { phase: 'before' | 'after'; students: number }>(
      `SELECT phase, COUNT(DISTINCT student_id) AS students FROM events WHERE session_id = ? AND kind = 'check'
       GROUP BY phase`,
    ),
  };

  return (s) => {
    const endings = q.endings.all(s.id);
    const answered = endings.reduce((sum, r) => sum + r.n, 0);
    const checkRows = q.checks.all(s.id);
    const phaseStudents = new Map(q.phases.all(s.id).map((r) => [r.phase, r.students]));
    return {
      session: {
        code: s.code,
        scenario: s.scenario,
        lang: s.lang,
        createdAt: s.createdAt,
        expiresAt: s.expiresAt,
        locked: s.locked,
      },
      threshold: ANONYMITY_THRESHOLD,
      events: s.eventCount,
      students: { joined: q.joined.get(s.id)?.n ?? 0, started: q.started.get(s.id)?.n ?? 0 },
      choices: choicePoints(q.choices.all(s.id)),
      techniques: q.flags
        .all(s.id)
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
        items: checkItems(checkRows).filter((i) => !i.belowThreshold),
      },
    };
  };
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

type CheckRow = Counted<{ phase: 'before' | 'after'; item: number; answer: string; correct: number }>;

function checkItems(rows: readonly CheckRow[]): CheckItemSummary[] {
  const items = new Map<string, { phase: 'before' | 'after'; item: number; figures: number[] }>();
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
