import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import en from '../../src/content/locales/en.json' with { type: 'json' };
import { findBrowser } from '../../test/e2e/browser.ts';
import { playToDebrief } from '../../test/e2e/play-helpers.ts';

/**
 * The canvas's cost in the built game, on the throttled phone's CPU (4× slower, as in bench-load.ts):
 * - idle CPU with nothing moving, on Home and on the sorting game (ms of main-thread work per second, from the
 *   DevTools protocol's `Performance.getMetrics` TaskDuration);
 * - frame times while a card is dragged into a bin and flies in (median, p95);
 * - on a desktop (1366×768), frame times while the desk scene comes in around the phone, and idle CPU with it shown.
 * `tsx tools/bench/canvas-bench.ts [dist-dir]` prints them for any build (an older one: the before/after ratio).
 */
const CPU_SLOWDOWN = 4;
const IDLE_MS = 5000;

/** A quiet stretch: main-thread ms per second, and canvas frames drawn per second. */
export interface Idle {
  readonly cpuMsPerS: number;
  readonly redrawsPerS: number;
}

export interface CanvasFigures {
  /** With nothing moving. */
  readonly idleHome: Idle;
  readonly idleSorting: Idle;
  /** Frame times while cards move; undefined for a build whose sorting screen has no draggable card. */
  readonly frames?: Frames;
  /** Home on a desktop with the desk scene: frames while it fades in and its light comes up, then idle. */
  readonly desk: { readonly frames: Frames; readonly idle: Idle };
}

/** Frame times (ms) over a stretch. */
export interface Frames {
  readonly median: number;
  readonly p95: number;
  readonly count: number;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
}

/** Counts the canvas's redraws: Phaser's Canvas renderer clears the stage canvas once per frame it draws. */
const COUNT_REDRAWS = `(() => {
  window.redraws = 0;
  const clear = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...args) {
    if (this.canvas.parentElement?.id === 'stage') window.redraws++;
    return clear.apply(this, args);
  };
})()`;

/** Main-thread ms and canvas redraws per second over a quiet stretch, after the screen has settled. */
async function idleCpu(page: Page, cdp: CDPSession): Promise<Idle> {
  await page.waitForTimeout(3000);
  const before = { task: await taskSeconds(cdp), redraws: Number(await page.evaluate('window.redraws')) };
  await page.waitForTimeout(IDLE_MS);
  const seconds = IDLE_MS / 1000;
  return {
    cpuMsPerS: (((await taskSeconds(cdp)) - before.task) * 1000) / seconds,
    redrawsPerS: (Number(await page.evaluate('window.redraws')) - before.redraws) / seconds,
  };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? Number.NaN;

/** Drags three cards into a bin (20 mouse steps each, then the flight) while counting frame times. */
async function dragFrames(page: Page): Promise<CanvasFigures['frames']> {
  const card = page.locator('.sort-card.draggable');
  if (!(await card.count())) return undefined;
  await startFrames(page);
  for (let i = 0; i < 3; i++) {
    const box = await card.boundingBox();
    const bin = await page
      .locator('.sort-bin')
      .nth(i % 2)
      .boundingBox();
    if (!box || !bin) break;
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(bin.x + bin.width / 2, bin.y + bin.height / 2, { steps: 20 });
    await page.mouse.up();
    await page.locator('.sort-actions .btn').first().waitFor();
    await page.waitForTimeout(300);
    await page.locator('.sort-actions .btn').first().click();
  }
  return stopFrames(page);
}

/** Starts recording the page's frame times (requestAnimationFrame to requestAnimationFrame). */
async function startFrames(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.frameTimes = [];
    window.frameRun = true;
    let last = performance.now();
    const tick = (now) => {
      window.frameTimes.push(now - last);
      last = now;
      if (window.frameRun) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

async function stopFrames(page: Page): Promise<Frames> {
  const times = await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; frameRun: boolean };
    w.frameRun = false;
    return w.frameTimes.slice(1);
  });
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), count: times.length };
}

/** Home at 1366×768, CPU throttled from the start: frames while the desk scene comes in, then idle with it. */
async function deskFigures(browser: Browser, url: string): Promise<CanvasFigures['desk']> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(COUNT_REDRAWS);
  await page.goto(`${url}?lang=en`);
  await page.locator('#stage canvas').waitFor({ state: 'attached', timeout: 120000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await startFrames(page);
  // The room fades in (0.4 s) and the light comes up (0.3 + 1.4 s).
  await page.waitForTimeout(2000);
  const frames = await stopFrames(page);
  const idle = await idleCpu(page, cdp);
  await page.close();
  return { frames, idle };
}

/** Serves a build (dist/ by default) and measures it. */
export async function canvasBench(distDir = 'dist'): Promise<CanvasFigures> {
  const server = await preview({
    logLevel: 'silent',
    build: { outDir: resolve(distDir) },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript(COUNT_REDRAWS);
    await page.goto(`${url}?lang=en`);
    await page.locator('.story-card').first().waitFor({ timeout: 120000 });
    // Home paints before the game chunk arrives: wait for the canvas, then for its start-up to finish.
    await page.locator('#stage canvas').waitFor({ state: 'attached', timeout: 120000 });
    await page.waitForTimeout(3000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const idleHome = await idleCpu(page, cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await playToDebrief(page, url, 'sample', 'en');
    await page.getByRole('button', { name: en['sort.start'] }).click();
    await page.locator('.sort-card').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const idleSorting = await idleCpu(page, cdp);
    const frames = await dragFrames(page);
    await page.close();
    const desk = await deskFigures(browser, url);
    return { idleHome, idleSorting, ...(frames ? { frames } : {}), desk };
  } finally {
    await browser.close();
    await server.close();
  }
}

const idle = (i: Idle) => `${i.cpuMsPerS.toFixed(1)} ms/s, ${i.redrawsPerS.toFixed(1)} frames/s`;

/** The lines `npm run bench` prints. */
export function canvasLines(f: CanvasFigures): string[] {
  return [
    `Canvas (headless Chromium, 360×740, CPU ${CPU_SLOWDOWN}× slower; figures inflated by machine load):`,
    `  idle with nothing moving, main-thread CPU and canvas redraws: Home ${idle(f.idleHome)}; sorting game ${idle(f.idleSorting)}`,
    f.frames
      ? `  frame time while cards are dragged and fly into a bin: median ${f.frames.median.toFixed(1)} ms, p95 ${f.frames.p95.toFixed(1)} ms (${f.frames.count} frames)`
      : '  frame time while cards move: this build has no draggable card',
    `  desk scene (1366×768): frame time while it comes in median ${f.desk.frames.median.toFixed(1)} ms, p95 ${f.desk.frames.p95.toFixed(1)} ms (${f.desk.frames.count} frames); then idle ${idle(f.desk.idle)}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await canvasBench(process.argv[2]);
  for (const line of canvasLines(figures)) console.log(line);
  console.log(JSON.stringify(figures));
}
