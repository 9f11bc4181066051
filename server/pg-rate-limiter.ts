import type { Pool } from 'pg';
import type { RateLimit, RateLimiter } from './rate-limiter.ts';

// The bucket's tokens now: what it had, refilled for the time since (never backwards if clocks differ), capped.
const refilled = 'LEAST($3::float8, b.tokens + GREATEST($4::bigint - b.at, 0) / 1000.0 * $5::float8)';

/** One statement takes a token: a new key starts full; `allowed` says whether a token was there to take. */
const TAKE = `
  INSERT INTO rate_buckets AS b (bucket, key, tokens, at, allowed) VALUES ($1, $2, $3::float8 - 1, $4, $3::float8 >= 1)
  ON CONFLICT (bucket, key) DO UPDATE SET
    tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
    at = GREATEST(b.at, $4::bigint),
    allowed = ${refilled} >= 1
  RETURNING allowed`;

/**
 * Two takes in one statement: the second bucket ($6, $7) is taken from only when the first allowed. Each is the
 * statement above; the second reads the first's answer (data-modifying CTEs see each other's RETURNING).
 */
const refilled2 = 'LEAST($8::float8, b.tokens + GREATEST($4::bigint - b.at, 0) / 1000.0 * $9::float8)';
const TAKE_THEN = `
  WITH first AS (${TAKE}),
  second AS (
    INSERT INTO rate_buckets AS b (bucket, key, tokens, at, allowed)
    SELECT $6, $7, $8::float8 - 1, $4, $8::float8 >= 1 FROM first WHERE first.allowed
    ON CONFLICT (bucket, key) DO UPDATE SET
      tokens = CASE WHEN ${refilled2} >= 1 THEN ${refilled2} - 1 ELSE ${refilled2} END,
      at = GREATEST(b.at, $4::bigint),
      allowed = ${refilled2} >= 1
    RETURNING allowed)
  SELECT COALESCE((SELECT allowed FROM first) AND (SELECT allowed FROM second), FALSE) AS allowed`;

/** The bucket and limit behind each limiter made here, so two of them can be taken from in one statement. */
const buckets = new WeakMap<RateLimiter, { readonly pool: Pool; readonly name: string; readonly limit: RateLimit }>();

/** Forgets full buckets: what they had, refilled to now, reaches the burst. */
const PRUNE = `DELETE FROM rate_buckets AS b
  WHERE bucket = $1 AND b.tokens + GREATEST($2::bigint - b.at, 0) / 1000.0 * $3::float8 >= $4::float8`;

/**
 * A token bucket limiter whose buckets are rows of `rate_buckets`, so every instance sharing the database counts
 * against the same limit. Each take is one statement: the row lock makes concurrent takes wait for one another.
 */
export function createPgRateLimiter(pool: Pool, name: string, limit: RateLimit, now: () => number): RateLimiter {
  const limiter: RateLimiter = {
    async take(key) {
      const res = await pool.query<{ allowed: boolean }>(TAKE, [name, key, limit.burst, now(), limit.perSecond]);
      return res.rows[0]?.allowed === true;
    },
    async takeThen(key, then) {
      const next = buckets.get(then.limiter);
      if (next?.pool !== pool) return (await limiter.take(key)) && then.limiter.take(then.key);
      const values = [name, key, limit.burst, now(), limit.perSecond, next.name, then.key, next.limit.burst];
      const res = await pool.query<{ allowed: boolean }>(TAKE_THEN, [...values, next.limit.perSecond]);
      return res.rows[0]?.allowed === true;
    },
    async prune() {
      await pool.query(PRUNE, [name, now(), limit.perSecond, limit.burst]);
    },
    async size() {
      const res = await pool.query<{ n: number }>(
        'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM rate_buckets WHERE bucket = $1',
        [name],
      );
      return res.rows[0]?.n ?? 0;
    },
  };
  buckets.set(limiter, { pool, name, limit });
  return limiter;
}
