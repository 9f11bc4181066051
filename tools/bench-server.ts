import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createApp } from '../server/app.ts';
import { SCENARIO_IDS } from '../server/scenario-ids.ts';
import { countStored, openBenchDatabase, readBenchOptions } from './bench-database.ts';

/**
 * `npm run bench:server [-- --store postgres --instances 2 --sessions 200 --students 30]`: class sessions × students,
 * each posting a full play, against the real service on loopback (each instance its own thread; a temp SQLite file,
 * or PostgreSQL: DATABASE_URL or a throwaway cluster). Students post to every instance in turn; each teacher's stream
 * is on another instance than the session was created on. Prints requests per second, latency, events sent vs stored
 * and the dashboard update delay; writes bench-results/server.json. Sends nothing new after 120 s; the requests then in
 * flight get their answers (a client gives up on one after 30 s, as the game does), so every event sent is accounted for.
 */
const OPTIONS = isMainThread ? readBenchOptions(process.argv.slice(2)) : undefined;
const SESSIONS = OPTIONS?.sessions ?? 0;
const STUDENTS = OPTIONS?.students ?? 0;
const DEADLINE_MS = 120_000;
/** How long a request may take before the client gives up on it (then counted as unanswered). */
const REQUEST_TIMEOUT_MS = 30_000;
/** The bench publishes dashboards every 250 ms (the service's default cadence is 5 s) to measure the delay. */
const DEBOUNCE_MS = 250;
/** Requests in flight at once, as a load generator's connection count: latency then reflects the service. */
const CONCURRENCY = 64;
const unlimited = { burst: 1e9, perSecond: 1e9 };

const check = (phase: string, item: number, answer: string, correct: boolean) => ({
  kind: 'check',
  phase,
  item,
  answer,
  correct,
});

/** Ten choice points the-squad really has (the service refuses ids the scenario does not define). */
const POINTS = Object.entries(SCENARIO_IDS['the-squad']?.points ?? {}).slice(0, 10);

/** One student's full play: joined, 6 checks before, 10 choices, 6 flags, 1 ending, 6 checks after; ids per device. */
function play(n: number): object[] {
  const techniques = ['flattery', 'isolation', 'secrecy', 'urgency', 'us-vs-them', 'gifts'];
  return withIds(n, [
    { kind: 'joined' },
    ...Array.from({ length: 6 }, (_, i) => check('before', i, 'ordinary', i % 2 === 0)),
    ...POINTS.map(([point, options], i) => ({ kind: 'choice', point, option: (n + i) % options })),
    ...techniques.map((technique, i) => ({ kind: 'flag', technique, spotted: (n + i) % 4 !== 0 })),
    { kind: 'ending', ending: n % 2 ? 'said-stop' : 'blocked-early' },
    ...Array.from({ length: 6 }, (_, i) => check('after', i, 'manipulative', true)),
  ]);
}

const withIds = (n: number, events: object[]) => events.map((e, i) => ({ id: `s${n}-${i}`, ...e }));

const stats = { latencies: [] as number[], sent: 0, accepted: 0, errors: new Map<string, number>() };
const deadline = Date.now() + DEADLINE_MS;
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const slots: (() => void)[] = [];
let busy = 0;

function countError(name: string): void {
  stats.errors.set(name, (stats.errors.get(name) ?? 0) + 1);
}

/** One POST with node:http (lighter than fetch, so the client steals less CPU from the service it measures). */
function postJson(
  url: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const payload = JSON.stringify(body);
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
  return new Promise((resolve) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') }));
    });
    req.on('error', (error) => {
      countError(error.message);
      resolve({ status: 0, body: {} });
    });
    req.end(payload);
  });
}

/**
 * A request once one of CONCURRENCY slots is free, timed from when it is sent; undefined, and not sent, when the slot
 * comes after the deadline.
 */
async function timed(
  url: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown>; sentAt: number } | undefined> {
  if (busy >= CONCURRENCY) await new Promise<void>((resolve) => slots.push(resolve));
  if (Date.now() > deadline) {
    slots.shift()?.(); // the slot passes to the next in line, which stops too
    return undefined;
  }
  busy++;
  const start = performance.now();
  const res = await postJson(url, body, token);
  busy--;
  slots.shift()?.();
  if (res.status !== 0) stats.latencies.push(performance.now() - start);
  if (res.status >= 300) countError(String(res.status));
  return { ...res, sentAt: start };
}

/** Reads a teacher's stream, noting when each dashboard (by its `id`, the session's event count) arrived. */
async function watch(url: string, arrivals: { id: number; at: number }[], stop: AbortSignal): Promise<void> {
  const res = await fetch(url, { signal: stop });
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) return;
      const at = performance.now();
      buffer += chunk.value;
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      for (const block of blocks) {
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        if (id && block.includes('event: dashboard')) arrivals.push({ id: Number(id), at });
      }
    }
  } catch {
    // Aborted at the end of the run: the arrivals so far are the result.
  }
}

