import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * `npm run size`: the first-load budget, enforced (exit 1 when over). First load = what a player downloads before
 * Home is readable and usable (title, stories, Help, Leave, language): index.html, boot.js, its icon, its CSS, the entry script
 * and what it imports statically, the strings and the fonts of the player's language (Arabic loads its font). The
 * game (Phaser, the scenes, the ink runtime, sounds) loads after Home is painted, while the player reads; scenario
 * scripts, the sound sprite and other languages' fonts come later still. Anything Home shows (covers, avatars) is
 * part of the entry's graph or of index.html, so it counts here.
 */
export const BUDGET = { firstLoadKb: { fr: 200, en: 200, ar: 250 }, embedKb: 5 } as const;

const DIST = 'dist';
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const br = (file: string) => brotliCompressSync(readFileSync(join(DIST, file))).length;

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
  src?: string;
  dynamicImports?: string[];
}

/** Every file a chunk pulls in (itself, its static imports, transitively, and their CSS); by default the entry's. */
function entryFiles(manifest: Record<string, ManifestChunk>, from?: ManifestChunk): string[] {
  const entry = from ?? Object.entries(manifest).find(([key, c]) => c.isEntry && key.endsWith('index.html'))?.[1];
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

/**
 * The stories' covers (assets/faces/cover-*.svg). Home loads the first card's cover at once and the others once what a
 * story needs has arrived (or as they show on screen), so first load counts one cover: the largest, whichever story
 * comes first.
 */
function coverSizes(): { name: string; gzip: number }[] {
  const dir = join(DIST, 'assets/faces');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith('cover-'))
    .map((f) => ({ name: `assets/faces/${f}`, gzip: gz(`assets/faces/${f}`) }))
    .sort((a, b) => b.gzip - a.gzip);
}

/** The sizes, per language, and the budget verdict. */
export function measure(): {
  rows: { name: string; gzip: number; brotli: number }[];
  firstLoad: Record<string, number>;
  embed: number;
  stories: { file: string; gzip: number }[];
  game: { name: string; gzip: number }[];
  covers: { name: string; gzip: number }[];
} {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const shell = ['index.html', 'boot.js', 'icon.svg', ...entryFiles(manifest)];
  const covers = coverSizes();
  const firstCover = covers[0] ? [covers[0].name] : [];
  const rows = [...shell, ...firstCover].map((name) => ({ name, gzip: gz(name), brotli: br(name) }));
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
  // Loaded after Home is painted, while the player reads: the game (Phaser, the scenes, the ink runtime) and sounds.
  const later = new Set<string>();
  for (const src of ['src/game/index.ts', 'src/audio/index.ts']) {
    const chunk = manifest[src];
    if (chunk) for (const f of entryFiles(manifest, chunk)) later.add(f);
  }
  const game = [...later].filter((f) => !shell.includes(f)).map((name) => ({ name, gzip: gz(name) }));
  return { rows, firstLoad, embed: gz('embed.js'), stories, game, covers };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const m = measure();
  for (const r of m.rows)
    console.log(`  ${r.name.padEnd(40)} ${kb(r.gzip).padStart(9)} gzip ${kb(r.brotli).padStart(9)} brotli`);
  console.log(`  shell total: ${kb(m.rows.reduce((s, r) => s + r.brotli, 0))} brotli (fonts are already compressed)`);
  let over = false;
  for (const [lang, bytes] of Object.entries(m.firstLoad)) {
    const budget = BUDGET.firstLoadKb[lang as keyof typeof BUDGET.firstLoadKb];
    const ok = bytes <= budget * 1024;
    over ||= !ok;
    console.log(`${ok ? '✓' : '✗'} first load (${lang}): ${kb(bytes)} of ${budget} kB`);
  }
  console.log(`Loaded while the player reads Home (gzip): ${kb(m.game.reduce((s, g) => s + g.gzip, 0))}`);
  for (const g of m.game) console.log(`  ${g.name.padEnd(40)} ${kb(g.gzip).padStart(9)} gzip`);
  const embedOk = m.embed <= BUDGET.embedKb * 1024;
  over ||= !embedOk;
  console.log(`${embedOk ? '✓' : '✗'} embed loader: ${kb(m.embed)} of ${BUDGET.embedKb} kB`);
  const allCovers = m.covers.reduce((s, c) => s + c.gzip, 0);
  console.log(
    `Covers (first load counts the largest; the rest load after the story code, or as Home scrolls): ${kb(allCovers)} in all`,
  );
  for (const c of m.covers) console.log(`  ${c.name.padEnd(56)} ${kb(c.gzip).padStart(9)} gzip`);
  console.log('Story chunks (loaded when a story starts):');
  for (const s of m.stories) console.log(`  ${s.file.padEnd(56)} ${kb(s.gzip).padStart(9)} gzip`);
  process.exit(over ? 1 : 0);
}
