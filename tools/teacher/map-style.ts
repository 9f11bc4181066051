import { html, type SafeHtml } from './html.ts';

/** Sizes and colours of the map, shared with its legend. */
export const MAP_STYLE = {
  font: 'system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", Arial, sans-serif',
  fontSize: 14,
  labelSize: 12.5,
  line: 18,
  nodeWidth: 230,
  pad: 10,
  ink: '#1a1f2b',
  muted: '#5a6275',
  accent: '#2f55d4',
  endFill: '#e3f3ea',
  endStroke: '#16613a',
} as const;

/** How a text block is drawn. */
export interface TextLook {
  readonly size: number;
  readonly fill?: string;
  readonly isBold?: boolean;
}

/** Text lines centred on (x, y). */
export function textBlock(lines: readonly string[], x: number, y: number, look: TextLook): SafeHtml {
  const { size } = look;
  const top = y - ((lines.length - 1) * (size + 4)) / 2;
  return html`<text x="${x}" y="${top.toFixed(1)}" font-size="${size}" text-anchor="middle" dominant-baseline="central" fill="${look.fill ?? MAP_STYLE.ink}"${look.isBold ? html` font-weight="700"` : ''}>${lines.map((l, i) => html`<tspan x="${x}" y="${(top + i * (size + 4)).toFixed(1)}">${l}</tspan>`)}</text>`;
}

/** A filled arrowhead whose tip is at `to`, pointing away from `from` (drawn, not a marker, so `<use>` copies it). */
export function arrowHead(from: { x: number; y: number }, to: { x: number; y: number }): SafeHtml {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  const f = (n: number) => n.toFixed(1);
  const back = { x: to.x - ux * 9, y: to.y - uy * 9 };
  const left = `${f(back.x - uy * 4.5)},${f(back.y + ux * 4.5)}`;
  const right = `${f(back.x + uy * 4.5)},${f(back.y - ux * 4.5)}`;
  return html`<path d="M${f(to.x)},${f(to.y)} L${left} L${right} z" fill="${MAP_STYLE.muted}"/>`;
}
