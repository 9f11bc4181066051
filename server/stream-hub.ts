import type { ServerResponse } from 'node:http';
import type { Dashboard } from '../src/protocol/index.ts';

/** Timings of the live dashboard streams. */
export interface StreamTimings {
  /** Changes within this window are sent as one update (≈250 ms): a class answering at once is one redraw. */
  readonly debounceMs: number;
  /** A comment line this often keeps proxies and the browser from closing a quiet stream. */
  readonly heartbeatMs: number;
}

/** The open Server-Sent Events streams, by session, and the updates they are owed. */
export interface StreamHub {
  /** Adds a stream (headers already written) and sends it the dashboard at once. */
  readonly open: (code: string, res: ServerResponse, dashboard: Dashboard) => void;
  readonly count: (code: string) => number;
  /** Something changed in a session: its streams get a fresh dashboard after the debounce window. */
  readonly changed: (code: string) => void;
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
 * dashboard itself is always read from the database (`load`), so no session state lives here. Several instances
 * would need a shared wake-up (PostgreSQL LISTEN/NOTIFY).
 */
export function createStreamHub(timings: StreamTimings, load: (code: string) => Dashboard | undefined): StreamHub {
  const streams = new Map<string, Set<ServerResponse>>();
  const pending = new Map<string, NodeJS.Timeout>();

  const write = (res: ServerResponse, chunk: string) => {
    if (res.writableLength > MAX_BUFFERED) res.destroy();
    else res.write(chunk);
  };
  const remove = (code: string, res: ServerResponse) => {
    const set = streams.get(code);
    set?.delete(res);
    if (set?.size === 0) streams.delete(code);
  };
  const flush = (code: string) => {
    pending.delete(code);
    const set = streams.get(code);
    if (!set) return;
    const dashboard = load(code);
    if (!dashboard) return hub.ended(code);
    const chunk = sseMessage('dashboard', dashboard, dashboard.events);
    for (const res of set) write(res, chunk);
  };
  const heartbeat = setInterval(() => {
    for (const set of streams.values()) for (const res of set) write(res, ': heartbeat\n\n');
  }, timings.heartbeatMs);
  heartbeat.unref();

  const hub: StreamHub = {
    open(code, res, dashboard) {
      const set = streams.get(code) ?? new Set();
      set.add(res);
      streams.set(code, set);
      res.on('close', () => remove(code, res));
      res.write(`retry: 5000\n${sseMessage('dashboard', dashboard, dashboard.events)}`);
    },
    count: (code) => streams.get(code)?.size ?? 0,
    changed(code) {
      // A throttle rather than a pure debounce: under a steady stream of answers, updates still go out.
      if (!streams.has(code) || pending.has(code)) return;
      pending.set(
        code,
        setTimeout(() => flush(code), timings.debounceMs),
      );
    },
    ended(code) {
      clearTimeout(pending.get(code));
      pending.delete(code);
      for (const res of streams.get(code) ?? []) res.end(sseMessage('ended', {}));
      streams.delete(code);
    },
    close() {
      // No `ended` event: the session lives on, and EventSource reconnects to the restarted service by itself.
      clearInterval(heartbeat);
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      for (const set of streams.values()) for (const res of set) res.end();
      streams.clear();
    },
  };
  return hub;
}
