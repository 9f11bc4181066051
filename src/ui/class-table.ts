import { h } from './dom.ts';

/** The server's QR code as an image: parsed as SVG (never inserted as HTML) and shown through a data: URL. */
export function qrImage(svg: string, alt: string): HTMLImageElement | undefined {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.querySelector('parsererror, script, foreignObject')) return undefined;
  const src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(root))}`;
  return h('img', { src, alt, className: 'qr', width: 240, height: 240 });
}

export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly (string | Node)[])[],
): HTMLElement {
  return h(
    'table',
    { className: 'class-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...rows.map(([first, ...rest]) =>
        h('tr', {}, h('th', { scope: 'row' }, first ?? ''), ...rest.map((c) => h('td', {}, c))),
      ),
    ),
  );
}

/** A count with a bar for the projector; the number is what assistive technology reads. */
export function bar(count: number, total: number): HTMLElement {
  const pct = total > 0 ? Math.round((count / total) * 100) : 0;
  return h(
    'span',
    { className: 'class-bar' },
    h('span', { 'aria-hidden': 'true', className: 'fill', style: `width:${pct}%` }),
    String(count),
  );
}

/** A share as the teacher's language writes it ("67 %", "67٪"), with Latin digits as elsewhere in the game. */
export function percent(lang: string, part: number, whole: number): string {
  const share = whole > 0 ? part / whole : 0;
  return new Intl.NumberFormat(lang, { style: 'percent', numberingSystem: 'latn' }).format(share);
}
