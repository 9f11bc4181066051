import type { BoosterCheckSummary, EarlierClass } from '../protocol/index.ts';
import { formatNumber } from './class-evidence.ts';
import { percent, table } from './class-table.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** What the side-by-side result needs: strings, language, the threshold, and the earlier class kept on this device. */
export interface BoosterResultOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly threshold: number;
  /** The class's before/after result as the teacher's screen showed it then, or undefined when none is kept here. */
  readonly earlier: EarlierClass | undefined;
  /** A date as the teacher's language writes it. */
  readonly date: (ms: number) => string;
}

/**
 * The rows of the side-by-side table: before, after (from the earlier class, or "not kept on this device") and the
 * booster (once shown): students, mean score out of the round's items, share right. The booster has other messages
 * than the checks (8, not 6), so the share is what compares.
 */
export function boosterRows(b: BoosterCheckSummary, o: BoosterResultOptions): string[][] {
  const t = o.t;
  const row = (label: string, students: number, mean: number, items: number) => [
    label,
    String(students),
    t('teacher.evidence.outOf', { value: formatNumber(o.lang, mean, 1), items }),
    percent(o.lang, mean, items),
  ];
  const e = o.earlier;
  const notKept = t('teacher.booster.notKept');
  const earlier = e
    ? [row(t('teacher.before'), e.done, e.before, e.items), row(t('teacher.after'), e.done, e.after, e.items)]
    : [
        [t('teacher.before'), notKept, '', ''],
        [t('teacher.after'), notKept, '', ''],
      ];
  const waiting = t('teacher.booster.waiting', {
    count: Math.max(1, o.threshold - b.done),
    threshold: o.threshold,
  });
  const booster = b.belowThreshold
    ? [t('teacher.booster.round'), waiting, '', '']
    : row(t('teacher.booster.round'), b.done, b.score, b.items);
  return [...earlier, booster];
}

/** The column heads of the side-by-side table. */
export const boosterHead = (t: Translate) => [
  t('teacher.phase'),
  t('teacher.count'),
  t('teacher.booster.mean'),
  t('teacher.booster.share'),
];

/** Where the before/after figures come from: the earlier class (date and code), or that none is kept here. */
export function boosterNote(o: BoosterResultOptions): string {
  const e = o.earlier;
  return e ? o.t('teacher.booster.note', { date: o.date(e.createdAt), code: e.code }) : o.t('teacher.booster.noteNone');
}

/** Before / after / booster side by side: a table (the waiting line in the booster's row), and where they come from. */
export function renderBoosterResult(b: BoosterCheckSummary, o: BoosterResultOptions): HTMLElement {
  return h(
    'div',
    { className: 'booster-result' },
    table(o.t('teacher.booster.caption'), boosterHead(o.t), boosterRows(b, o)),
    h('p', { className: 'evidence-note' }, boosterNote(o)),
  );
}

/** The same figures as CSV rows (section, item, answer, count), for the class report's file. */
export function boosterCsvRows(b: BoosterCheckSummary, o: BoosterResultOptions): string[][] {
  const section = o.t('teacher.booster.title');
  return [
    ...boosterRows(b, o).map(([label = '', students = '', mean = '', share = '']) => [
      section,
      label,
      mean ? `${mean} (${share})` : students,
      mean ? students : '',
    ]),
    [section, '', boosterNote(o), ''],
  ];
}
