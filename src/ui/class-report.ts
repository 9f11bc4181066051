import type { EarlierClass } from '../protocol/index.ts';
import { type BoosterResultOptions, boosterCsvRows, renderBoosterResult } from './class-booster.ts';
import { evidenceFigures, evidenceWaiting, renderEvidence } from './class-evidence.ts';
import { percent, table } from './class-table.ts';
import type { DashboardData } from './dashboard-data.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** How the report names a scenario's choice points, options, techniques and endings, in the teacher's language. */
export interface ReportNames {
  choice(point: string, fallback: number): string;
  option(point: string, option: number): string;
  technique(id: string): string;
  ending(id: string): string;
}

/** What the report says about the session itself: the story's title and the date, in the teacher's language. */
export interface ReportHeading {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly story: string;
  readonly date: string;
}

/** A booster session's report: the earlier class kept on this device (if any) and how dates are written. */
export interface ReportBooster {
  readonly earlier: EarlierClass | undefined;
  readonly date: (ms: number) => string;
}

const boosterOptions = (d: DashboardData, t: Translate, lang: string, b: ReportBooster): BoosterResultOptions => ({
  t,
  lang,
  threshold: d.threshold,
  ...b,
});

/** Each shown technique's share of red flags caught (occurrences: every red-flagged message met). */
function caughtRows(d: DashboardData, names: ReportNames, t: Translate, lang: string): string[][] {
  return d.techniques.flatMap((x) => {
    if (x.belowThreshold) return [];
    const total = x.spotted + x.missed;
    return [
      [names.technique(x.technique), t('teacher.report.caughtOf', { percent: percent(lang, x.spotted, total), total })],
    ];
  });
}

/** One CSV cell: quoted, quotes doubled, and a leading =, +, - or @ neutralised (spreadsheets would run it). */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The session's aggregates as CSV rows: only figures the dashboard already shows (nothing below the anonymity
 * threshold, no student, no time, no per-student answer). A booster session's rows are before / after / booster.
 */
export function reportRows(
  d: DashboardData,
  names: ReportNames,
  t: Translate,
  heading: ReportHeading,
  booster?: ReportBooster,
): string[][] {
  const rows: string[][] = [
    [t('teacher.report.section'), t('teacher.report.item'), t('teacher.answer'), t('teacher.count')],
    [t('teacher.report.title'), t('teacher.report.story'), heading.story, ''],
    [t('teacher.report.title'), t('teacher.report.date'), heading.date, ''],
  ];
  const hidden = t('teacher.waiting', { count: d.threshold });
  rows.push([t('teacher.progress'), t('teacher.joinedLabel'), '', String(d.students.joined)]);
  rows.push([t('teacher.progress'), t('teacher.startedLabel'), '', String(d.students.started)]);
  if (booster) return [...rows, ...boosterCsvRows(d.checks.booster, boosterOptions(d, t, heading.lang, booster))];
  d.choices.forEach((c, i) => {
    const title = names.choice(c.point, i + 1);
    if (c.belowThreshold) rows.push([t('teacher.choices'), title, hidden, '']);
    else
      for (const o of c.options)
        rows.push([t('teacher.choices'), title, names.option(c.point, o.option), String(o.count)]);
  });
  for (const x of d.techniques) {
    const name = names.technique(x.technique);
    if (x.belowThreshold) rows.push([t('teacher.flags'), name, hidden, '']);
    else {
      rows.push([t('teacher.flags'), name, t('teacher.spotted'), String(x.spotted)]);
      rows.push([t('teacher.flags'), name, t('teacher.missed'), String(x.missed)]);
      rows.push([
        t('teacher.flags'),
        name,
        t('teacher.report.caught'),
        percent(heading.lang, x.spotted, x.spotted + x.missed),
      ]);
    }
  }
  if (d.endings.belowThreshold) rows.push([t('teacher.endings'), '', hidden, '']);
  else
    for (const e of d.endings.endings) rows.push([t('teacher.endings'), names.ending(e.ending), '', String(e.count)]);
  rows.push(...evidenceRows(d, t, heading.lang));
  return rows;
}

