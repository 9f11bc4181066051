import * as v from 'valibot';
import { ANONYMITY_THRESHOLD } from './dashboard.ts';
import { SUMMARY_RETENTION_MS, type SummaryGroup } from './partner-summaries.ts';

/** The pooled before/after change: students' shares of check items right, before and after, and the paired change. */
export interface PooledChange {
  /** Students who took both checks, in sessions where at least 5 did. */
  readonly students: number;
  readonly before: number;
  readonly after: number;
  /** Mean of each student's after minus before (a share: 0.1 is 10 points), with its 95 % confidence interval. */
  readonly difference: number;
  readonly ci95: readonly [number, number];
  /** Cohen's d for paired samples (mean difference over the differences' standard deviation); null when they are all equal. */
  readonly effectSize: number | null;
}

/** Figures for a set of sessions, or (fewer than 5 students) the same fields all null. */
export type Cell =
  | {
      readonly belowThreshold: false;
      readonly sessions: number;
      readonly students: number;
      readonly change: PooledChange | null;
      /** Booster sessions a teacher ran later, counted apart (only those at least 5 students joined). */
      readonly boosterSessions: number;
      readonly boosterStudents: number;
    }
  | {
      readonly belowThreshold: true;
      readonly sessions: null;
      readonly students: null;
      readonly change: null;
      readonly boosterSessions: null;
      readonly boosterStudents: null;
    };

/** What `GET /api/v1/partner/totals` answers: aggregates only, every cell of fewer than 5 students withheld. */
export type PartnerTotals = {
  readonly threshold: number;
  readonly retentionDays: number;
  readonly total: Cell;
  readonly byLanguage: readonly ({ readonly lang: string } & Cell)[];
  readonly byScenario: readonly ({ readonly scenario: string } & Cell)[];
};

// Two-sided 95 % quantiles of Student's t for 1–30 degrees of freedom.
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The two-sided 95 % quantile of Student's t: the table up to 30 degrees of freedom, then z + (z³ + z) / 4df. */
export function t95(df: number): number {
  const exact = T95[df - 1];
  if (exact !== undefined) return exact;
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The pooled change of summed groups; null with fewer than 5 paired students. */
export function pooledChange(groups: readonly SummaryGroup[]): PooledChange | null {
  const n = groups.reduce((s, g) => s + g.paired, 0);
  if (n < ANONYMITY_THRESHOLD) return null;
  const before = groups.reduce((s, g) => s + g.beforeSum, 0) / n;
  const after = groups.reduce((s, g) => s + g.afterSum, 0) / n;
  const mean = after - before;
  const sumSq = groups.reduce((s, g) => s + g.diffSqSum, 0);
  // The sample variance of the differences from their sums; rounding can push an exact 0 slightly below.
  const variance = Math.max(0, (sumSq - n * mean * mean) / (n - 1));
  const sd = Math.sqrt(variance);
  const margin = t95(n - 1) * (sd / Math.sqrt(n));
  return {
    students: n,
    before: round(before),
    after: round(after),
    difference: round(mean),
    ci95: [round(mean - margin), round(mean + margin)],
    effectSize: sd > 1e-9 ? round(mean / sd) : null,
  };
}

const WITHHELD = {
  belowThreshold: true,
  sessions: null,
  students: null,
  change: null,
  boosterSessions: null,
  boosterStudents: null,
} as const;

function cell(groups: readonly SummaryGroup[]): Cell {
  const students = groups.reduce((s, g) => s + g.students, 0);
  if (students < ANONYMITY_THRESHOLD) return WITHHELD;
  const sum = (key: 'sessions' | 'boosterSessions' | 'boosterStudents') => groups.reduce((s, g) => s + g[key], 0);
  return {
    belowThreshold: false,
    sessions: sum('sessions'),
    students,
    change: pooledChange(groups),
    boosterSessions: sum('boosterSessions'),
    boosterStudents: sum('boosterStudents'),
  };
}

/**
 * One cell per key (language or scenario). A withheld cell could be worked out from the total minus the others when
 * it is the only one withheld, so then the smallest shown cell is withheld too.
 */
function breakdown<K extends 'lang' | 'scenario'>(
  groups: readonly SummaryGroup[],
  key: K,
): ({ [P in K]: string } & Cell)[] {
  const keys = [...new Set(groups.map((g) => g[key]))].sort();
  const cells = keys.map((k) => ({ key: k, cell: cell(groups.filter((g) => g[key] === k)) }));
  if (cells.filter((c) => c.cell.belowThreshold).length === 1) {
    const shown = cells.filter((c) => !c.cell.belowThreshold);
    const smallest = shown.sort((a, b) => (a.cell.students ?? 0) - (b.cell.students ?? 0))[0];
    if (smallest) smallest.cell = WITHHELD;
  }
  return cells.map((c) => ({ [key]: c.key, ...c.cell }) as { [P in K]: string } & Cell);
}

/** The programme's totals from the summary groups: sessions, students reached, per language and scenario, change. */
export function partnerTotals(groups: readonly SummaryGroup[]): PartnerTotals {
  return {
    threshold: ANONYMITY_THRESHOLD,
    retentionDays: SUMMARY_RETENTION_MS / (24 * 60 * 60 * 1000),
    total: cell(groups),
    byLanguage: breakdown(groups, 'lang'),
    byScenario: breakdown(groups, 'scenario'),
  };
}

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Share = v.pipe(v.number(), v.minValue(-1), v.maxValue(1));
const ChangeSchema = v.strictObject({
  students: Count,
  before: Share,
  after: Share,
  difference: Share,
  ci95: v.tuple([v.number(), v.number()]),
  effectSize: v.nullable(v.number()),
});
const CellEntries = {
  shown: {
    belowThreshold: v.literal(false),
    sessions: Count,
    students: Count,
    change: v.nullable(ChangeSchema),
    boosterSessions: Count,
    boosterStudents: Count,
  },
  withheld: {
    belowThreshold: v.literal(true),
    sessions: v.null(),
    students: v.null(),
    change: v.null(),
    boosterSessions: v.null(),
    boosterStudents: v.null(),
  },
};
const keyed = <E extends v.ObjectEntries>(extra: E) =>
  v.variant('belowThreshold', [
    v.strictObject({ ...extra, ...CellEntries.shown }),
    v.strictObject({ ...extra, ...CellEntries.withheld }),
  ]);

/**
 * The answer's schema (docs/class-sessions.md): what a partner's client can validate against, and what the tests
 * check every answer with. A withheld cell carries no number at all.
 */
export const PartnerTotalsSchema = v.strictObject({
  threshold: v.literal(ANONYMITY_THRESHOLD),
  retentionDays: Count,
  total: keyed({}),
  byLanguage: v.array(keyed({ lang: v.string() })),
  byScenario: v.array(keyed({ scenario: v.string() })),
});
