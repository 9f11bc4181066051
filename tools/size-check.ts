import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * `npm run size`: the first-load budget, enforced (exit 1 when over). First load = what a player downloads before
 * the first tap on Home: index.html, its CSS, the entry script and what it imports statically, the strings and the
 * fonts of the player's language (Arabic loads its font). Scenario scripts, the sound sprite and other languages' fonts come later.
 */
export const BUDGET = { firstLoadKb: 350, embedKb: 5 } as const;

const DIST = 'dist';
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const br = (file: string) => brotliCompressSync(readFileSync(join(DIST, file))).length;

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
  src?: string;
}

/** Every file the entry chunk pulls in at start (static imports, transitively) and their CSS. */
function entryFiles(manifest: Record<string, ManifestChunk>): string[] {
  const entry = Object.entries(manifest).find(([key, c]) => c.isEntry && key.endsWith('index.html'))?.[1];
  if (!entry) throw new Error('dist/.vite/manifest.json has no index.html entry: is build.manifest on?');
  const files = new Set<string>();
  const visit = (chunk: ManifestChunk) => {
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const key of chunk.imports ?? []) {
      const next = manifest[key];
      if (next) visit(next);
    }
  };
  visit(entry);
  return [...files];
}

/** The sizes, per language, and the budget verdict. */
export function measure(): {
  rows: { name: string; gzip: number; brotli: number }[];
  firstLoad: Record<string, number>;
  embed: number;
  stories: { file: string; gzip: number }[];
} {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const shell = ['index.html', 'icon.svg', ...entryFiles(manifest)];
  const rows = shell.map((name) => ({ name, gzip: gz(name), brotli: br(name) }));
  const base = rows.reduce((sum, r) => sum + r.gzip, 0);
  const arabicFonts = ['fonts/noto-sans-arabic-regular.woff2', 'fonts/noto-sans-arabic-bold.woff2'].reduce(
    (s, f) => s + statSync(join(DIST, f)).size,
    0,
  );
  const stories = Object.values(manifest)
    .filter((c) => /stories\/.+\/(fr|ar|en)\.ink$/.test(c.src ?? ''))
    .map((c) => ({ file: `${c.src} → ${c.file}`, gzip: gz(c.file) }))
    .sort((a, b) => a.file.localeCompare(b.file));
  // Each language's UI strings are their own chunk, loaded at start for the player's language only.
  const strings = (lang: string) => {
    const chunk = Object.values(manifest).find((c) => c.src === `src/content/locales/${lang}.json`);
    return chunk ? gz(chunk.file) : 0;
  };
  const firstLoad = { fr: base + strings('fr'), en: base + strings('en'), ar: base + strings('ar') + arabicFonts };
  return { rows, firstLoad, embed: gz('embed.js'), stories };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const m = measure();
  for (const r of m.rows)
    console.log(`  ${r.name.padEnd(40)} ${kb(r.gzip).padStart(9)} gzip ${kb(r.brotli).padStart(9)} brotli`);
  console.log(`  shell total: ${kb(m.rows.reduce((s, r) => s + r.brotli, 0))} brotli (fonts are already compressed)`);
  let over = false;
  for (const [lang, bytes] of Object.entries(m.firstLoad)) {
    const ok = bytes <= BUDGET.firstLoadKb * 1024;
    over ||= !ok;
    console.log(`${ok ? '✓' : '✗'} first load (${lang}): ${kb(bytes)} of ${BUDGET.firstLoadKb} kB`);
  }
  const embedOk = m.embed <= BUDGET.embedKb * 1024;
  over ||= !embedOk;
  console.log(`${embedOk ? '✓' : '✗'} embed loader: ${kb(m.embed)} of ${BUDGET.embedKb} kB`);
  console.log('Story chunks (loaded when a story starts):');
  for (const s of m.stories) console.log(`  ${s.file.padEnd(56)} ${kb(s.gzip).padStart(9)} gzip`);
  process.exit(over ? 1 : 0);
}
