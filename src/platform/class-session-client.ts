import type { Result } from '../engine/index.ts';
import type { ClassEvent, Dashboard, DashboardUpdate, SessionKind } from '../protocol/index.ts';

/** Why a call failed: the service is unreachable, it refused (with its error code), or the client was not ready. */
export type ClassSessionError =
  | { readonly kind: 'network'; readonly message: string }
  | { readonly kind: 'http'; readonly status: number; readonly code: string; readonly message: string }
  | { readonly kind: 'notReady'; readonly message: string };

/** Every call's outcome: the game carries on without the service whatever happens. */
export type ClassResult<T> = Result<T, ClassSessionError>;

/** A new session, for the teacher's screen: the join code, link and QR code to show, the key to keep. */
export interface CreatedSession {
  readonly code: string;
  readonly teacherKey: string;
  readonly joinUrl: string;
  readonly qrSvg: string;
  readonly expiresAt: number;
}

/** What a student learns on joining: a story session (which scenario) or the booster round, in which language. */
export interface JoinedSession {
  readonly kind: SessionKind;
  readonly scenario: string;
  readonly lang: string;
  readonly expiresAt: number;
}

/** The part of the browser's EventSource the client uses (injected in tests: Node has none). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { readonly data?: unknown }) => void): void;
  close(): void;
}

/** A constructor of EventSource-like objects. */
export type EventSourceConstructor = new (url: string) => EventSourceLike;

/** Where the service is and what the client may use; `teacher` resumes a session created earlier. */
export interface ClassSessionClientOptions {
  /** The service's address, e.g. `https://byr.example.org`; `''` for the site the game came from. */
  readonly baseUrl: string;
  readonly fetch?: typeof fetch;
  readonly EventSource?: EventSourceConstructor;
  readonly timeoutMs?: number;
  readonly teacher?: { readonly code: string; readonly teacherKey: string };
  /** Pause before resending events the service did not acknowledge (default 5 s, doubling up to a minute). */
  readonly retryMs?: number;
}

/** A teacher's or a student's connection to one class session; secrets stay in memory (this object) only. */
export interface ClassSessionClient {
  /** Creates a story session, or (`kind: 'booster'`) a booster round for the class that played `scenario`. */
  readonly createSession: (input: {
    scenario: string;
    lang: string;
    kind?: SessionKind;
  }) => Promise<ClassResult<CreatedSession>>;
  /** Joins as a new student; `device` is the device's random id (`deviceId`), so the class counts devices, not tabs. */
  readonly join: (code: string, device?: string) => Promise<ClassResult<JoinedSession>>;
  /**
   * Sends an event, after any the service has not acknowledged yet. When the service cannot be reached (or is busy),
   * the event is kept and resent later, in order; the service stores each `id` once, so nothing counts twice.
   */
  readonly post: (event: ClassEvent) => Promise<ClassResult<void>>;
  /** Resends the events kept so far now; resolves to how many are still waiting. */
  readonly flush: () => Promise<number>;
  readonly dashboard: () => Promise<ClassResult<Dashboard>>;
  /** Streams the dashboard to `onUpdate` until the returned function is called. */
  readonly watch: (onUpdate: (update: DashboardUpdate) => void) => () => void;
  /** Closes the session to new students, or opens it again. */
  readonly lock: (locked: boolean) => Promise<ClassResult<{ readonly locked: boolean }>>;
  readonly end: () => Promise<ClassResult<void>>;
}

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasFields = (v: Json, strings: readonly string[], numbers: readonly string[] = []): v is Record<string, Json> =>
  isRecord(v) && strings.every((k) => typeof v[k] === 'string') && numbers.every((k) => typeof v[k] === 'number');
const notReady = (message: string) => ({ ok: false, error: { kind: 'notReady', message } }) as const;

function parseJson(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // Not JSON (a proxy's error page): treated as a response without a body.
  }
}

import { createOutbox } from './class-session-outbox.ts';

