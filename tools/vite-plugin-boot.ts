import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;

import { renderFirstHomes } from './first-home-render.ts';

const SOURCE = fileURLToPath(new URL('../src/boot/boot.ts', import.meta.url));
const PARTNER_FILE = fileURLToPath(new URL('../src/partner.config.json', import.meta.url));
const STRINGS = /^assets\/strings-([a-z]+)-[\w-]+\.js$/;

/** The language a deployment's partner config file sets, if any (the app reads the same file). */
function partnerLang(): string | undefined {
  if (!existsSync(PARTNER_FILE)) return undefined;
  try {
    const config: unknown = JSON.parse(readFileSync(PARTNER_FILE, 'utf8'));
    const lang = typeof config === 'object' && config !== null && 'lang' in config ? config.lang : undefined;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    // The app reports a malformed config; here it only means no hint.
    return undefined;
  }
}

const CHAT = /[\\/]src[\\/]game[\\/]chat-session\.ts$/;
const RUNNER = /[\\/]src[\\/]app[\\/]story-runner\.ts$/;
/** A story's script, or its opening (`?opening`, src/engine/opening.ts). */
const STORY = /[\\/]stories[\\/]([\w-]+)[\\/](\w+)\.ink(\?opening)?$/;

/** A chunk's files with everything it imports (scripts and stylesheets), the entry's own graph left out. */
function filesOf(bundle: OutputBundle, fileName: string, seen = new Set<string>()): string[] {
  const chunk = bundle[fileName];
  if (chunk?.type !== 'chunk' || chunk.isEntry || seen.has(fileName)) return [];
  seen.add(fileName);
  const css = [...((chunk as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? [])];
  return [fileName, ...css, ...chunk.imports.flatMap((f) => filesOf(bundle, f, seen))];
}

/**
 * What a story needs beyond the entry, by file: the chat's code and the ink runtime (any story), and each story's
 * opening and script per language. boot.js starts them early on a slow link (see src/boot/boot.ts).
 */
function aheadOf(bundle: OutputBundle) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const having = (re: RegExp) => chunks.find((c) => c.moduleIds.some((id) => re.test(id)))?.fileName;
  const common = [having(CHAT), having(RUNNER)].flatMap((f) => (f ? filesOf(bundle, f) : []));
  const stories: Record<string, Record<string, string[]>> = {};
  for (const c of chunks) {
    const [, id, lang, opening] = STORY.exec(c.facadeModuleId ?? '') ?? [];
    if (!id || !lang) continue;
    const byLang = stories[id] ?? {};
    stories[id] = byLang;
    const files = byLang[lang] ?? [];
    // The opening first: it is what the chat shows first (a kB), the script follows.
    byLang[lang] = opening ? [`./${c.fileName}`, ...files] : [...files, `./${c.fileName}`];
  }
  if (common.length < 2) throw new Error('boot.js: the chat or the ink runtime chunk was not found in the build');
  return { common: [...new Set(common)].map((f) => `./${f}`), stories };
}

/**
 * The page's first script, `boot.js` (src/boot/boot.ts): a classic script built with the addresses of the UI
 * strings' chunks and a first visit's Home in each language (tools/first-home-render.ts), and linked at the end of index.html's body (the CSP allows only scripts from the
 * site: no inline script). Build only: the dev server has no built chunks to point at.
 */
export function bootPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'before-you-reply:boot',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_, bundle) {
      const strings: Record<string, string> = {};
      for (const fileName of Object.keys(bundle)) {
        const lang = STRINGS.exec(fileName)?.[1];
        if (lang) strings[lang] = `./${fileName}`;
      }
      if (Object.keys(strings).length === 0) this.error('boot.js: no UI strings chunk (assets/strings-*.js) was built');
      // A first visit's Home in each language, drawn by the app's own code: boot.js paints it before the app arrives.
      const homes = await renderFirstHomes(root, Object.keys(strings));
      const { code } = transformSync(readFileSync(SOURCE, 'utf8'), {
        loader: 'ts',
        format: 'iife',
        minify: true,
        target: 'es2020',
        define: {
          BOOT_STRINGS: JSON.stringify(strings),
          BOOT_PARTNER_LANG: JSON.stringify(partnerLang() ?? null),
          BOOT_FIRST_HOMES: JSON.stringify(homes),
          BOOT_AHEAD: JSON.stringify(aheadOf(bundle)),
        },
      });
      this.emitFile({ type: 'asset', fileName: 'boot.js', source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: './boot.js' }, injectTo: 'body' }],
    },
  };
}
