/** The outcome of one send, as the class-session client reports it (kept structural: this file has no types of its own). */
type SendResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly error:
        | { readonly kind: 'network'; readonly message: string }
        | { readonly kind: 'http'; readonly status: number; readonly code: string; readonly message: string }
        | { readonly kind: 'notReady'; readonly message: string };
    };

/** What the outbox reports for one event: sent, or why not (it may still be waiting to be resent). */
export type OutboxResult = { readonly ok: true; readonly value: undefined } | Extract<SendResult, { ok: false }>;

/** The events of one joined device, in order, until the service acknowledges each. */
export interface Outbox {
  readonly post: (event: object) => Promise<OutboxResult>;
  readonly flush: () => Promise<number>;
  readonly clear: () => void;
}

/** Whether a failed send may succeed later (unreachable, busy, rate-limited) rather than never (a refused event). */
const isTransient = (r: SendResult) =>
  !r.ok &&
  (r.error.kind === 'network' || (r.error.kind === 'http' && (r.error.status >= 500 || r.error.status === 429)));

/** A random id for this device's events: the service stores each (token, id) once. */
function deviceId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto?.getRandomValues?.(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/**
 * Gives each event an `id`, sends events in order, keeps the ones the service did not acknowledge and resends them
 * (after `retryMs`, doubling up to a minute, or at the next post). Refused events (4xx) are dropped: they never pass.
 */
export function createOutbox(send: (body: object) => Promise<SendResult>, options: { retryMs: number }): Outbox {
  const prefix = deviceId();
  let counter = 0;
  let waiting: { body: object; result: (r: OutboxResult) => void }[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pause = options.retryMs;

  const drain = async (): Promise<number> => {
    while (waiting.length > 0) {
      const [next] = waiting;
      if (!next) break;
      const res = await send(next.body);
      if (!res.ok && isTransient(res)) {
        for (const w of waiting) w.result(res); // each kept, and told why it is not through yet
        schedule();
        return waiting.length;
      }
      waiting = waiting.slice(1);
      next.result(res.ok ? { ok: true, value: undefined } : res);
    }
    pause = options.retryMs;
    return 0;
  };
  const flush = () => {
    const run = chain.then(drain);
    chain = run.catch(() => undefined);
    return run;
  };
  function schedule() {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, pause);
    pause = Math.min(pause * 2, 60_000);
  }

  return {
    post(event) {
      counter += 1;
      const body = { id: `${prefix}-${counter}`, ...event };
      return new Promise<OutboxResult>((resolve) => {
        let settled = false;
        const result = (r: OutboxResult) => {
          if (!settled) resolve(r);
          settled = true;
        };
        waiting.push({ body, result });
        void flush();
      });
    },
    flush,
    clear() {
      waiting = [];
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
