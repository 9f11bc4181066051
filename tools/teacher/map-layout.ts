import dagre from '@dagrejs/dagre';
import { MAP_STYLE as S } from './map-style.ts';
import { contextSpeaker } from './names.ts';
import type { ContextLine, MapEdge, MapNode } from './story-facts.ts';
import { GUIDE_STRINGS } from './strings.ts';
import type { TeacherStory } from './teacher-story.ts';
import { textWidth, wrapText } from './text-fit.ts';

/** What a map node shows. */
export interface Box {
  readonly lines: readonly string[];
  readonly badge?: string;
  readonly node: MapNode;
}

/** Something the layout placed: its centre and size. */
export interface Placed<T> {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly item: T;
}

/** An arrow between two nodes and the options written on it. */
export interface Arrow {
  readonly from: string;
  readonly to: string;
  readonly lines: readonly string[];
}

function boxOf(story: TeacherStory, node: MapNode): Box {
  const t = GUIDE_STRINGS[story.lang].map;
  const width = S.nodeWidth - 2 * S.pad;
  if (node.kind === 'start') return { lines: [t.start], node };
  if (node.kind === 'ending') {
    const title = story.scenario.endings[node.ending]?.title[story.lang] ?? node.ending;
    return { lines: wrapText(title, width, S.fontSize, 3), node };
  }
  const point = story.facts.choicePoints.find((p) => p.id === node.point);
  const text = point?.context ? contextText(story, point.context) : node.point;
  return { lines: wrapText(text, width - 34, S.labelSize, 3), badge: String(point?.number ?? '?'), node };
}

function contextText(story: TeacherStory, line: ContextLine): string {
  const name = contextSpeaker(story, line);
  const text = line.kind === 'message' ? line.quote.text : line.text;
  return name ? `${name}: ${text}` : text;
}

/** Arrows between the same two places are merged, their options listed on one label: "A · text". */
function arrowsOf(story: TeacherStory, edges: readonly MapEdge[]): Arrow[] {
  const letters = GUIDE_STRINGS[story.lang].choices.letters;
  const merged = new Map<string, { from: string; to: string; options: number[] }>();
  for (const e of edges) {
    const key = `${e.from}>${e.to}`;
    const arrow = merged.get(key) ?? { from: e.from, to: e.to, options: [] };
    if (e.option !== undefined && !arrow.options.includes(e.option)) arrow.options.push(e.option);
    merged.set(key, arrow);
  }
  return [...merged.values()].map((a) => {
    const point = story.facts.choicePoints.find((p) => `choice:${p.id}` === a.from);
    const lines = a.options
      .sort((x, y) => x - y)
      .map((i) => `${letters[i] ?? i + 1} · ${wrapText(point?.options[i] ?? '', 175, S.labelSize, 1)[0] ?? ''}`);
    return { from: a.from, to: a.to, lines };
  });
}

/** The laid-out map: nodes and arrows with positions, and the size of the drawing. */
export interface MapModel {
  readonly nodes: readonly Placed<Box>[];
  readonly edges: readonly { readonly points: readonly { x: number; y: number }[]; readonly label: Placed<Arrow> }[];
  readonly width: number;
  readonly height: number;
}

/** Lays the story graph out top to bottom with dagre; option labels get their own place so nothing overlaps. */
export function layoutStoryMap(story: TeacherStory): MapModel {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 22, ranksep: 44, edgesep: 14, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const boxes = new Map<string, Box>();
  for (const [id, node] of story.facts.nodes) {
    const box = boxOf(story, node);
    boxes.set(id, box);
    const height = box.lines.length * S.line + 2 * S.pad + (node.kind === 'ending' ? 6 : 0);
    const width = node.kind === 'start' ? textWidth(box.lines[0] ?? '', S.fontSize) + 48 : S.nodeWidth;
    g.setNode(id, { width, height: Math.max(height, 40) });
  }
  const arrows = arrowsOf(story, story.facts.edges);
  arrows.forEach((a, i) => {
    const width = Math.max(0, ...a.lines.map((l) => textWidth(l, S.labelSize))) + 12;
    const height = a.lines.length > 0 ? a.lines.length * 16 + 6 : 0;
    g.setEdge(a.from, a.to, { width, height, labelpos: 'c' }, `e${i}`);
  });
  dagre.layout(g);
  const nodes: Placed<Box>[] = g.nodes().flatMap((id) => {
    const n = g.node(id);
    const box = boxes.get(id);
    return box && n ? [{ x: n.x ?? 0, y: n.y ?? 0, width: n.width, height: n.height, item: box }] : [];
  });
  const edges = arrows.map((a, i) => {
    const e = g.edge(a.from, a.to, `e${i}`);
    const label = { x: e?.x ?? 0, y: e?.y ?? 0, width: e?.width ?? 0, height: e?.height ?? 0, item: a };
    return { points: e?.points ?? [], label };
  });
  const size = g.graph();
  return { nodes, edges, width: size.width ?? 0, height: size.height ?? 0 };
}
