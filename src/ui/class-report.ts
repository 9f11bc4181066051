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

/** One CSV cell: quoted, quotes doubled, and a leading =, +, - or @ neutralised (spreadsheets would run it). */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The session's aggregates as CSV rows: only figures the dashboard already shows (nothing below the anonymity
 * threshold, no student, no time, no per-student answer).
 */
export function reportRows(d: DashboardData, names: ReportNames, t: Translate): string[][] {
  const rows: string[][] = [
    [t('teacher.report.section'), t('teacher.report.item'), t('teacher.answer'), t('teacher.count')],
  ];
  const hidden = t('teacher.waiting', { count: d.threshold });
  rows.push([t('teacher.progress'), t('teacher.joinedLabel'), '', String(d.students.joined)]);
  rows.push([t('teacher.progress'), t('teacher.startedLabel'), '', String(d.students.started)]);
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
    }
  }
  if (d.endings.belowThreshold) rows.push([t('teacher.endings'), '', hidden, '']);
  else
    for (const e of d.endings.endings) rows.push([t('teacher.endings'), names.ending(e.ending), '', String(e.count)]);
  return rows;
}

/** The rows as a CSV file (UTF-8 with a byte-order mark, so spreadsheets read Arabic and accents right). */
export function reportCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
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
  const download = () => {
    const url = URL.createObjectURL(new Blob([o.csv()], { type: 'text/csv;charset=utf-8' }));
    const a = h('a', { href: url, download: o.fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
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
