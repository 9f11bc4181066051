import { readOutline } from '../ink-source.ts';

/** One line of a script as a reviewer reads it: its text (ink markup removed), its tags, and whether it is an option. */
export interface ReviewLine {
  readonly kind: 'line' | 'option';
  readonly text: string;
  readonly tags: readonly string[];
  /** Source file and line, so a reviewer's note can point at it. */
  readonly at: string;
}

/** A stretch of one knot (or stitch) between two choice points: the lines before an option, or an option and its lines. */
export type Segment = readonly ReviewLine[];

/** One row of the review page: the same stretch of the same knot in each language. */
export interface ReviewRow {
  readonly flow: string;
  /** 0 for the lines before the knot's first option; then 1, 2… for each option (and the gathers after it). */
  readonly part: number;
  readonly cells: Readonly<Record<string, Segment>>;
}

/** A knot or stitch that the languages do not split the same way: its rows may pair different lines. */
export interface Misalignment {
  readonly flow: string;
  readonly parts: Readonly<Record<string, number>>;
}

const CHOICE = /^([*+]\s*)+(\([\w]+\)\s*)?(\{[^}]*\}\s*)*/;
const GATHER_ONLY = /^(-\s*)+(\([\w]+\)\s*)?(->\s*[\w.]+\s*(->\s*[\w.]*\s*)*)?$/;
const LOGIC = /^(~|VAR\b|CONST\b|LIST\b|INCLUDE\b|->|<-|\{\s*$|\}\s*$|-\s*else\s*:\s*$)/;

/** What an option shows and what it echoes: `say [this] then` offers "say this" and sends "say then". */
function optionText(text: string): string {
  const m = /^(.*?)\[(.*?)\](.*)$/.exec(text);
  if (!m) return text;
  const [, before = '', inside = '', after = ''] = m;
  const echo = `${before}${after}`.trim();
  const offered = `${before}${inside}`.trim();
  return echo && echo !== offered ? `${offered} ⟶ ${echo}` : offered;
}

/** Ink markup a reviewer does not need: glue, trailing diverts, escapes. */
function cleanText(text: string): string {
  return text
    .replace(/<>/g, '')
    .replace(/\s*->\s*[\w.]*(\s*->\s*[\w.]*)*\s*$/, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** Splits each knot and stitch of one script (and its INCLUDEs) into segments at its options and bare gathers. */
export function segmentScript(files: readonly string[]): Map<string, Segment[]> {
  const outline = readOutline(files);
  const tagsAt = new Map<string, string[]>();
  for (const t of outline.tags)
    tagsAt.set(`${t.file}:${t.line}`, [...(tagsAt.get(`${t.file}:${t.line}`) ?? []), t.tag]);
  const flows = new Map<string, ReviewLine[][]>();
  const seen = new Set<string>();
  const at = (file: string, line: number) => `${file.split('/').slice(-2).join('/')}:${line}`;
  const push = (flow: string, line: ReviewLine, split: boolean) => {
    const segments = flows.get(flow) ?? [[]];
    if (split) segments.push([]);
    segments.at(-1)?.push(line);
    flows.set(flow, segments);
  };
  for (const l of outline.lines) {
    seen.add(`${l.file}:${l.line}`);
    const tags = tagsAt.get(`${l.file}:${l.line}`) ?? [];
    const choice = CHOICE.exec(l.text);
    if (choice && choice[0].length > 0) {
      const text = cleanText(optionText(l.text.slice(choice[0].length)));
      push(l.flow, { kind: 'option', text, tags, at: at(l.file, l.line) }, true);
    } else if (GATHER_ONLY.test(l.text)) {
      if (!l.text.startsWith('->')) push(l.flow, { kind: 'line', text: '', tags, at: at(l.file, l.line) }, true);
    } else if (!LOGIC.test(l.text)) {
      const text = cleanText(l.text.replace(/^(-\s*)+/, ''));
      if (text !== '' || tags.length > 0) push(l.flow, { kind: 'line', text, tags, at: at(l.file, l.line) }, false);
    }
  }
  // Lines made only of tags (e.g. a knot's `#chat: x`) are not text lines: show them at the start of their knot.
  for (const t of outline.tags) {
    if (seen.has(`${t.file}:${t.line}`)) continue;
    seen.add(`${t.file}:${t.line}`);
    const segments = flows.get(t.flow) ?? [[]];
    segments[0]?.unshift({
      kind: 'line',
      text: '',
      tags: tagsAt.get(`${t.file}:${t.line}`) ?? [],
      at: at(t.file, t.line),
    });
    flows.set(t.flow, segments);
  }
  return new Map([...flows].map(([flow, segs]) => [flow, segs.map((s) => s.filter((l) => l.text || l.tags.length))]));
}

/**
 * Pairs the scripts of several languages knot by knot (in the first language's order) and, inside a knot, stretch by
 * stretch between options: the languages share knots, options and tags (stories:check), so the nth stretch of a knot
 * says the same thing in each. A knot split differently is reported, not hidden.
 */
export function alignScripts(scripts: Readonly<Record<string, readonly string[]>>): {
  rows: ReviewRow[];
  misaligned: Misalignment[];
} {
  const langs = Object.keys(scripts);
  const segmented = Object.fromEntries(langs.map((lang) => [lang, segmentScript(scripts[lang] ?? [])]));
  const flows = [...new Set(langs.flatMap((lang) => [...(segmented[lang]?.keys() ?? [])]))];
  const rows: ReviewRow[] = [];
  const misaligned: Misalignment[] = [];
  for (const flow of flows) {
    const parts = Object.fromEntries(langs.map((lang) => [lang, segmented[lang]?.get(flow)?.length ?? 0]));
    const most = Math.max(...Object.values(parts));
    if (new Set(Object.values(parts)).size > 1) misaligned.push({ flow, parts });
    for (let part = 0; part < most; part++) {
      const cells = Object.fromEntries(langs.map((lang) => [lang, segmented[lang]?.get(flow)?.[part] ?? []]));
      if (Object.values(cells).every((c) => c.length === 0)) continue;
      rows.push({ flow, part, cells });
    }
  }
  return { rows, misaligned };
}
