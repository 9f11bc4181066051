import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { findBrowser } from '../test/e2e/browser.ts';
import { canvasBench, canvasLines } from './bench/canvas-bench.ts';
import { loadBench } from './bench-load.ts';
import { checkScenario } from './scenario-check.ts';
import { listScenarioDirs } from './scenario-files.ts';
import { measure } from './size-check.ts';

/**
 * `npm run bench`: prints what the game costs, the same way every time. Figures, not pass/fail.
 * - bytes of the built site (dist/, run `npm run build` first), gzip and brotli, per file;
 * - the feed in headless Chromium: time to append one message at 10 vs 1,000 messages, heap, frame times.
 */
function sizes(): { file: string; gzip: number; brotli: number }[] {
  const dir = 'dist/assets';
  return readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { file: f, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

async function feed() {
  const server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--enable-precise-memory-info',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await page.goto(`${server.resolvedUrls?.local[0]}tools/bench/feed.html`);
    await page.waitForFunction(() => 'runFeedBench' in window, undefined, { timeout: 30000 });
    return await page.evaluate(() =>
      (window as unknown as { runFeedBench: () => Promise<Record<string, unknown>> }).runFeedBench(),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
statSync('dist/index.html');
const files = sizes();
console.log('Built site (dist/assets), largest first:');
for (const f of files.slice(0, 8))
  console.log(`  ${f.file.padEnd(32)} gzip ${kb(f.gzip).padStart(9)}  brotli ${kb(f.brotli).padStart(9)}`);
const feedFigures = (await feed()) as {
  append10: number;
  append1000: number;
  ratio: number;
  heapMb: number;
  frames: { median: number; p95: number };
};
console.log('Feed (headless Chromium, 400×800):');
console.log(
  `  append + layout one message, median: ${feedFigures.append10.toFixed(2)} ms at 10 messages, ${feedFigures.append1000.toFixed(2)} ms at 1,000 (ratio ${feedFigures.ratio.toFixed(2)})`,
);
console.log(`  JS heap with 1,000 messages: ${feedFigures.heapMb.toFixed(1)} MB`);
console.log(
  `  frame time while typing dots animate: median ${feedFigures.frames.median.toFixed(1)} ms, p95 ${feedFigures.frames.p95.toFixed(1)} ms`,
);
const canvas = await canvasBench();
for (const line of canvasLines(canvas)) console.log(line);
const pipelineStart = performance.now();
const walked = listScenarioDirs().map((dir) => checkScenario(dir));
const pipelineMs = performance.now() - pipelineStart;
const states = walked.reduce((sum, c) => sum + c.languages.reduce((n, l) => n + (l.report?.states ?? 0), 0), 0);
console.log(
  `Story pipeline: compile + lint + full walk of ${walked.length} scenarios × 3 languages in ${(pipelineMs / 1000).toFixed(1)} s (${states} states)`,
);
const size = measure();
console.log('First load before the first tap (gzip):');
for (const [lang, bytes] of Object.entries(size.firstLoad)) console.log(`  ${lang}: ${kb(bytes)}`);
console.log(`  embed loader: ${kb(size.embed)}`);
const total = (xs: readonly { bytes: number }[]) => kb(xs.reduce((s, a) => s + a.bytes, 0));
const span = (xs: readonly { at: number }[]) =>
  xs.length ? `${Math.min(...xs.map((a) => a.at))}–${Math.max(...xs.map((a) => a.at))} ms` : 'none';
/** The start path in French and in Arabic (right to left, its own strings and stories), each next to the reference. */
const loads: Record<string, Awaited<ReturnType<typeof loadBench>>> = {};
for (const lang of ['fr', 'ar']) {
  console.log(
    `Load on a throttled phone profile (1.6 Mbit/s down, 150 ms RTT, CPU 4× slower), ${lang}, median of 5 cold loads:`,
  );
  const load = await loadBench(5, lang);
  loads[lang] = load;
  console.log(`  Home: ${load.home} ms; reference page (one ink line, inkjs runtime only): ${load.reference} ms`);
  console.log(`  ratio Home / reference: ${load.homeRatio.toFixed(2)} (target ≤ 1.5)`);
  console.log(
    `  first chat message: ${load.firstMessage} ms after the content note's button; ${load.toFirstMessage} ms after navigation, the player tapping at once (instant pacing); its reply options ${load.toReply} ms after navigation`,
  );
  console.log(
    `  transfer limit: ${kb(load.startBytes)} fetched until the first message ÷ 1.6 Mbit/s + 3 RTT = ${Math.round(load.transferLimit)} ms`,
  );
  console.log(
    `  ratio first message (from navigation) / transfer limit: ${load.firstMessageRatio.toFixed(2)} (target ≤ 1.3; runs ${load.firstMessageRatioSpread.min.toFixed(2)}–${load.firstMessageRatioSpread.max.toFixed(2)})`,
  );
  console.log(`  repeat visit (service worker warm): Home in ${load.repeatHome} ms (target ≤ 500)`);
  const visit = load.firstVisit;
  const page = visit.filter((a) => !a.worker);
  const worker = visit.filter((a) => a.worker);
  console.log(
    `  whole first visit: ${total(visit)}; the page's ${total(page)} (${span(page)}), the service worker's precache ${total(worker)} (${span(worker)} after navigation)`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  `${JSON.stringify({ date: new Date().toISOString(), files, pipeline: { ms: Math.round(pipelineMs), states }, firstLoad: size.firstLoad, embed: size.embed, stories: size.stories, load: loads, feed: feedFigures, canvas }, null, 2)}\n`,
);
console.log('Written: bench-results/bench.json');
