import { readFileSync } from 'node:fs';

/** One tag as written in an ink source file. */
export interface SourceTag {
  readonly file: string;
  readonly line: number;
  readonly tag: string;
  /** The knot (or `knot.stitch`) the tag is written in; `_` before the first knot. */
  readonly flow: string;
}

/** What a plain reading of an ink source gives: its knots and stitches, its tags and its text lines. */
export interface SourceOutline {
  readonly flows: readonly string[];
  readonly functions: readonly string[];
  readonly tags: readonly SourceTag[];
  readonly lines: readonly SourceLine[];
}

/** A line of text as written in an ink source file, with the knot (or `knot.stitch`) it is written in. */
export interface SourceLine {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly flow: string;
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_][\w]*)/;
const STITCH = /^\s*=\s*([A-Za-z_][\w]*)\s*$/;

/** Removes `//` and `/* … *\/` comments, keeping line count; `state` carries an open block comment across lines. */
function stripComments(line: string, state: { inBlock: boolean }): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (state.inBlock) {
      const end = line.indexOf('*/', i);
      if (end < 0) return out;
      state.inBlock = false;
      i = end + 2;
    } else if (line.startsWith('//', i) && line[i - 1] !== '\\') {
      return out;
    } else if (line.startsWith('/*', i)) {
      state.inBlock = true;
      i += 2;
    } else {
      out += line[i];
      i++;
    }
  }
  return out;
}

/** Splits a line at unescaped `#` into its text and its tags. */
export function splitLineTags(line: string): { text: string; tags: string[] } {
  const parts = line.split(/(?<!\\)#/);
  return {
    text: parts[0] ?? '',
    tags: parts
      .slice(1)
      .map((t) => t.trim())
      .filter((t) => t !== ''),
  };
}

/** Reads the outline of one or more ink files (a script and its INCLUDEs). */
export function readOutline(files: readonly string[]): SourceOutline {
  const flows: string[] = [];
  const functions: string[] = [];
  const tags: SourceTag[] = [];
  const lines: SourceLine[] = [];
  for (const file of files) {
    const state = { inBlock: false };
    let knot = '_';
    let flow = '_';
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .forEach((raw, i) => {
        const code = stripComments(raw, state);
        const knotMatch = KNOT.exec(code);
        const stitchMatch = knotMatch ? null : STITCH.exec(code);
        if (knotMatch?.[2]) {
          knot = knotMatch[2];
          flow = knot;
          (knotMatch[1] ? functions : flows).push(knot);
          return;
        }
        if (stitchMatch?.[1]) {
          flow = `${knot}.${stitchMatch[1]}`;
          flows.push(flow);
          return;
        }
        const { text, tags: lineTags } = splitLineTags(code);
        for (const tag of lineTags) tags.push({ file, line: i + 1, tag, flow });
        if (text.trim() !== '') lines.push({ file, line: i + 1, text: text.trim(), flow });
      });
  }
  return { flows, functions, tags, lines };
}

function probeOf(text: string): string {
  return text.trim().slice(0, 40);
}

function contains(line: SourceLine, probe: string): boolean {
  return line.text.replace(/[[\]]/g, '').includes(probe);
}

/** Finds where a line of story output is written, for error messages: the first source line containing it. */
export function locateText(outline: SourceOutline, text: string): { file: string; line: number } | undefined {
  const probe = probeOf(text);
  if (probe === '') return undefined;
  return outline.lines.find((l) => contains(l, probe));
}

/** The knots a line of story output may be written in (undefined when no source line holds it, e.g. glued text). */
export function knotsOfText(outline: SourceOutline, text: string): string[] | undefined {
  const probe = probeOf(text);
  if (probe === '') return undefined;
  const knots = outline.lines.filter((l) => contains(l, probe)).map((l) => l.flow.split('.')[0] ?? l.flow);
  return knots.length > 0 ? [...new Set(knots)] : undefined;
}
