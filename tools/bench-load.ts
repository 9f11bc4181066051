import { resolve } from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { findBrowser } from '../test/e2e/browser.ts';
import { inkPlugin } from './vite-plugin-ink.ts';

/** The throttled profile: a cheap phone on slow mobile data. */
export const PROFILE = { downKbps: 1600, upKbps: 750, rttMs: 150, cpuSlowdown: 4 } as const;

/** Puts a page on the throttled profile; the DevTools session it used is handed back for more. */
export async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.rttMs,
    downloadThroughput: (PROFILE.downKbps * 1000) / 8,
    uploadThroughput: (PROFILE.upKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  return cdp;
}

/** The lowest and highest of a bench's runs. */
const spread = (xs: number[]) => ({ min: Math.min(...xs), max: Math.max(...xs) });

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
  /** From navigation to the first chat message, the page tapping at once (Start, then the content note). */
  readonly toFirstMessage: number;
  /** From navigation to the first reply options (the story's opening can show before its script is built). */
  readonly toReply: number;
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

/** Selectors whose first appearance the page notes on its own clock (ms after its navigation started). */
const MARKS = {
  home: '.story-card',
  message: '.bubble, .system-line',
  reply: '.composer:not([hidden]) button',
  line: '#line:not(:empty)',
} as const;
export type Marks = Partial<Record<keyof typeof MARKS | 'pressed', number>>;

/**
 * Times are taken in the page (a MutationObserver, then the next animation frame: what is painted, not only in the
 * document; `performance.now()`), not by polling from here: on a loaded
 * machine the polling's own delay would count. `pressed` is the content note's button, in the capture phase.
 * The bench waits through `benchWait(name)` with a bare DevTools evaluation, never Playwright's locators: those run
 * Playwright's injected script on the page's main thread (throttled 4×) while it loads, which a phone does not have.
 * With `#tap` in the address the page taps at once, as a player would who knows where to go: the first story's Start
 * as soon as Home shows, the content note's button as soon as it shows (Playwright's clicks waited on the same
 * injected script, about a second each under load).
 */
export async function markInPage(context: BrowserContext): Promise<void> {
  // A string, not a function: tsx would wrap a function's inner functions in a helper the page does not have.
  await context.addInitScript({
    content: `(() => {
      const marks = ${JSON.stringify(MARKS)};
      const seen = {};
      const waiting = {};
      window.benchMarks = seen;
      window.benchWait = (name) =>
        seen[name] !== undefined ? Promise.resolve(seen[name]) : new Promise((done) => { waiting[name] = done; });
      const note = (name) => {
        seen[name] = performance.now();
        if (waiting[name]) waiting[name](seen[name]);
      };
      const taps = location.hash === '#tap' ? ['.story-card .btn', '.note-screen .btn'] : [];
      const framing = {};
      new MutationObserver(() => {
        // A mark is the frame that shows it: the next animation frame after it enters the document (rendering waits
        // for the page's stylesheets, so an element that is there but not yet painted does not count).
        for (const [name, selector] of Object.entries(marks))
          if (seen[name] === undefined && !framing[name] && document.querySelector(selector)) {
            framing[name] = true;
            requestAnimationFrame(() => note(name));
          }
        const next = taps[0] && document.querySelector(taps[0]);
        if (next) {
          taps.shift();
          setTimeout(() => next.click(), 0);
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
      addEventListener('click', (e) => {
        if (seen.pressed === undefined && e.target instanceof Element && e.target.closest('.note-screen .btn'))
          note('pressed');
      }, true);
    })();`,
  });
}

/** Waits in the page until it has noted `name` (see markInPage), without Playwright's injected script. */
export async function waitForMark(cdp: CDPSession, name: keyof typeof MARKS | 'pressed'): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`the page did not note ${name} within 2 minutes`)), 120000);
  });
  const result = await Promise.race([
    cdp.send('Runtime.evaluate', {
      expression: `window.benchWait(${JSON.stringify(name)})`,
      awaitPromise: true,
      returnByValue: true,
    }),
    timeout,
  ]).finally(() => clearTimeout(timer));
  if (result.exceptionDetails) throw new Error(`waiting for ${name}: ${result.exceptionDetails.text}`);
}

export const marksOf = (page: Page) => page.evaluate(() => (window as unknown as { benchMarks: Marks }).benchMarks);

/** Bytes the page itself fetched (compressed, with headers) that finished by `until`, on the page's clock. */
const pageBytesUntil = (page: Page, until: number) =>
  page.evaluate(
    (end) =>
      (performance.getEntriesByType('navigation') as PerformanceResourceTiming[])
        .concat(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.responseEnd <= end)
        .reduce((s, e) => s + e.transferSize, 0),
    until,
  );

/** One cold visit (Home, Start, the first message), then the service worker's precache, then a warm visit to Home. */
async function gameOnce(browser: Browser, url: string, lang: string): Promise<VisitFigures> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await markInPage(context);
  const page = await context.newPage();
  const cdp = await throttle(page);
  let start = Date.now();
  const arrivals = recordArrivals(context, () => Date.now() - start);
  await page.goto(`${url}?lang=${lang}&pacing=instant#tap`, { waitUntil: 'commit' });
  await waitForMark(cdp, 'message');
  await waitForMark(cdp, 'reply');
  const cold = await marksOf(page);
  if (cold.home === undefined || cold.pressed === undefined || cold.message === undefined)
    throw new Error(`the page did not note Home, the note's button and the first message: ${JSON.stringify(cold)}`);
  const home = Math.round(cold.home);
  const firstMessage = Math.round(cold.message - cold.pressed);
  const toFirstMessage = Math.round(cold.message);
  const toReply = Math.round(cold.reply ?? Number.NaN);
  const startBytes = await pageBytesUntil(page, cold.message);
  // The precache runs after the first message: wait until the worker is active and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120000 });
  await page.waitForTimeout(3000);
  const settled = [...arrivals];
  const warm = await context.newPage();
  const warmCdp = await throttle(warm);
  start = Date.now();
  await warm.goto(`${url}?lang=${lang}&pacing=instant`, { waitUntil: 'commit' });
  await waitForMark(warmCdp, 'home');
  const repeatHome = Math.round((await marksOf(warm)).home ?? Number.NaN);
  await context.close();
  return { home, firstMessage, toFirstMessage, toReply, startBytes, repeatHome, arrivals: settled };
}

/** One cold load of the reference page: ms until its ink line shows. */
async function referenceOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  await markInPage(context);
  const page = await context.newPage();
  const cdp = await throttle(page);
  await page.goto(`${url}reference.html`, { waitUntil: 'commit' });
  await waitForMark(cdp, 'line');
  const ms = Math.round((await marksOf(page)).line ?? Number.NaN);
  await context.close();
  return ms;
}

/** Builds the reference page, serves both from `vite preview` on loopback, and takes the medians of cold loads. */
export async function loadBench(runs = 5, lang = 'fr') {
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
      game.push(await gameOnce(browser, gameUrl, lang));
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
      lang,
      home,
      firstMessage: of((g) => g.firstMessage),
      toFirstMessage,
      toReply: of((g) => g.toReply),
      reference: ref,
      homeRatio: home / ref,
      startBytes,
      transferLimit,
      firstMessageRatio: toFirstMessage / transferLimit,
      // Each cold load's own ratio (its time ÷ its own bytes' limit): runs differ by about ±0.07 on a 2-core host.
      firstMessageRatioSpread: spread(
        game.map((g) => g.toFirstMessage / ((g.startBytes * 8) / PROFILE.downKbps + 3 * PROFILE.rttMs)),
      ),
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
