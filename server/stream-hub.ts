import type { ServerResponse } from 'node:http';
import type { Dashboard } from '../src/protocol/index.ts';

/** Timings of the live dashboard streams. */
export interface StreamTimings {
  /**
   * Dashboards are published on this fixed cadence (5 s), never per event: an update cannot be timed to one
   * student's answer. The JSON dashboard is the one published in the current window too.
   */
  readonly publishMs: number;
  /**
   * A comment line this often keeps proxies and the browser from closing a quiet stream. As often, each session's
   * dashboard is read again and sent when it differs from the last one sent: a change whose news was lost (an
   * instance killed before it told the others) shows within this time.
   */
  readonly heartbeatMs: number;
}

/** The open Server-Sent Events streams, by session, and the updates they are owed. */
export interface StreamHub {
  /** Adds a stream (headers already written) and sends it the dashboard at once. */
  readonly open: (code: string, res: ServerResponse, dashboard: Dashboard) => void;
  readonly count: (code: string) => number;
  /** Something changed in a session: its streams get a fresh dashboard at the next tick of the cadence. */
  readonly changed: (code: string) => void;
  /** News may have been missed (the listening connection was lost): every stream gets a fresh dashboard. */
  readonly resync: () => void;
  /** The session is gone: its streams get an `ended` event and are closed. */
  readonly ended: (code: string) => void;
  readonly close: () => void;
}

// A dashboard a slow client has not read for this long (in bytes) is not worth queueing further.
const MAX_BUFFERED = 1_000_000;

/** Formats one SSE message; `id` is the session's event count, so a client can tell updates apart. */
export function sseMessage(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Fans dashboard updates out to the teacher screens connected to this instance. It only wakes streams up: the
 * dashboard itself is always read from the database (`load`), so no session state lives here. It is told of changes
 * on every instance by the backend's news (PostgreSQL LISTEN/NOTIFY with several instances).
 */
export function createStreamHub(
  timings: StreamTimings,
  load: (code: string) => Promise<Dashboard | undefined>,
): StreamHub {
  const streams = new Map<string, Set<ServerResponse>>();
  const pending = new Set<string>();
  /** The last dashboard message sent to each session's streams. */
  const sent = new Map<string, string>();

  const write = (res: ServerResponse, chunk: string) => {
    if (res.writableLength > MAX_BUFFERED) res.destroy();
    else res.write(chunk);
  };
  const remove = (code: string, res: ServerResponse) => {
    const set = streams.get(code);
    set?.delete(res);
    if (set?.size === 0) {
      streams.delete(code);
      sent.delete(code);
    }
  };
  /** Sends a session's streams its dashboard as the database has it now (`onlyIfNew`: unless they have it). */
  const flush = async (code: string, onlyIfNew = false) => {
    if (!streams.has(code)) return;
    const dashboard = await load(code);
    if (!dashboard) return hub.ended(code);
    const chunk = sseMessage('dashboard', dashboard, dashboard.events);
    if (onlyIfNew && sent.get(code) === chunk) return;
    sent.set(code, chunk);
    for (const res of streams.get(code) ?? []) write(res, chunk);
  };
  const heartbeat = setInterval(() => {
    for (const set of streams.values()) for (const res of set) write(res, ': heartbeat\n\n');
    // News can be lost (an instance killed within its 50 ms gathering window): the database says what is true.
    for (const code of streams.keys()) if (!pending.has(code)) flush(code, true).catch(() => undefined);
  }, timings.heartbeatMs);
  heartbeat.unref();
  const publisher = setInterval(
    () => {
      const due = [...pending];
      pending.clear();
      // A database that cannot answer now (down, restarting) is asked again at the next tick.
      for (const code of due) flush(code).catch(() => pending.add(code));
    },
    Math.max(timings.publishMs, 10),
  );
  publisher.unref();

  const hub: StreamHub = {
    open(code, res, dashboard) {
      const set = streams.get(code) ?? new Set();
      set.add(res);
      streams.set(code, set);
      res.on('close', () => remove(code, res));
      const chunk = sseMessage('dashboard', dashboard, dashboard.events);
      sent.set(code, chunk);
      res.write(`retry: 5000\n${chunk}`);
    },
    count: (code) => streams.get(code)?.size ?? 0,
    changed(code) {
      if (streams.has(code)) pending.add(code);
    },
    resync() {
      for (const code of streams.keys()) pending.add(code);
    },
    ended(code) {
      pending.delete(code);
      for (const res of streams.get(code) ?? []) res.end(sseMessage('ended', {}));
      streams.delete(code);
      sent.delete(code);
    },
    close() {
      // No `ended` event: the session lives on, and EventSource reconnects to the restarted service by itself.
      clearInterval(heartbeat);
      clearInterval(publisher);
      pending.clear();
      for (const set of streams.values()) for (const res of set) res.end();
      streams.clear();
      sent.clear();
    },
  };
  return hub;
}

/**
 * Reads dashboards at most once per `publishMs` window per session (by the service's clock): between two readings
 * every caller gets the same one, so polling the JSON dashboard cannot time an update to one answer either.
 */
export function createCadencedReader<S extends { readonly code: string }>(
  publishMs: number,
  now: () => number,
  read: (session: S) => Promise<Dashboard>,
): { readonly read: (session: S) => Promise<Dashboard>; readonly forget: (code: string) => void } {
  const cache = new Map<string, { window: number; dashboard: Promise<Dashboard> }>();
  return {
    read(session) {
      const window = Math.floor(now() / Math.max(publishMs, 1));
      const cached = cache.get(session.code);
      if (publishMs > 0 && cached?.window === window) return cached.dashboard;
      const dashboard = read(session);
      const entry = { window, dashboard };
      cache.set(session.code, entry);
      // A failed read is not kept: the next caller asks the database again.
      dashboard.catch(() => cache.get(session.code) === entry && cache.delete(session.code));
      return dashboard;
    },
    forget: (code) => cache.delete(code),
  };
}