/** The before/after result's rows: its figures once shown, else the line that says how many more are needed. */
function evidenceRows(d: DashboardData, t: Translate, lang: string): string[][] {
  const section = t('teacher.evidence.title');
  const p = d.checks.paired;
  const waiting = evidenceWaiting(p, { t, threshold: d.threshold });
  if (p.belowThreshold) return [[section, '', waiting ?? '', '']];
  const x = evidenceFigures(p, lang);
  const outOf = (v: string) => t('teacher.evidence.outOf', { value: v, items: x.items });
  return [
    [section, t('teacher.evidence.students'), '', x.students],
    [section, t('teacher.evidence.meanBefore'), outOf(x.before), ''],
    [section, t('teacher.evidence.meanAfter'), outOf(x.after), ''],
    [section, t('teacher.evidence.change'), x.difference, ''],
    [section, t('teacher.evidence.interval'), t('teacher.evidence.range', x), ''],
    [section, t('teacher.evidence.effectSize'), x.effect || t('teacher.evidence.noSpreadShort'), ''],
  ];
}

/**
 * The printable class report (shown only when printing): the story, the date, how many students, the red flags caught
 * per technique as shares, the before/after result, and the class's path on the story map. Aggregates only: what the
 * dashboard shows, nothing below the threshold.
 */
export function renderClassReport(
  d: DashboardData,
  o: {
    readonly t: Translate;
    readonly names: ReportNames;
    readonly heading: ReportHeading;
    readonly map?: SVGSVGElement | undefined;
    /** A booster session: its report is before / after / booster side by side. */
    readonly booster?: ReportBooster | undefined;
  },
): HTMLElement {
  const { t, heading } = o;
  const caught = caughtRows(d, o.names, t, heading.lang);
  const facts = h(
    'dl',
    { className: 'report-facts' },
    h('dt', {}, t('teacher.report.story')),
    h('dd', {}, heading.story),
    h('dt', {}, t('teacher.report.date')),
    h('dd', {}, heading.date),
    h('dt', {}, t('teacher.report.students')),
    h('dd', {}, t('teacher.joined', { count: d.students.joined })),
  );
  const attrs = { className: 'class-report', lang: heading.lang, dir: heading.dir };
  if (o.booster) {
    return h(
      'article',
      attrs,
      h('h2', {}, `${t('teacher.report.title')} · ${t('teacher.booster.session')}`),
      facts,
      h('h3', {}, t('teacher.booster.title')),
      renderBoosterResult(d.checks.booster, boosterOptions(d, t, heading.lang, o.booster)),
    );
  }
  return h(
    'article',
    attrs,
    h('h2', {}, t('teacher.report.title')),
    facts,
    h('h3', {}, t('teacher.flags')),
    caught.length
      ? table(t('teacher.report.flagsHint'), [t('teacher.technique'), t('teacher.report.caught')], caught)
      : h('p', { className: 'class-waiting' }, t('teacher.waiting', { count: d.threshold })),
    h('h3', {}, t('teacher.evidence.title')),
    renderEvidence(d.checks.paired, { t, lang: heading.lang, dir: heading.dir, threshold: d.threshold }),
    o.map ? h('section', { className: 'report-map' }, h('h3', {}, t('teacher.map')), o.map) : false,
  );
}

/** The rows as a CSV file (UTF-8 with a byte-order mark, so spreadsheets read Arabic and accents right). */
export function reportCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Saves a CSV file on the teacher's device (made here, in the page: nothing is sent anywhere). */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The end-of-session dialog: the report first (download CSV, print), then a confirmation, because ending deletes
 * every result on the service. Cancel (or Escape) keeps the session running.
 */
export function openEndDialog(o: {
  readonly t: Translate;
  readonly csv: () => string;
  readonly fileName: string;
  readonly onConfirm: () => void;
}): HTMLDialogElement {
  const t = o.t;
  const download = () => downloadCsv(o.csv(), o.fileName);
  const dialog: HTMLDialogElement = h(
    'dialog',
    { className: 'end-dialog', 'aria-labelledby': 'end-title', 'aria-describedby': 'end-warning' },
    h('h2', { id: 'end-title' }, t('teacher.endTitle')),
    h('p', { id: 'end-warning' }, t('teacher.endWarning')),
    h(
      'p',
      { className: 'actions' },
      h('button', { type: 'button', className: 'btn secondary', onclick: download }, t('teacher.report.csv')),
      h(
        'button',
        { type: 'button', className: 'btn secondary', onclick: () => window.print() },
        t('teacher.report.print'),
      ),
    ),
    h(
      'p',
      { className: 'actions' },
      h(
        'button',
        { type: 'button', className: 'btn secondary', onclick: () => dialog.close() },
        t('teacher.endCancel'),
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'btn danger',
          onclick: () => {
            dialog.close();
            o.onConfirm();
          },
        },
        t('teacher.endConfirm'),
      ),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
