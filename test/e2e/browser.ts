import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, inject } from 'vitest';

/** Where browser tests save screenshots; printed once per run. */
export const SCREENSHOTS = resolve('test-results/screenshots');

const NO_BROWSER =
  'No Chromium or Chrome found for the browser tests: install one (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH.';

function playwrightCache(): string[] {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .flatMap((d) => [join(cache, d, 'chrome-linux', 'chrome'), join(cache, d, 'chrome-linux64', 'chrome')]);
}

/** Finds a browser: CHROMIUM_PATH, Debian's chromium, Playwright's cache, then an installed Chrome. */
export function findBrowser(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    ...playwrightCache(),
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
  if (!found) throw new Error(NO_BROWSER);
  return found;
}

/** Headless Chromium with flags that keep it off the network (no background or update traffic). */
function launchOptions() {
  return {
    executablePath: findBrowser(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

/** Starts the run's shared Chromium (see global-setup.ts). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/**
 * A browser for a test file: a connection to the run's shared Chromium when the global setup started one, else a
 * Chromium of its own. Either way `close()` ends only what this file opened.
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = inject('byrBrowserWs');
  if (shared) return chromium.connect(shared);
  return chromium.launch(launchOptions());
}

/** Serves the built game (dist/) with `vite preview` on a free loopback port. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(resolve('dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { url, close: () => server.close() };
}

/** The screenshot path for a name, creating the folder. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/**
 * For a test file: the built game and a browser, from the run's global setup (or started for this file when run
 * without it), and closed after the file's tests.
 */
export function useBuiltGame(): { readonly browser: Browser; readonly url: string } {
  const state: { browser?: Browser; server?: { url: string; close: () => Promise<void> } } = {};
  beforeAll(async () => {
    const shared = inject('byrGameUrl');
    state.server = shared ? { url: shared, close: async () => {} } : await serveDist();
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get browser() {
      if (!state.browser) throw new Error('the browser starts in beforeAll');
      return state.browser;
    },
    get url() {
      if (!state.server) throw new Error('the game is served in beforeAll');
      return state.server.url;
    },
  };
}
