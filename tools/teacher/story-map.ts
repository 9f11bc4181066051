import { DIRECTION } from '../../src/content/index.ts';
import { html, SafeHtml } from './html.ts';
import { type Box, layoutStoryMap, type MapModel, type Placed } from './map-layout.ts';
import { renderLegend } from './map-legend.ts';
import { arrowHead, MAP_STYLE as S, textBlock } from './map-style.ts';
import { fill, GUIDE_STRINGS } from './strings.ts';
import type { TeacherStory } from './teacher-story.ts';

/** A vertical band of the map, in map units. */
export interface MapWindow {
  readonly top: number;
  readonly height: number;
}

/** A drawn story map: its size, and SVG for the whole map or for one band of it (to print across pages). */
export interface StoryMap {
  readonly width: number;
  readonly height: number;
  /** Vertical ranges that hold a node, an option label or the legend: a page must not be cut there. */
  readonly solid: readonly MapWindow[];
  /**
   * The SVG of the whole map; with `window`, a band of it for print that reuses the whole map's drawing, so it only
   * works on a page that also holds the whole map.
   */
  readonly svg: (window?: MapWindow) => string;
}

function pathOf(points: readonly { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const f = (n: number) => n.toFixed(1);
  let d = `M${f(first.x)},${f(first.y)}`;
  rest.forEach((p, i) => {
    const next = rest[i + 1];
    // Through the middle of each pair of bends: a smooth curve that still ends exactly on the node.
    d += next ? ` Q${f(p.x)},${f(p.y)} ${f((p.x + next.x) / 2)},${f((p.y + next.y) / 2)}` : ` L${f(p.x)},${f(p.y)}`;
  });
  return d;
}

function renderNode(p: Placed<Box>, rtl: boolean): SafeHtml {
  const { x, y, width: w, height: h, item } = p;
  const left = x - w / 2;
  const top = y - h / 2;
  if (item.node.kind === 'start') {
    return html`<g class="start"><rect x="${left}" y="${top}" width="${w}" height="${h}" rx="${h / 2}" fill="${S.ink}"/>${textBlock(item.lines, x, y, { size: S.fontSize, fill: '#ffffff', isBold: true })}</g>`;
  }
  if (item.node.kind === 'ending') {
    return html`<g class="ending" data-ending="${item.node.ending}"><rect x="${left}" y="${top}" width="${w}" height="${h}" rx="10" fill="${S.endFill}" stroke="${S.endStroke}" stroke-width="3"/><rect x="${left + 4}" y="${top + 4}" width="${w - 8}" height="${h - 8}" rx="7" fill="none" stroke="${S.endStroke}" stroke-width="1"/>${textBlock(item.lines, x, y, { size: S.fontSize, isBold: true })}</g>`;
  }
  const badgeX = rtl ? left + w - 20 : left + 20;
  const textX = rtl ? x - 14 : x + 14;
  return html`<g class="choice" data-point="${item.node.point}"><rect x="${left}" y="${top}" width="${w}" height="${h}" rx="6" fill="#ffffff" stroke="${S.accent}" stroke-width="2"/><circle cx="${badgeX}" cy="${y}" r="13" fill="${S.accent}"/>${textBlock([item.badge ?? ''], badgeX, y, { size: 13, fill: '#ffffff', isBold: true })}${textBlock(item.lines, textX, y, { size: S.labelSize })}</g>`;
}

function renderOption(p: Placed<{ readonly lines: readonly string[] }>): SafeHtml {
  const f = (n: number) => n.toFixed(1);
  return html`<g class="option"><rect x="${f(p.x - p.width / 2)}" y="${f(p.y - p.height / 2)}" width="${f(p.width)}" height="${f(p.height)}" rx="4" fill="#ffffff" stroke="#c3c9d6"/>${textBlock(p.item.lines, p.x, p.y, { size: S.labelSize })}</g>`;
}

function drawing(story: TeacherStory, model: MapModel, width: number): SafeHtml {
  const rtl = DIRECTION[story.lang] === 'rtl';
  const edges = model.edges.map((e) => {
    const [before, tip] = e.points.slice(-2);
    const head = before && tip ? arrowHead(before, tip) : '';
    return html`<path d="${pathOf(e.points)}" fill="none" stroke="${S.muted}" stroke-width="1.6"/>${head}`;
  });
  const labels = model.edges.filter((e) => e.label.item.lines.length > 0).map((e) => renderOption(e.label));
  const offsetX = ((width - model.width) / 2).toFixed(1);
  return html`<g transform="translate(${offsetX},0)"><g class="edges">${edges}</g><g class="nodes">${model.nodes.map((n) => renderNode(n, rtl))}</g><g class="options">${labels}</g></g>`;
}

/**
 * Draws the story map of a scenario in one language: start, choice points (numbered as in the guide) and endings,
 * laid out with dagre, as an accessible SVG with a title, a description and a legend. `idPrefix` keeps ids unique
 * when several maps share a page.
 */
export function drawStoryMap(story: TeacherStory, idPrefix = `map-${story.scenario.id}-${story.lang}`): StoryMap {
  const t = GUIDE_STRINGS[story.lang].map;
  const model = layoutStoryMap(story);
  const legend = renderLegend(story.lang);
  const width = Math.ceil(Math.max(model.width, legend.width + 32));
  const legendTop = model.height + 4;
  const height = Math.ceil(legendTop + legend.height + 16);
  const endings = Object.values(story.scenario.endings).map((e) => e.title[story.lang]);
  const title = fill(t.svgTitle, { title: story.scenario.title[story.lang] }, story.lang);
  const desc = fill(
    t.svgDesc,
    { points: story.facts.choicePoints.length, endings: endings.length, list: endings.join(' · ') },
    story.lang,
  );
  const solid = [
    ...model.nodes.map((n) => ({ top: n.y - n.height / 2, height: n.height })),
    ...model.edges.map((e) => ({ top: e.label.y - e.label.height / 2, height: e.label.height })),
    { top: legendTop, height: legend.height },
  ];
  const drawn = html`<g id="${idPrefix}-drawing"><rect width="${width}" height="${height}" fill="#ffffff"/>${drawing(story, model, width)}<g transform="translate(${((width - legend.width) / 2).toFixed(1)},${legendTop.toFixed(1)})">${legend.svg}</g></g>`;
  const open = (box: MapWindow) =>
    `<svg xmlns="http://www.w3.org/2000/svg" class="story-map" viewBox="0 ${box.top.toFixed(1)} ${width} ${box.height.toFixed(1)}" width="${width}" height="${Math.ceil(box.height)}"`;
  const svg: StoryMap['svg'] = (window) => {
    // A band shows part of the whole drawing through its viewBox; `<use>` copies it, so the page holds it once.
    if (window) return `${open(window)} aria-hidden="true">${html`<use href="#${idPrefix}-drawing"/>`}</svg>`;
    return html`${new SafeHtml(open({ top: 0, height }))} role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" lang="${story.lang}" direction="${DIRECTION[story.lang]}" font-family="${S.font}"><title id="${idPrefix}-title">${title}</title><desc id="${idPrefix}-desc">${desc}</desc>${drawn}</svg>`
      .value;
  };
  return { width, height, solid, svg };
}

/** A drawn map as a standalone SVG document (the `-map.svg` file). */
export function standaloneSvg(map: StoryMap): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${map.svg()}\n`;
}
