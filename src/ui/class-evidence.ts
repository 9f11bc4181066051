import './class-evidence.css';
import type { PairedCheckSummary } from '../protocol/index.ts';
import { table } from './class-table.ts';
import { h } from './dom.ts';
import type { Translate } from './strings.ts';

/** The class's before/after result once shown (the service withholds every figure below the threshold). */
export type ShownPaired = Extract<PairedCheckSummary, { belowThreshold: false }>;

/** What the before/after block needs: the strings and the teacher's language and direction. */
export interface EvidenceOptions {
  readonly t: Translate;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly threshold: number;
}

/** Numbers as the teacher reads them: their language's separators, Latin digits (as in the rest of the game). */
export function formatNumber(lang: string, value: number, digits: number, signed = false): string {
  return new Intl.NumberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    numberingSystem: 'latn',
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(value);
}

/** The figures as text, each rounded as shown everywhere (screen, chart, print, CSV). */
export function evidenceFigures(p: ShownPaired, lang: string) {
  const f = (v: number, digits = 1, signed = false) => formatNumber(lang, v, digits, signed);
  return {
    students: String(p.done),
    items: String(p.items),
    before: f(p.before),
    after: f(p.after),
    difference: f(p.difference, 1, true),
    low: f(p.low, 1, true),
    high: f(p.high, 1, true),
    /** Empty when there is no spread (no effect size). */
    effect: p.effect === null ? '' : f(p.effect, 2, true),
  };
}

/** What the interval says, in one sentence: the class improved, did worse, or its change cannot be told from 0. */
function meaningKey(p: ShownPaired): string {
  if (p.low > 0) return 'teacher.evidence.up';
  if (p.high < 0) return 'teacher.evidence.down';
  return 'teacher.evidence.unclear';
}

/** The whole result in words: the chart's text alternative and the paragraph above it. */
export function evidenceText(p: ShownPaired, o: Pick<EvidenceOptions, 't' | 'lang'>): string {
  const x = evidenceFigures(p, o.lang);
  const effect = x.effect === '' ? o.t('teacher.evidence.noSpread') : o.t('teacher.evidence.effect', x);
  return [o.t('teacher.evidence.summary', { ...x, count: p.done }), effect, o.t(meaningKey(p))].join(' ');
}

/** "Waiting for 2 more students who did both checks", or undefined once the result is shown. */
export function evidenceWaiting(p: PairedCheckSummary, o: Pick<EvidenceOptions, 't' | 'threshold'>) {
  if (!p.belowThreshold) return undefined;
  return o.t('teacher.evidence.waiting', { count: Math.max(1, o.threshold - p.done), threshold: o.threshold });
}

const SVG = 'http://www.w3.org/2000/svg';

