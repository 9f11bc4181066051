import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

/**
 * Story pictures (`#image: <id>`): hand-drawn SVG files, one per id a scenario.json lists under `images`, at
 * `stories/<story>/pictures/<id>.svg`. They are checked here, not trusted: the same file is shown to every player, in
 * an `<img>` (where scripts never run) but also opened on its own by anyone who follows its address, so nothing that
 * runs, loads or links is allowed. A picture has no words either: one file serves fr, ar and en (numbers are fine).
 */

/** The largest picture file, in bytes: a drawn card is 1–6 kB; more means a pasted bitmap or a mistake. */
export const PICTURE_MAX_BYTES = 8192;

const FOLDER = 'pictures';
const REPO = resolve(import.meta.dirname, '..');

/** Elements that run, embed or load something. */
const FORBIDDEN_ELEMENTS = ['script', 'foreignObject', 'image', 'iframe', 'embed', 'object', 'audio', 'video', 'a'];
/** Only what a flat drawing needs; `text` may hold numbers and signs, never words. */
const ALLOWED_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'filter',
  'feGaussianBlur',
  'use',
  'symbol',
]);
/** What a `<text>` may say: digits, spaces and signs (a score, a time, a rank), not a word in any language. */
const TEXT_WITHOUT_WORDS = /^[\d\s:/.,%+\-–—×÷=#·!?()★♥]*$/u;

function rel(file: string): string {
  const r = relative(REPO, file);
  return r && !r.startsWith('..') ? r : file;
}

/** The problems of one picture's source, each naming the file; empty when it is safe to serve. */
export function checkPictureSvg(file: string, svg: string): string[] {
  const name = rel(file);
  const problems: string[] = [];
  const say = (m: string) => problems.push(`${name}: ${m}`);
  const bytes = Buffer.byteLength(svg, 'utf8');
  if (bytes > PICTURE_MAX_BYTES) say(`${bytes} bytes, more than the ${PICTURE_MAX_BYTES} a picture may weigh`);
  const body = svg.replace(/<!--[\s\S]*?-->/g, '');
  if (!/^\s*(?:<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(body)) say('must start with an <svg> element');
  if (/<!DOCTYPE|<!ENTITY|<!\[CDATA\[/i.test(body))
    say('no DOCTYPE, ENTITY or CDATA (they can pull in or hide content)');
  for (const m of body.matchAll(/<([A-Za-z][\w:-]*)/g)) {
    const tag = m[1] ?? '';
    if (FORBIDDEN_ELEMENTS.some((f) => f.toLowerCase() === tag.toLowerCase())) say(`<${tag}> is not allowed`);
    else if (!ALLOWED_ELEMENTS.has(tag)) say(`<${tag}> is not an element a drawn picture may use`);
  }
  for (const m of body.matchAll(/\s(on[a-z]+)\s*=/gi)) say(`the event attribute ${m[1]}= is not allowed`);
  for (const m of body.matchAll(/\s((?:xlink:)?href)\s*=\s*["']([^"']*)["']/gi)) {
    if (!(m[2] ?? '').startsWith('#')) say(`${m[1]}="${m[2]}" points outside the file (only "#id" is allowed)`);
  }
  for (const m of body.matchAll(/url\(\s*['"]?([^)'"]*)/gi)) {
    if (!(m[1] ?? '').startsWith('#')) say(`url(${m[1]}) points outside the file (only url(#id) is allowed)`);
  }
  if (/javascript:|data:|@import/i.test(body)) say('no javascript:, data: or @import');
  for (const m of body.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    const words = (m[1] ?? '').replace(/<[^>]+>/g, '');
    if (!TEXT_WITHOUT_WORDS.test(words)) {
      say(`<text> says "${words.trim()}": a picture serves every language, so numbers and signs only, no words`);
    }
  }
  return problems;
}

/** A checked picture, ready to serve: comments and the spaces between tags taken out. */
export function minifyPictureSvg(svg: string): string {
  return svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .trim();
}

/** A scenario's pictures: id → SVG source, or every problem (missing file, unlisted file, unsafe source). */
export function loadStoryPictures(
  dir: string,
  images: readonly string[],
): { ok: true; value: ReadonlyMap<string, string> } | { ok: false; error: string[] } {
  const folder = join(dir, FOLDER);
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => !f.startsWith('.')) : [];
  const listed = new Set(images);
  const problems: string[] = [];
  const pictures = new Map<string, string>();
  for (const f of files.sort()) {
    const id = basename(f, '.svg');
    if (!f.endsWith('.svg')) problems.push(`${rel(join(folder, f))}: only .svg files belong in ${FOLDER}/`);
    else if (!listed.has(id)) {
      problems.push(`${rel(join(folder, f))}: no image "${id}" in scenario.json "images"; list it or delete the file`);
    }
  }
  for (const id of images) {
    const file = join(folder, `${id}.svg`);
    if (!existsSync(file)) {
      problems.push(`${rel(file)} is missing: scenario.json lists the image "${id}"; draw it (docs/authoring.md)`);
      continue;
    }
    const svg = readFileSync(file, 'utf8');
    const found = checkPictureSvg(file, svg);
    if (found.length > 0) problems.push(...found);
    else pictures.set(id, minifyPictureSvg(svg));
  }
  return problems.length > 0 ? { ok: false, error: problems } : { ok: true, value: pictures };
}
