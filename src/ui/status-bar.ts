import { h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A small drawn icon (signal, Wi-Fi, battery) from SVG path data: decorative, in the text colour. */
function icon(paths: readonly string[], width: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} 12`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', '12');
  svg.setAttribute('focusable', 'false');
  for (const d of paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

/**
 * The phone's status bar: the story clock at the start, signal, Wi-Fi and battery at the end. Hidden from screen
 * readers (every message says its time; the lock screen says the clock as text).
 */
export function statusBar(): { element: HTMLElement; setTime(time: string): void; time(): string } {
  const clock = h('span', { className: 'status-time' });
  const element = h(
    'div',
    { className: 'status-bar', 'aria-hidden': 'true' },
    clock,
    h(
      'span',
      { className: 'status-icons' },
      icon(['M1 10h2v2H1z', 'M5 7h2v5H5z', 'M9 4h2v8H9z', 'M13 1h2v11h-2z'], 16),
      icon(['M8 12l-2.2-2.6a3.4 3.4 0 0 1 4.4 0z', 'M2.6 5.6a8.6 8.6 0 0 1 10.8 0l-1.4 1.6a6.4 6.4 0 0 0-8 0z'], 16),
      icon(['M1 2h18v8H1z M2.5 3.5v5h12v-5z', 'M20 4.5h1.5v3H20z', 'M3.5 4.5h10v3h-10z'], 22),
    ),
  );
  return {
    element,
    setTime: (time) => {
      clock.textContent = time;
    },
    time: () => clock.textContent ?? '',
  };
}
