import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
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

/** One cold load of the game: ms to Home, then ms from "Start the story" to the first chat message. */
async function gameOnce(browser: Browser, url: string): Promise<{ home: number; firstMessage: number }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await throttle(page);
  const start = Date.now();
  await page.goto(`${url}?lang=fr&pacing=instant`, { waitUntil: 'commit' });
  await page.locator('.story-card').first().waitFor({ timeout: 120000 });
  const home = Date.now() - start;
  await page.locator('.story-card .btn').first().click();
  await page.locator('.note-screen .btn').first().waitFor();
  const pressed = Date.now();
  await page.locator('.note-screen .btn').first().click();
  await page.locator('.bubble, .system-line').first().waitFor({ timeout: 120000 });
  const firstMessage = Date.now() - pressed;
  await context.close();
  return { home, firstMessage };
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
    const game: { home: number; firstMessage: number }[] = [];
    const reference: number[] = [];
    for (let i = 0; i < runs; i++) {
      game.push(await gameOnce(browser, gameUrl));
      reference.push(await referenceOnce(browser, refUrl));
    }
    const home = median(game.map((g) => g.home));
    const firstMessage = median(game.map((g) => g.firstMessage));
    const ref = median(reference);
    return {
      profile: PROFILE,
      runs,
      home,
      firstMessage,
      homePlusFirst: home + firstMessage,
      reference: ref,
      ratio: (home + firstMessage) / ref,
      samples: { game, reference },
    };
  } finally {
    await browser.close();
    await gameServer.close();
    await refServer.close();
  }
}
