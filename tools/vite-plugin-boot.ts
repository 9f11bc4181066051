import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';

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

/**
 * The page's first script, `boot.js` (src/boot/boot.ts): a classic script of a few hundred bytes, built with the
 * addresses of the UI strings' chunks, and linked at the end of index.html's body (the CSP allows only scripts from the
 * site: no inline script). Build only: the dev server has no built chunks to point at.
 */
export function bootPlugin(): Plugin {
  return {
    name: 'before-you-reply:boot',
    apply: 'build',
    generateBundle(_, bundle) {
      const strings: Record<string, string> = {};
      for (const fileName of Object.keys(bundle)) {
        const lang = STRINGS.exec(fileName)?.[1];
        if (lang) strings[lang] = `./${fileName}`;
      }
      if (Object.keys(strings).length === 0) this.error('boot.js: no UI strings chunk (assets/strings-*.js) was built');
      const { code } = transformSync(readFileSync(SOURCE, 'utf8'), {
        loader: 'ts',
        format: 'iife',
        minify: true,
        target: 'es2020',
        define: {
          BOOT_STRINGS: JSON.stringify(strings),
          BOOT_PARTNER_LANG: JSON.stringify(partnerLang() ?? null),
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