async function student(base: string, code: string, n: number, posts: { seq: number; sentAt: number }[]): Promise<void> {
  const joined = await timed(`${base}/api/v1/sessions/${code}/join`, {});
  if (typeof joined?.body.token !== 'string') return;
  for (const event of play(n)) {
    const res = await timed(`${base}/api/v1/sessions/${code}/events`, event, joined.body.token);
    if (!res) return;
    stats.sent++;
    if (res.status === 202 && typeof res.body.seq === 'number') {
      stats.accepted++;
      posts.push({ seq: res.body.seq, sentAt: res.sentAt });
    }
  }
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Delay from each post being sent to the first dashboard update that includes it. */
function delays(
  posts: readonly { seq: number; sentAt: number }[],
  arrivals: readonly { id: number; at: number }[],
): number[] {
  return posts.flatMap(({ seq, sentAt }) => {
    const update = arrivals.find((a) => a.id >= seq && a.at >= sentAt);
    return update ? [update.at - sentAt] : [];
  });
}

/** Starts one instance of the service in its own thread; resolves with its URL. */
async function startInstance(database: string): Promise<{ worker: Worker; base: string }> {
  // tsx hooks TypeScript into this thread only (Node 20): the service thread registers it before loading this file.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register();
    return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { database } });
  return { worker, base: await new Promise<string>((resolve) => worker.once('message', resolve)) };
}

async function main(options: NonNullable<typeof OPTIONS>): Promise<void> {
  const { database, stop } = await openBenchDatabase(options.store);
  // Interrupted, the throwaway cluster is stopped all the same.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  const instances: { worker: Worker; base: string }[] = [];
  for (let i = 0; i < options.instances; i++) instances.push(await startInstance(database));
  const bases = instances.map((i) => i.base);
  const at = (n: number) => bases[n % bases.length] ?? '';
  const stopStreams = new AbortController();
  const started = performance.now();

  const sessions = await Promise.all(
    Array.from({ length: SESSIONS }, async (_, i) => {
      const created = await timed(`${at(i)}/api/v1/sessions`, { scenario: 'the-squad', lang: 'fr' });
      const body = created?.body ?? {};
      const code = String(body.code);
      const arrivals: { id: number; at: number }[] = [];
      const streaming = watch(
        `${at(i + 1)}/api/v1/sessions/${code}/stream?key=${String(body.teacherKey)}`,
        arrivals,
        stopStreams.signal,
      );
      return { code, arrivals, streaming, posts: [] as { seq: number; sentAt: number }[] };
    }),
  );
  // Students in a random order, so one class's posts are spread out in time as in a real lesson, not bunched.
  const students = sessions.flatMap((s) => Array.from({ length: STUDENTS }, (_, n) => ({ s, n })));
  for (let i = students.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [students[i], students[j]] = [students[j] as (typeof students)[number], students[i] as (typeof students)[number]];
  }
  await Promise.all(students.map(({ s, n }) => student(at(n), s.code, n, s.posts)));
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 2)); // the last updates
  stopStreams.abort();
  await Promise.all(sessions.map((s) => s.streaming));
  for (const { worker } of instances) {
    worker.postMessage('stop');
    await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
  }
  agent.destroy();
  const stored = await countStored(
    database,
    sessions.map((s) => s.code),
  );
  stop();

  const latencies = [...stats.latencies].sort((a, b) => a - b);
  const waits = sessions.flatMap((s) => delays(s.posts, s.arrivals)).sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    store: options.store,
    instances: options.instances,
    sessions: SESSIONS,
    studentsPerSession: STUDENTS,
    concurrency: CONCURRENCY,
    requests: latencies.length,
    seconds: round(seconds),
    requestsPerSecond: Math.round(latencies.length / seconds),
    latencyMs: { p50: round(quantile(latencies, 0.5)), p99: round(quantile(latencies, 0.99)) },
    events: { sent: stats.sent, accepted: stats.accepted, stored },
    errors: Object.fromEntries(stats.errors),
    dashboardDelayMs: { debounce: DEBOUNCE_MS, median: round(quantile(waits, 0.5)), p99: round(quantile(waits, 0.99)) },
  };
  console.log(
    `${options.store}, ${options.instances} instance(s): ${SESSIONS} sessions × ${STUDENTS} students: ${result.requests} requests in ${result.seconds} s`,
  );
  console.log(
    `  ${result.requestsPerSecond} requests/s, latency p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`,
  );
  // Every acknowledged event must be stored once; one whose answer was cut off (a timeout) may or may not be stored.
  const unanswered = stats.sent - stats.accepted;
  const sound = stored >= stats.accepted && stored <= stats.sent;
  console.log(
    `  events sent ${stats.sent}, acknowledged ${stats.accepted}, stored ${stored}` +
      (stats.sent === stored ? ' (sent = stored)' : sound ? ` (${unanswered} unanswered)` : ' — LOST OR DOUBLED'),
  );
  console.log(
    `  dashboard update delay: median ${result.dashboardDelayMs.median} ms, p99 ${result.dashboardDelayMs.p99} ms (debounce ${DEBOUNCE_MS} ms)`,
  );
  if (stats.errors.size > 0) console.log(`  errors: ${JSON.stringify(result.errors)}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/server.json', `${JSON.stringify(result, null, 2)}\n`);
  if (!sound || unanswered > 0) process.exitCode = 1;
}

/** The service thread: rate limits lifted, since the bench measures the service, not the limiter. */
async function serve(): Promise<void> {
  const app = await createApp({
    database: (workerData as { database: string }).database,
    logger: false,
    timings: { publishMs: DEBOUNCE_MS },
    limits: {
      join: unlimited,
      sessionEvents: unlimited,
      tokenEvents: unlimited,
      create: unlimited,
      createAll: unlimited,
      teacher: unlimited,
      maxStudents: 1e9,
    },
  });
  const url = await app.server.listen({ port: 0, host: '127.0.0.1' });
  parentPort?.postMessage(url);
  parentPort?.once('message', () => void app.close().then(() => parentPort?.postMessage('closed')));
}

// Last, so every declaration above is initialised: this file is both the bench and its service thread.
await (OPTIONS ? main(OPTIONS) : serve());
