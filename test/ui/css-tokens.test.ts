import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The design tokens stay the one source of colour (src/ui/tokens.css): a raw colour in any other stylesheet, or a
 * custom property read but declared nowhere (a misspelt token silently falls back), fails here with file:line.
 */

const SRC = 'src';
const TOKENS = 'src/ui/tokens.css';

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path, ext);
    return e.name.endsWith(ext) ? [path] : [];
  });
}

/** The text with comments blanked out (newlines kept, so line numbers stay right). */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
}

const NAMED =
  'white|black|red|green|blue|yellow|orange|purple|pink|gray|grey|silver|maroon|navy|teal|olive|lime|aqua|fuchsia';
/** A literal colour: hex, a colour function, or a common named colour used as a value. */
const RAW_COLOUR = new RegExp(
  String.raw`#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|(?<=[:\s,(])(?:${NAMED})(?=[\s;,)!])`,
  'gi',
);

/** Every raw colour outside the tokens file, as `file:line: text`. */
function rawColours(files: readonly string[]): string[] {
  return files
    .filter((f) => f !== TOKENS)
    .flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, i) =>
          [...line.matchAll(RAW_COLOUR)].map((m) => `${relative('.', file)}:${i + 1}: ${m[0]} in "${line.trim()}"`),
        ),
    );
}

describe('design tokens', () => {
  const css = filesUnder(SRC, '.css');

  it('finds the stylesheets and the tokens file', () => {
    expect(css).toContain(TOKENS);
    expect(css.length).toBeGreaterThan(10);
  });

  it('keeps every literal colour in the tokens file', () => {
    expect(rawColours(css)).toEqual([]);
  });

  it('catches a raw colour outside the tokens file', () => {
    // The rule itself: a stylesheet with a hex, an rgb() and a named colour is reported line by line.
    const found = rawColours(['test/fixtures/css/raw-colours.css']);
    expect(found.map((f) => f.split(': ')[1]?.split(' in ')[0])).toEqual(['#fff', 'rgb(', 'white']);
  });

  it('declares every custom property a stylesheet reads', () => {
    const declared = new Set<string>();
    for (const file of css)
      for (const m of withoutComments(readFileSync(file, 'utf8')).matchAll(/(--[\w-]+)\s*:/g)) declared.add(m[1] ?? '');
    // Set from code: a person's colour, a list index, measured heights, the partner's brand colour.
    for (const file of filesUnder(SRC, '.ts'))
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`](--[\w-]+)(?:['"`]|:)/g)) declared.add(m[1] ?? '');
    const undeclared = css.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, i) =>
          [...line.matchAll(/var\((--[\w-]+)/g)]
            .filter((m) => !declared.has(m[1] ?? ''))
            .map((m) => `${file}:${i + 1}: ${m[1]}`),
        ),
    );
    expect(undeclared).toEqual([]);
  });
});
