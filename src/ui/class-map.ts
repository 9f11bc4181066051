/** Elements and attributes a story map never needs: refused or stripped, so a map can only ever draw. */
const FORBIDDEN = 'script, foreignObject, iframe, object, embed, use[href^="http"], a';

/**
 * Parses the story map (our own SVG, fetched from /teachers/) into an element the page can hold: parsed as SVG,
 * never inserted as HTML; scripts, links and event attributes are refused.
 */
export function parseStoryMap(svgText: string): SVGSVGElement | undefined {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.querySelector('parsererror') || doc.querySelector(FORBIDDEN)) return undefined;
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
  }
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

/** An attribute value for a selector ("knot#2"); CSS.escape is not everywhere (jsdom), and ids are simple. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** The number a choice point carries on the map (the same as in the guide), if the map shows it. */
export function pointNumber(map: SVGSVGElement | undefined, point: string): string | undefined {
  const node = map?.querySelector(`[data-point=${quoted(point)}] tspan`);
  return node?.textContent?.trim() || undefined;
}

/** Marks on the map where the class went: choice points answered and endings reached (only figures already shown). */
export function markClassPath(map: SVGSVGElement, points: readonly string[], endings: readonly string[]): void {
  for (const el of map.querySelectorAll('.class-reached')) el.classList.remove('class-reached');
  for (const p of points) map.querySelector(`[data-point=${quoted(p)}]`)?.classList.add('class-reached');
  for (const e of endings) map.querySelector(`[data-ending=${quoted(e)}]`)?.classList.add('class-reached');
}
