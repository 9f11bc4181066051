/** A token bucket: `burst` requests at once, then `perSecond` on average. */
export interface RateLimit {
  readonly burst: number;
  readonly perSecond: number;
}

/** Counts requests per key (a session, a token) and says whether one more is allowed now. */
export interface RateLimiter {
  /** Takes one request from `key`'s bucket; false when it is empty. */
  readonly take: (key: string) => Promise<boolean>;
  /**
   * Takes one request from `key`'s bucket and, only when that was allowed, one from `then`'s bucket: true when both
   * allowed it (a student's events, then their class's). One round trip when both buckets are in PostgreSQL.
   */
  readonly takeThen: (key: string, then: { readonly limiter: RateLimiter; readonly key: string }) => Promise<boolean>;
  /** Forgets buckets that have refilled completely (they carry no information any more). */
  readonly prune: () => Promise<void>;
  /** How many keys are tracked (for tests and diagnostics). */
  readonly size: () => Promise<number>;
}

/**
 * An in-memory token bucket limiter, for the embedded SQLite service (one process). In memory on purpose, and for
 * limits only: a restart refills every bucket, which at worst lets a class post a little faster for a few seconds.
 * Session state never lives here. Several instances share their buckets in PostgreSQL instead (`pg-rate-limiter.ts`).
 */
export function createRateLimiter(limit: RateLimit, now: () => number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (bucket: { tokens: number; at: number }, t: number) =>
    Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond);
  const limiter: RateLimiter = {
    async take(key) {
      const t = now();
      const bucket = buckets.get(key);
      const tokens = bucket ? refill(bucket, t) : limit.burst;
      if (tokens < 1) {
        buckets.set(key, { tokens, at: t });
        return false;
      }
      buckets.set(key, { tokens: tokens - 1, at: t });
      return true;
    },
    async prune() {
      const t = now();
      for (const [key, bucket] of buckets) if (refill(bucket, t) >= limit.burst) buckets.delete(key);
    },
    size: async () => buckets.size,
    takeThen: async (key, then) => (await limiter.take(key)) && then.limiter.take(then.key),
  };
  return limiter;
}
