/** A token bucket: `burst` requests at once, then `perSecond` on average. */
export interface RateLimit {
  readonly burst: number;
  readonly perSecond: number;
}

/** Counts requests per key (a session, a token) and says whether one more is allowed now. */
export interface RateLimiter {
  /** Takes one request from `key`'s bucket; false when it is empty. */
  readonly take: (key: string) => boolean;
  /** Forgets buckets that have refilled completely (they carry no information any more). */
  readonly prune: () => void;
  /** How many keys are tracked (for tests and diagnostics). */
  readonly size: () => number;
}

/**
 * An in-memory token bucket limiter. In memory on purpose, and for limits only: a restart refills every bucket,
 * which at worst lets a class post a little faster for a few seconds. Session state never lives here. With several
 * instances, each limits what it serves; a shared limit would go in the database or the proxy.
 */
export function createRateLimiter(limit: RateLimit, now: () => number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (bucket: { tokens: number; at: number }, t: number) =>
    Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond);
  return {
    take(key) {
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
    prune() {
      const t = now();
      for (const [key, bucket] of buckets) if (refill(bucket, t) >= limit.burst) buckets.delete(key);
    },
    size: () => buckets.size,
  };
}
