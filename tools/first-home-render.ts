import { JSDOM } from 'jsdom';
import { createServer } from 'vite';
import type { Painted, Snapshot } from '../src/boot/boot.ts';
import { facesPlugin } from './vite-plugin-faces.ts';
import { inkPlugin } from './vite-plugin-ink.ts';

/** Home as the app draws it for a first visit, in one language (see src/app/first-home.ts), as boot.js paints it. */
export type FirstHome = Painted;

/** The browser globals the app's code reaches for, taken from a jsdom window. */
function useWindow(window: JSDOM['window']): void {
  const w = window as unknown as Record<string, unknown>;
  // jsdom has no media queries: the look's theme and motion are the device's, which boot.js reads itself.
  w.matchMedia = () => ({ matches: false, addEventListener() {}, removeEventListener() {} });
  const g = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(w)) if (!(key in g)) g[key] = w[key];
  for (const key of ['document', 'navigator', 'location', 'history', 'localStorage', 'matchMedia', 'getComputedStyle'])
    g[key] = w[key];
  g.window = w;
}

/**
 * Draws the first visit's Home in each language with the app's own code (src/app/first-home.ts) in jsdom, through
 * a Vite server in SSR mode (so the app's `import.meta.glob`, its stylesheets and virtual modules resolve as in the
 * build). Run by tools/vite-plugin-boot.ts at build time; browser globals are restored afterwards.
 */
export async function renderFirstHomes(root: string, langs: readonly string[]): Promise<Record<string, FirstHome>> {
  const g = globalThis as Record<string, unknown>;
  const saved = new Map(Object.getOwnPropertyNames(g).map((k) => [k, Object.getOwnPropertyDescriptor(g, k)]));
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [inkPlugin(), facesPlugin()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    ssr: { noExternal: true },
  });
  try {
    const homes: Record<string, FirstHome> = {};
    for (const lang of langs) {
      const dom = new JSDOM(
        '<!doctype html><html><head></head><body><nav id="safety"></nav><div id="stage"></div><div id="ui"></div></body></html>',
        { url: `https://first-visit.invalid/?lang=${lang}`, pretendToBeVisual: true },
      );
      useWindow(dom.window);
      const module = (await server.ssrLoadModule('/src/app/first-home.ts')) as {
        renderFirstHome: () => Promise<Snapshot>;
      };
      const { v: _, entry: __, search: ___, ...home } = await module.renderFirstHome();
      if (home.lang !== lang) throw new Error(`the first Home in ${lang} came out in ${home.lang}`);
      homes[lang] = home;
      dom.window.close();
    }
    return homes;
  } finally {
    await server.close();
    for (const key of Object.getOwnPropertyNames(g)) if (!saved.has(key)) delete g[key];
    for (const [key, descriptor] of saved) if (descriptor) Object.defineProperty(g, key, descriptor);
  }
}
