/** An item's figures, or the same fields null while too few students answered it (anonymity). */
type Gate<F> =
  | ({ readonly belowThreshold: false } & F)
  | ({ readonly belowThreshold: true } & { readonly [K in keyof F]: null });
type Counts<K extends string> = { readonly [P in K]: number };

/** The live class dashboard as the teacher screen shows it (the service's dashboard fits this shape). */
export interface DashboardData {
  readonly threshold: number;
  readonly events: number;
  readonly students: Counts<'joined' | 'started'>;
  readonly choices: readonly ({ readonly point: string } & Gate<{
    readonly answered: number;
    readonly options: readonly Counts<'option' | 'count'>[];
  }>)[];
  readonly techniques: readonly ({ readonly technique: string } & Gate<Counts<'students' | 'spotted' | 'missed'>>)[];
  readonly endings: Gate<{
    readonly answered: number;
    readonly endings: readonly ({ readonly ending: string } & Counts<'count'>)[];
  }>;
  readonly checks: {
    readonly before: Gate<Counts<'students' | 'answers' | 'correct'>>;
    readonly after: Gate<Counts<'students' | 'answers' | 'correct'>>;
  };
}