/** Creates a client; it never throws, and holds the teacher key or student token in memory only. */
export function createClassSessionClient(options: ClassSessionClientOptions): ClassSessionClient {
  const base = options.baseUrl.replace(/\/$/, '');
  const doFetch = options.fetch ?? globalThis.fetch?.bind(globalThis);
  const Source = options.EventSource ?? (globalThis as { EventSource?: EventSourceConstructor }).EventSource;
  let teacher = options.teacher;
  let student: { code: string; token: string } | undefined;
  const outbox = createOutbox((body) => (student ? send(student, body) : Promise.resolve(notReady('Not joined.'))), {
    retryMs: options.retryMs ?? 5000,
  });

  async function request(method: string, path: string, secret?: string, body?: Json): Promise<ClassResult<Json>> {
    const headers: Record<string, string> = secret ? { authorization: `Bearer ${secret}` } : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      if (!doFetch) throw new Error('fetch is not available');
      const timeout = options.timeoutMs ?? 10_000;
      const res = await doFetch(`${base}/api/v1/${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
        signal: typeof globalThis.AbortSignal?.timeout === 'function' ? AbortSignal.timeout(timeout) : undefined,
      });
      const json = parseJson(await res.text());
      if (res.ok) return { ok: true, value: json };
      const e = isRecord(json) && hasFields(json.error, ['code', 'message']) ? json.error : undefined;
      const [code, message] = e ? [String(e.code), String(e.message)] : ['http_error', `HTTP ${res.status}`];
      return { ok: false, error: { kind: 'http', status: res.status, code, message } };
    } catch (error) {
      return { ok: false, error: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
    }
  }

  async function checked<T>(call: Promise<ClassResult<Json>>, isValid: (v: Json) => boolean): Promise<ClassResult<T>> {
    const res = await call;
    if (!res.ok || isValid(res.value)) return res as ClassResult<T>;
    return { ok: false, error: { kind: 'http', status: 200, code: 'bad_response', message: 'Unexpected answer.' } };
  }

  const sessionPath = (code: string) => `sessions/${encodeURIComponent(code)}`;
  const send = (s: { code: string; token: string }, body: Json) =>
    request('POST', `${sessionPath(s.code)}/events`, s.token, body);
  const isDashboard = (v: Json): v is Dashboard => isRecord(v) && isRecord(v.session) && typeof v.events === 'number';

  return {
    async createSession(input) {
      const res = await checked<CreatedSession>(request('POST', 'sessions', undefined, input), (v) =>
        hasFields(v, ['code', 'teacherKey', 'joinUrl', 'qrSvg'], ['expiresAt']),
      );
      if (res.ok) teacher = { code: res.value.code, teacherKey: res.value.teacherKey };
      return res;
    },
    async join(code, device) {
      const res = await checked<JoinedSession & { token: string }>(
        request('POST', `${sessionPath(code.trim())}/join`, undefined, device === undefined ? {} : { device }),
        (v) => hasFields(v, ['token', 'scenario', 'lang'], ['expiresAt']),
      );
      if (!res.ok) return res;
      const { token, scenario, lang, expiresAt } = res.value;
      student = { code: code.trim(), token };
      outbox.clear();
      // A service from before booster sessions says no kind: its sessions are all story sessions.
      const kind: SessionKind = (res.value as { kind?: unknown }).kind === 'booster' ? 'booster' : 'story';
      return { ok: true, value: { kind, scenario, lang, expiresAt } };
    },
    async post(event) {
      if (!student) return notReady('Join a session before posting.');
      return outbox.post(event);
    },
    flush: () => outbox.flush(),
    dashboard() {
      if (!teacher) return Promise.resolve(notReady('Create or resume a session first.'));
      return checked<Dashboard>(
        request('GET', `${sessionPath(teacher.code)}/dashboard`, teacher.teacherKey),
        isDashboard,
      );
    },
    watch(onUpdate) {
      if (!teacher || !Source) {
        onUpdate({ kind: 'closed' });
        return () => {};
      }
      // EventSource cannot send headers, so the key goes in the query; the service keeps query strings out of its logs.
      let source: EventSourceLike;
      try {
        source = new Source(
          `${base}/api/v1/${sessionPath(teacher.code)}/stream?key=${encodeURIComponent(teacher.teacherKey)}`,
        );
      } catch {
        onUpdate({ kind: 'closed' }); // A malformed baseUrl: reported like a refused stream, never thrown.
        return () => {};
      }
      source.addEventListener('dashboard', (event) => {
        const dashboard = typeof event.data === 'string' ? parseJson(event.data) : undefined;
        if (isDashboard(dashboard)) onUpdate({ kind: 'dashboard', dashboard });
      });
      source.addEventListener('ended', () => {
        source.close();
        onUpdate({ kind: 'ended' });
      });
      // EventSource retries by itself unless the service refused the stream (readyState 2: closed for good).
      source.addEventListener('error', () => onUpdate({ kind: source.readyState === 2 ? 'closed' : 'reconnecting' }));
      return () => source.close();
    },
    lock(locked) {
      if (!teacher) return Promise.resolve(notReady('Create or resume a session first.'));
      return checked<{ locked: boolean }>(
        request('PATCH', sessionPath(teacher.code), teacher.teacherKey, { locked }),
        (v) => isRecord(v) && typeof v.locked === 'boolean',
      );
    },
    async end() {
      if (!teacher) return notReady('Create or resume a session first.');
      const res = await request('DELETE', sessionPath(teacher.code), teacher.teacherKey);
      if (!res.ok) return res;
      teacher = undefined;
      return { ok: true, value: undefined };
    },
  };
}
