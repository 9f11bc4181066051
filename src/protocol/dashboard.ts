import type { CheckRound } from './check-item.ts';

/** The class dashboard as the service sends it and the teacher's screen shows it (docs/class-sessions.md). */

/** A class session plays a story (with the check before and after), or only the booster round, weeks later. */
export type SessionKind = 'story' | 'booster';

/** An item whose figures are withheld: fewer than the threshold of students answered it. */
type Withheld<F> = { readonly belowThreshold: true } & { readonly [K in keyof F]: null };
/** An item's figures, or the same fields all null while below the threshold. */
export type Gated<F> = ({ readonly belowThreshold: false } & F) | Withheld<F>;

/** How many students took each option at one choice point (each student counted once, latest answer). */
export type ChoicePointSummary = { readonly point: string } & Gated<{
  readonly answered: number;
  readonly options: readonly { readonly option: number; readonly count: number }[];
}>;

/** How often a technique's red flags were spotted or missed (occurrences), and by how many students. */
export type TechniqueSummary = { readonly technique: string } & Gated<{
  readonly students: number;
  readonly spotted: number;
  readonly missed: number;
}>;

/** Which endings students reached (each student counted once, latest ending). */
export type EndingsSummary = Gated<{
  readonly answered: number;
  readonly endings: readonly { readonly ending: string; readonly count: number }[];
}>;

/** One before/after check item: how students sorted it and how many were right. */
export type CheckItemSummary = { readonly phase: CheckRound; readonly item: number } & Gated<{
  readonly answered: number;
  readonly correct: number;
  readonly manipulative: number;
  readonly ordinary: number;
}>;

/** One check phase in total: answers given and answers right, across its items. */
export type CheckPhaseSummary = Gated<{
  readonly students: number;
  readonly answers: number;
  readonly correct: number;
}>;

/**
 * The class's before/after result over the students (devices) who did every item of both checks: mean scores (out
 * of `items`), the mean paired change (after − before) with its 95 % confidence interval (Student t, df = n − 1), and
 * Cohen's d for paired samples (`effect`, null when every student changed by the same amount: no spread). Computed
 * from sums in the database; no student's own score ever leaves it. Every figure is null until `done` reaches the
 * threshold.
 */
export type PairedCheckSummary = {
  /** How many students did both checks: a count like `joined`, shown from the start (the wait is "n more"). */
  readonly done: number;
  /** Items in each check: the scores are out of this. */
  readonly items: number;
} & Gated<{
  readonly before: number;
  readonly after: number;
  readonly difference: number;
  readonly low: number;
  readonly high: number;
  readonly effect: number | null;
}>;

/**
 * The class's booster round: the mean score (out of `items`) of the students (devices) who sorted every booster
 * message, once `done` reaches the threshold. A sum in the database; no student's own score leaves it.
 */
export type BoosterCheckSummary = {
  readonly done: number;
  readonly items: number;
} & Gated<{ readonly score: number }>;

/** What the teacher's dashboard shows: class-level counts only, never one student's answers. */
export interface Dashboard {
  readonly session: {
    readonly code: string;
    readonly kind: SessionKind;
    /** The story; for a booster session, the story of the class it follows (its programme totals group by it). */
    readonly scenario: string;
    /** One of the game's languages (the service checks it against src/content/languages.ts). */
    readonly lang: string;
    readonly createdAt: number;
    readonly expiresAt: number;
    /** The teacher closed the session to new students. */
    readonly locked: boolean;
  };
  readonly threshold: number;
  /** Events stored in the session; the `seq` of the latest. */
  readonly events: number;
  /** Tokens issued (joined) and students who reported starting the scenario (`joined` event). */
  readonly students: { readonly joined: number; readonly started: number };
  readonly choices: readonly ChoicePointSummary[];
  readonly techniques: readonly TechniqueSummary[];
  readonly endings: EndingsSummary;
  readonly checks: {
    readonly before: CheckPhaseSummary;
    readonly after: CheckPhaseSummary;
    /** Before and after, paired: shown once `threshold` students did both checks. */
    readonly paired: PairedCheckSummary;
    /** The booster round (a booster session only; in a story session, `done` stays 0). */
    readonly booster: BoosterCheckSummary;
    readonly items: readonly CheckItemSummary[];
  };
}

/** What the live dashboard stream reports: a fresh dashboard, the session's end, or the stream's state. */
export type DashboardUpdate<D = Dashboard> =
  | { readonly kind: 'dashboard'; readonly dashboard: D }
  | { readonly kind: 'ended' }
  | { readonly kind: 'reconnecting' }
  | { readonly kind: 'closed' };
