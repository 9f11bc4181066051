import { DIRECTION, type Lang } from '../../src/content/index.ts';
import { html, type SafeHtml } from './html.ts';
import { arrowHead, MAP_STYLE as S, textBlock } from './map-style.ts';
import { GUIDE_STRINGS } from './strings.ts';
import { textWidth } from './text-fit.ts';

const SWATCH = 48;
const HEIGHT = 34;
const GAP = 22;

function swatch(kind: 'start' | 'choice' | 'ending' | 'option', x: number): SafeHtml {
  const y = 3;
  switch (kind) {
    case 'start':
      return html`<rect x="${x}" y="${y + 4}" width="${SWATCH}" height="20" rx="10" fill="${S.ink}"/>`;
    case 'choice':
      return html`<rect x="${x}" y="${y}" width="${SWATCH}" height="28" rx="5" fill="#ffffff" stroke="${S.accent}" stroke-width="2"/><circle cx="${x + 14}" cy="${y + 14}" r="8" fill="${S.accent}"/>`;
    case 'ending':
      return html`<rect x="${x}" y="${y}" width="${SWATCH}" height="28" rx="7" fill="${S.endFill}" stroke="${S.endStroke}" stroke-width="3"/><rect x="${x + 4}" y="${y + 4}" width="${SWATCH - 8}" height="20" rx="4" fill="none" stroke="${S.endStroke}"/>`;
    case 'option':
      return html`<path d="M${x},${y + 14} L${x + SWATCH},${y + 14}" stroke="${S.muted}" stroke-width="1.6"/>${arrowHead({ x, y: y + 14 }, { x: x + SWATCH, y: y + 14 })}<rect x="${x + 12}" y="${y + 6}" width="18" height="16" rx="3" fill="#ffffff" stroke="#c3c9d6"/>`;
  }
}

/** The map's legend: start, choice point, ending, option; laid out in reading order (right to left in Arabic). */
export function renderLegend(lang: Lang): { svg: SafeHtml; width: number; height: number } {
  const t = GUIDE_STRINGS[lang].map;
  const rtl = DIRECTION[lang] === 'rtl';
  const items = [
    { kind: 'start', label: t.start },
    { kind: 'choice', label: t.choice },
    { kind: 'ending', label: t.ending },
    { kind: 'option', label: t.option },
  ] as const;
  const head = `${t.legend}:`;
  const headWidth = textWidth(head, S.labelSize) + GAP / 2;
  const widths = items.map((i) => SWATCH + 8 + textWidth(i.label, S.labelSize));
  const width = headWidth + widths.reduce((a, b) => a + b + GAP, 0) - GAP;
  let cursor = rtl ? width : 0;
  const parts: SafeHtml[] = [];
  const place = (w: number) => {
    const x = rtl ? cursor - w : cursor;
    cursor = rtl ? cursor - w - GAP : cursor + w + GAP;
    return x;
  };
  const hx = place(headWidth - GAP / 2) + (headWidth - GAP / 2) / 2;
  parts.push(textBlock([head], hx, HEIGHT / 2, { size: S.labelSize, isBold: true }));
  cursor = rtl ? width - headWidth : headWidth;
  items.forEach((item, i) => {
    const w = widths[i] ?? 0;
    const x = place(w);
    const swatchX = rtl ? x + w - SWATCH : x;
    const labelW = w - SWATCH - 8;
    const labelX = rtl ? x + labelW / 2 : x + SWATCH + 8 + labelW / 2;
    parts.push(swatch(item.kind, swatchX));
    parts.push(textBlock([item.label], labelX, HEIGHT / 2, { size: S.labelSize }));
  });
  return { svg: html`<g class="legend">${parts}</g>`, width, height: HEIGHT };
}
