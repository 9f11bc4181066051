import { mkdirSync, writeFileSync } from 'node:fs';
import { type CDPSession, chromium } from 'playwright-core';
import { preview } from 'vite';
import { findBrowser } from '../../test/e2e/browser.ts';
import { markInPage, marksOf, throttle, waitForMark } from '../bench-load.ts';

// Where the time goes on the throttled profile: network waterfall + CPU profile (self time per script) for a cold
// visit (Home → Start → content note → first message) and a warm one (service worker) to Home.
const lang = process.argv[2] ?? 'fr';

interface Req {
  url: string;
  start: number;
  end?: number;
  bytes?: number;
  fromSw?: boolean;
}

function watchNetwork(cdp: CDPSession, t0: () => number) {
  const reqs = new Map<string, Req>();
  cdp.on('Network.requestWillBeSent', (e) => {
    reqs.set(e.requestId, { url: e.request.url, start: t0() });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (r) r.fromSw = e.response.fromServiceWorker;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = reqs.get(e.requestId);
    if (r) {
      r.end = t0();
      r.bytes = e.encodedDataLength;
    }
  });
  return reqs;
}

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
function summarize(profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!n) return;
    const file = n.callFrame.url.replace(/^.*\//, '') || n.callFrame.functionName;
    const key = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    byUrl.set(file, (byUrl.get(file) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([n, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${n}`);
  return [...top(byUrl, 12), '   -- functions', ...top(self, 25)].join('\n');
}

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
};
/** Main-thread time by trace event name, and the long tasks with their biggest children, ms from tracing start. */
function mainThread(buffer: Buffer): string {
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const mains = events.filter((e) => e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain');
  const lines: string[] = [];
  for (const m of mains) {
    const on = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.dur !== undefined);
    const tasks = on.filter((e) => e.name === 'RunTask');
    const busy = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    if (busy < 50) continue;
    const byName = new Map<string, number>();
    for (const e of on) if (e.name !== 'RunTask') byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    lines.push(`  renderer ${m.pid}: busy ${busy.toFixed(0)} ms in tasks; by event (nested, overlapping):`);
    for (const [n, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14))
      lines.push(`    ${ms.toFixed(0).padStart(6)} ms  ${n}`);
    lines.push('  tasks over 20 ms: start–end, biggest direct parts');
    for (const t of tasks.filter((e) => (e.dur ?? 0) > 20000)) {
      const inside = on.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
      const parts = new Map<string, number>();
      for (const e of inside) {
        const url = (e.args?.data as { url?: string } | undefined)?.url?.replace(/^.*\//, '') ?? '';
        const key = `${e.name}${url ? ` ${url}` : ''}`;
        parts.set(key, Math.max(parts.get(key) ?? 0, (e.dur ?? 0) / 1000));
      }
      const top = [...parts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([n, ms]) => `${n} ${ms.toFixed(0)}`);
      // Layouts forced inside one task (a read after a write) show as more than one.
      const layouts = inside.filter((e) => e.name === 'Layout').length;
      if (layouts > 1) top.push(`${layouts} layouts`);
      lines.push(
        `    ${((t.ts - t0) / 1000).toFixed(0).padStart(6)}–${((t.ts + (t.dur ?? 0) - t0) / 1000).toFixed(0).padStart(6)} ms: ${top.join(' | ')}`,
      );
    }
  }
  return lines.join('\n');
}
const CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
];

function waterfall(reqs: Map<string, Req>): string {
  return [...reqs.values()]
    .sort((a, b) => a.start - b.start)
    .map(
      (r) =>
        `    ${String(r.start).padStart(6)}–${String(r.end ?? '?').padStart(6)} ms ${String(r.bytes ?? '').padStart(7)} B ${r.fromSw ? 'SW ' : '   '}${r.url.replace(/^https?:\/\/[^/]+\//, '')}`,
    )
    .join('\n');
}

const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const out: string[] = [];
const log = (s: string) => {
  out.push(s);
  console.log(s);
};
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await markInPage(context);
  const page = await context.newPage();
  const cdp = await throttle(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  let start = Date.now();
  const reqs = watchNetwork(cdp, () => Date.now() - start);
  const marks: string[] = [];
  const mark = (s: string) => marks.push(`    ${String(Date.now() - start).padStart(6)} ms ${s}`);
  page.on('console', (m) => mark(`console: ${m.text().slice(0, 100)}`));
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: CATEGORIES });
  start = Date.now();
  // The bench's own in-page tapper and marks (`#tap`): Playwright's clicks run its injected script on the throttled
  // page, about a second each, which a player's tap does not cost.
  await page.goto(`${url}?lang=${lang}&pacing=instant#tap`, { waitUntil: 'commit' });
  mark('commit');
  await waitForMark(cdp, 'message');
  const inPage = await marksOf(page);
  const paints = await page.evaluate(() =>
    performance.getEntriesByType('paint').map((p) => `${p.name} ${Math.round(p.startTime)}`),
  );
  mark(`page marks (page clock): ${JSON.stringify(inPage, (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
  mark(`paint entries: ${paints.join(', ')}`);
  const coldTrace = await browser.stopTracing();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/cold-${lang}.trace.json`, coldTrace);
  log(`COLD main thread (navigation to first message)\n${mainThread(coldTrace)}`);
  const p1 = (await cdp.send('Profiler.stop')).profile;
  writeFileSync(`bench-results/cold-${lang}.cpuprofile`, JSON.stringify(p1));
  log(`COLD — navigation to first message: CPU by script\n${summarize(p1 as never)}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120000 });
  mark('SW controls');
  await page.waitForTimeout(3000);
  log(`COLD marks\n${marks.join('\n')}`);
  log(`COLD waterfall\n${waterfall(reqs)}`);

  const warm = await context.newPage();
  const wcdp = await throttle(warm);
  await wcdp.send('Profiler.enable');
  await wcdp.send('Profiler.setSamplingInterval', { interval: 200 });
  marks.length = 0;
  const wreqs = watchNetwork(wcdp, () => Date.now() - start);
  warm.on('console', (m) => mark(`console: ${m.text().slice(0, 100)}`));
  await wcdp.send('Profiler.start');
  await browser.startTracing(warm, { categories: CATEGORIES });
  start = Date.now();
  await warm.goto(`${url}?lang=${lang}&pacing=instant`, { waitUntil: 'commit' });
  mark('commit');
  await waitForMark(wcdp, 'home');
  mark('Home (story card)');
  const nav = await warm.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation')[0]?.toJSON()));
  log(`WARM main thread\n${mainThread(await browser.stopTracing())}`);
  const p2 = (await wcdp.send('Profiler.stop')).profile;
  log(`WARM — to Home: CPU by script\n${summarize(p2 as never)}`);
  log(`WARM marks\n${marks.join('\n')}`);
  log(`WARM navigation timing ${nav}`);
  log(`WARM waterfall\n${waterfall(wreqs)}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/trace-${lang}.txt`, `${out.join('\n')}\n`);
}
