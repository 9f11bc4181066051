import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { findBrowser } from '../test/e2e/browser.ts';
import { inkPlugin } from './vite-plugin-ink.ts';

/** The throttled profile: a cheap phone on slow mobile data. */
const PROFILE = { downKbps: 1600, upKbps: 750, rttMs: 150, cpuSlowdown: 4 } as const;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.rttMs,
    downloadThroughput: (PROFILE.downKbps * 1000) / 8,
    uploadThroughput: (PROFILE.upKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** One file of a visit: compressed bytes and when it finished, ms after navigation; `worker`: the precache's. */
interface Arrival {
  readonly url: string;
  readonly bytes: number;
  readonly at: number;
  readonly worker: boolean;
}

/** One cold visit's figures, ms after navigation unless said. */
export interface VisitFigures {
  readonly home: number;
  /** From the content note's button to the first chat message (the player's own reading not counted). */
  readonly firstMessage: number;
  /** From navigation to the first chat message, the player tapping at once (Start, then the content note). */
  readonly toFirstMessage: number;
  /** Bytes the page fetched until the first message was shown. */
  readonly startBytes: number;
  /** The same visit, warm (service worker and its caches): ms to Home. */
  readonly repeatHome: number;
  readonly arrivals: readonly Arrival[];
}

/** Records every file of the context (the page's and the service worker's) with its compressed size. */
function recordArrivals(context: BrowserContext, start: () => number): Arrival[] {
  const arrivals: Arrival[] = [];
  context.on('requestfinished', (request) => {
    const at = start();
    request
      .sizes()
      .then((sizes) =>
        arrivals.push({
          url: request.url(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          at,
          worker: request.serviceWorker() !== null,
        }),
      )
      .catch(() => undefined);
  });
  return arrivals;
}

/** One cold visit (Home, Start, the first message), then the service worker's precache, then a warm visit to Home. */
async function gameOnce(browser: Browser, url: string): Promise<VisitFigures> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await throttle(page);
  let start = Date.now();
  const arrivals = recordArrivals(context, () => Date.now() - start);
  await page.goto(`${url}?lang=fr&pacing=instant`, { waitUntil: 'commit' });
  await page.locator('.story-card').first().waitFor({ timeout: 120000 });
  const home = Date.now() - start;
  await page.locator('.story-card .btn').first().click();
  await page.locator('.note-screen .btn').first().waitFor({ timeout: 120000 });
  const pressed = Date.now();
  await page.locator('.note-screen .btn').first().click();
  await page.locator('.bubble, .system-line').first().waitFor({ timeout: 120000 });
  const firstMessage = Date.now() - pressed;
  const toFirstMessage = Date.now() - start;
  const startBytes = arrivals.filter((a) => !a.worker && a.at <= toFirstMessage).reduce((s, a) => s + a.bytes, 0);
  // The precache runs after the first message: wait until the worker is active and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120000 });
  await page.waitForTimeout(3000);
  const settled = [...arrivals];
  const warm = await context.newPage();
  await throttle(warm);
  start = Date.now();
  await warm.goto(`${url}?lang=fr&pacing=instant`, { waitUntil: 'commit' });
  await warm.locator('.story-card').first().waitFor({ timeout: 120000 });
  const repeatHome = Date.now() - start;
  await context.close();
  return { home, firstMessage, toFirstMessage, startBytes, repeatHome, arrivals: settled };
}

/** One cold load of the reference page: ms until its ink line shows. */
async function referenceOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await throttle(page);
  const start = Date.now();
  await page.goto(`${url}reference.html`, { waitUntil: 'commit' });
  await page.locator('#line:not(:empty)').waitFor({ timeout: 120000 });
  const ms = Date.now() - start;
  await context.close();
  return ms;
}

/** Builds the reference page, serves both from `vite preview` on loopback, and takes the medians of cold loads. */
export async function loadBench(runs = 5) {
  const refDir = resolve('bench-results/reference');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve('tools/bench'),
    base: './',
    plugins: [inkPlugin()],
    build: { outDir: refDir, emptyOutDir: true, rolldownOptions: { input: resolve('tools/bench/reference.html') } },
  });
  const gameServer = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const refServer = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: refDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const gameUrl = gameServer.resolvedUrls?.local[0] ?? '';
    const refUrl = refServer.resolvedUrls?.local[0] ?? '';
    const game: VisitFigures[] = [];
    const reference: number[] = [];
    for (let i = 0; i < runs; i++) {
      game.push(await gameOnce(browser, gameUrl));
      reference.push(await referenceOnce(browser, refUrl));
    }
    const of = (pick: (g: VisitFigures) => number) => median(game.map(pick));
    const home = of((g) => g.home);
    const toFirstMessage = of((g) => g.toFirstMessage);
    const ref = median(reference);
    // What the bytes alone need: the page's bytes until the first message at the profile's bandwidth, plus 3 RTT.
    const startBytes = of((g) => g.startBytes);
    const transferLimit = (startBytes * 8) / PROFILE.downKbps + 3 * PROFILE.rttMs;
    return {
      profile: PROFILE,
      runs,
      home,
      firstMessage: of((g) => g.firstMessage),
      toFirstMessage,
      reference: ref,
      homeRatio: home / ref,
      startBytes,
      transferLimit,
      firstMessageRatio: toFirstMessage / transferLimit,
      repeatHome: of((g) => g.repeatHome),
      firstVisit: game[0]?.arrivals ?? [],
      samples: { game: game.map(({ arrivals: _, ...rest }) => rest), reference },
    };
  } finally {
    await browser.close();
    await gameServer.close();
    await refServer.close();
  }
}