function s(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The chart's size in its own units (it scales to the width it is given). */
const W = 520;
const LABEL = 132;
const PAD = 40;

/**
 * The chart: the mean scores before and after as bars (0 to the number of items), and under them the mean change
 * as a dot with its 95 % interval as a whisker, on an axis centred on 0. Mirrored in right-to-left languages: the
 * positions here, the text by the SVG's `direction` (so "start" and "end" anchors need no flipping).
 * Colours come from the page's theme (CSS classes), so it follows dark, high-contrast and print.
 */
export function evidenceChart(p: ShownPaired, o: EvidenceOptions): SVGSVGElement {
  const t = o.t;
  const x = evidenceFigures(p, o.lang);
  const rtl = o.dir === 'rtl';
  const plotStart = LABEL + 12;
  const plotEnd = W - PAD;
  const span = plotEnd - plotStart;
  // Positions along the plot, read from the start side: mirrored for right-to-left.
  const at = (fraction: number) => (rtl ? W - (plotStart + fraction * span) : plotStart + fraction * span);
  const labelX = rtl ? W - LABEL : LABEL;
  const score = (v: number) => at(v / p.items);
  const change = (v: number) => at((v + p.items) / (2 * p.items));
  const svg = s('svg', {
    viewBox: `0 0 ${W} 232`,
    role: 'img',
    'aria-label': evidenceText(p, o),
    class: 'evidence-chart',
    direction: o.dir,
  }) as SVGSVGElement;
  svg.append(s('title', {}, t('teacher.evidence.title')));
  const bar = (label: string, value: number, text: string, y: number, cls: string) => {
    const left = Math.min(score(0), score(value));
    svg.append(
      s('text', { x: labelX, y: y + 17, 'text-anchor': 'end', class: 'label' }, label),
      s('rect', { x: left, y, width: Math.max(2, Math.abs(score(value) - score(0))), height: 24, class: cls }),
      s('text', { x: score(value) + (rtl ? -8 : 8), y: y + 17, 'text-anchor': 'start', class: 'value' }, text),
    );
  };
  // The scores' axis: 0 … items.
  for (let v = 0; v <= p.items; v++) {
    svg.append(s('line', { x1: score(v), x2: score(v), y1: 14, y2: 96, class: 'grid' }));
    svg.append(s('text', { x: score(v), y: 112, 'text-anchor': 'middle', class: 'tick' }, String(v)));
  }
  bar(t('teacher.before'), p.before, x.before, 20, 'bar-before');
  bar(t('teacher.after'), p.after, x.after, 60, 'bar-after');
  // The change's axis: −items … +items, with 0 marked.
  for (let v = -p.items; v <= p.items; v += p.items / 2) {
    svg.append(s('line', { x1: change(v), x2: change(v), y1: 163, y2: 204, class: v === 0 ? 'zero' : 'grid' }));
    const tick = formatNumber(o.lang, v, 0, true);
    svg.append(s('text', { x: change(v), y: 222, 'text-anchor': 'middle', class: 'tick' }, tick));
  }
  const y = 177;
  // The interval's ends are labelled beside its caps (each its own text, so no line mixes directions).
  const ends =
    p.high - p.low > 1e-9
      ? [
          s('text', { x: change(p.low) + (rtl ? 8 : -8), y: y + 5, 'text-anchor': 'end', class: 'tick' }, x.low),
          s('text', { x: change(p.high) + (rtl ? -8 : 8), y: y + 5, 'text-anchor': 'start', class: 'tick' }, x.high),
        ]
      : [];
  svg.append(
    s('text', { x: labelX, y: y + 6, 'text-anchor': 'end', class: 'label' }, t('teacher.evidence.change')),
    s('line', { x1: change(p.low), x2: change(p.high), y1: y, y2: y, class: 'whisker' }),
    s('line', { x1: change(p.low), x2: change(p.low), y1: y - 10, y2: y + 10, class: 'whisker' }),
    s('line', { x1: change(p.high), x2: change(p.high), y1: y - 10, y2: y + 10, class: 'whisker' }),
    s('circle', { cx: change(p.difference), cy: y, r: 8, class: 'dot' }),
    s('text', { x: change(p.difference), y: y - 20, 'text-anchor': 'middle', class: 'value' }, x.difference),
    ...ends,
  );
  return svg;
}

/** The same figures as a table (what the chart shows, for screen readers and anyone who prefers numbers). */
export function evidenceTable(p: ShownPaired, o: EvidenceOptions): HTMLElement {
  const t = o.t;
  const x = evidenceFigures(p, o.lang);
  const outOf = (v: string) => t('teacher.evidence.outOf', { value: v, items: x.items });
  const rows: string[][] = [
    [t('teacher.evidence.students'), x.students],
    [t('teacher.evidence.meanBefore'), outOf(x.before)],
    [t('teacher.evidence.meanAfter'), outOf(x.after)],
    [t('teacher.evidence.change'), x.difference],
    [t('teacher.evidence.interval'), t('teacher.evidence.range', x)],
    [t('teacher.evidence.effectSize'), x.effect || t('teacher.evidence.noSpreadShort')],
  ];
  return table(t('teacher.evidence.tableCaption'), [t('teacher.evidence.measure'), t('teacher.evidence.value')], rows);
}

/** The before/after block of the dashboard and the report: a wait notice, or the sentence, chart and table. */
export function renderEvidence(p: PairedCheckSummary, o: EvidenceOptions): HTMLElement {
  if (p.belowThreshold) return h('p', { className: 'class-waiting evidence-waiting' }, evidenceWaiting(p, o) ?? '');
  const shown: ShownPaired = p;
  return h(
    'div',
    { className: 'evidence' },
    h('p', { className: 'evidence-summary' }, evidenceText(shown, o)),
    // The axes' caption is HTML: it wraps on a phone and follows the text size, where a line of the chart would not.
    h(
      'figure',
      { className: 'evidence-figure' },
      evidenceChart(shown, o),
      h('figcaption', {}, o.t('teacher.evidence.axis', evidenceFigures(shown, o.lang))),
    ),
    evidenceTable(shown, o),
    h('p', { className: 'evidence-note' }, o.t('teacher.evidence.note')),
  );
}
