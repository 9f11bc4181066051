/** Rough text measurement for SVG layout at build time, where there is no browser to measure with. */

// Wide characters: emoji and pictographs take about a full em; everything else about 0.58 em (generous for Latin
// and Arabic sans-serif fonts), so boxes are a little large rather than too small.
const WIDE = /\p{Extended_Pictographic}/u;
const ZERO_WIDTH = /^(?:[\u200B-\u200F\u2066-\u2069]|\uFE0F)$/u;

/** Estimated width of a line of text in pixels at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    em += WIDE.test(ch) ? 1.15 : 0.58;
  }
  return em * fontSize;
}

function cut(text: string, maxWidth: number, fontSize: number): string {
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out + ch}…`, fontSize) > maxWidth) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** Splits text into at most `maxLines` lines that fit `maxWidth`; what does not fit ends with "…". */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = textWidth(word, fontSize) <= maxWidth ? word : cut(word, maxWidth, fontSize);
    if (lines.length === maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  const shown = lines.slice(0, maxLines);
  const isCut = shown.join(' ').replace(/…$/, '').length < words.join(' ').length;
  const last = shown.at(-1);
  if (isCut && last !== undefined && !last.endsWith('…')) shown[shown.length - 1] = cut(`${last} `, maxWidth, fontSize);
  return shown;
}
