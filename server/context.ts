import type { FastifyRequest } from 'fastify';
import type { Dashboard } from '../src/protocol/index.ts';
import type { BusyRetry } from './db.ts';
import { type ApiError, apiErrors } from './errors.ts';
import type { RateLimit, RateLimiter } from './rate-limiter.ts';
import type { ScenarioManifest } from './scenario-ids.ts';
import { matchesHash, normaliseJoinCode } from './secrets.ts';
import type { Found, NewsBus, SessionRow, SessionStore, StudentRow } from './store.ts';
import type { StreamHub } from './stream-hub.ts';

/** Request rates and sizes the service accepts (per session, per token, or for the whole service). */
export interface Limits {
  /**
   * Sessions created per client (its address, or the forwarded one behind a trusted proxy; kept hashed: in memory, or
   * with PostgreSQL in `rate_buckets` until the sweep after it refilled), so one client cannot block every teacher.
   */
  readonly create: RateLimit;
  /** Sessions created across the service: a ceiling far above what one client may take. */
  readonly createAll: RateLimit;
  /** Joins per session: a class joins within a minute; a script cannot take every seat at once. */
  readonly join: RateLimit;
  /** Student events per session. */
  readonly sessionEvents: RateLimit;
  /** Student events per token. */
  readonly tokenEvents: RateLimit;
  /** Teacher reads (session, dashboard, stream) per session. */
  readonly teacher: RateLimit;
  /** Requests naming a code that does not exist, across the service: slows down anyone guessing codes. */
  readonly unknownCodes: RateLimit;
  /** Programme totals per client (its address, hashed), counted before the partner key is checked. */
  readonly partner: RateLimit;
  readonly maxStudents: number;
  readonly maxEventsPerStudent: number;
  readonly maxStreams: number;
}

/** Defaults sized for classes of up to ~40 playing at once; a full play is ~30 events. */
export const DEFAULT_LIMITS: Limits = {
  create: { burst: 10, perSecond: 0.1 },
  createAll: { burst: 200, perSecond: 5 },
  join: { burst: 40, perSecond: 0.5 },
  sessionEvents: { burst: 600, perSecond: 50 },
  tokenEvents: { burst: 60, perSecond: 2 },
  teacher: { burst: 30, perSecond: 1 },
  unknownCodes: { burst: 60, perSecond: 5 },
  partner: { burst: 10, perSecond: 0.1 },
  maxStudents: 40,
  maxEventsPerStudent: 500,
  maxStreams: 5,
};

/** One limiter per entry of Limits that is a rate. */
export type Limiters = { readonly [K in keyof Limits as Limits[K] extends RateLimit ? K : never]: RateLimiter };

/** What route handlers share: the store, the dashboard reader, the live streams, limits. */
export interface AppContext {
  readonly store: SessionStore;
  readonly readDashboard: (session: SessionRow) => Promise<Dashboard>;
  /** Tells every instance's streams that a session changed or ended. */
  readonly news: NewsBus;
  readonly hub: StreamHub;
  readonly limits: Limits;
  readonly limiters: Limiters;
  /** The scenarios a session may be created for, with every id their events may name. */
  readonly scenarios: ScenarioManifest;
  /** How long a write waits, asynchronously, for a lock held elsewhere before answering 503. */
  readonly busyRetry: BusyRetry;
  /** Where students open the game to join, e.g. `http://192.168.1.12:8787/?join=K7QX2M`. */
  readonly joinUrl: (request: FastifyRequest, code: string) => string;
}

/** The bearer secret of an `Authorization: Bearer …` header, if any. */
export function bearer(request: FastifyRequest): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** The live session named by the `:code` parameter; unknown codes also spend the service-wide guessing budget. */
export async function findSession(ctx: AppContext, rawCode: string): Promise<Found> {
  const code = normaliseJoinCode(rawCode);
  return spendOnUnknown(ctx, code ? await ctx.store.findLive(code) : UNKNOWN);
}

const UNKNOWN: Found = { ok: false, error: apiErrors.unknownSession };

/** An unknown code spends the service-wide guessing budget; once it is spent, the answer is "rate limited". */
async function spendOnUnknown(ctx: AppContext, found: Found): Promise<Found> {
  if (!found.ok && found.error === apiErrors.unknownSession && !(await ctx.limiters.unknownCodes.take('all'))) {
    return { ok: false, error: apiErrors.rateLimited };
  }
  return found;
}

/**
 * `findSession`, and the student of that session whose token hashes to `tokenHash`, in one look-up (a student posts
 * every event through it).
 */
export async function findSessionStudent(
  ctx: AppContext,
  rawCode: string,
  tokenHash: string,
): Promise<{ ok: true; value: { session: SessionRow; student?: StudentRow } } | { ok: false; error: ApiError }> {
  const code = normaliseJoinCode(rawCode);
  const { found, student } = code ? await ctx.store.findLiveStudent(code, tokenHash) : { found: UNKNOWN };
  const checked = await spendOnUnknown(ctx, found);
  if (!checked.ok) return checked;
  return { ok: true, value: student ? { session: checked.value, student } : { session: checked.value } };
}

/** The session, if `key` is its teacher key (compared in constant time) and the teacher's rate allows. */
export async function teacherSession(ctx: AppContext, rawCode: string, key: string | undefined): Promise<Found> {
  const found = await findSession(ctx, rawCode);
  if (!found.ok) return found;
  if (key === undefined) return { ok: false, error: apiErrors.missingKey };
  if (!matchesHash(key, found.value.teacherKeyHash)) return { ok: false, error: apiErrors.wrongKey };
  if (!(await ctx.limiters.teacher.take(found.value.code))) return { ok: false, error: apiErrors.rateLimited };
  return found;
}
