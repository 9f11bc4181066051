import type { Pool } from 'pg';
import type { RateLimit, RateLimiter } from './rate-limiter.ts';

/**
 * One upsert takes a token from a bucket: a new key starts full; `allowed` says whether a token was there to take.
 * `$4` is the time; the bucket, key, burst and rate are the parameters named, and `source` (VALUES or a SELECT) gives
 * the new row. The bucket's tokens now: what it had, refilled for the time since (never backwards if clocks differ),
 * capped at the burst.
 */
function takeSql(p: { bucket: string; key: string; burst: string; rate: string; source?: string }): string {
  const refilled = `LEAST(${p.burst}::float8, b.tokens + GREATEST($4::bigint - b.at, 0) / 1000.0 * ${p.rate}::float8)`;
  const row = `${p.bucket}, ${p.key}, ${p.burst}::float8 - 1, $4, ${p.burst}::float8 >= 1`;
  return `
  INSERT INTO rate_buckets AS b (bucket, key, tokens, at, allowed) ${p.source ? `SELECT ${row} ${p.source}` : `VALUES (${row})`}
  ON CONFLICT (bucket, key) DO UPDATE SET
    tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
    at = GREATEST(b.at, $4::bigint),
    allowed = ${refilled} >= 1
  RETURNING allowed`;
}

/** Takes a token from bucket $1, key $2 (burst $3, rate $5). */
const TAKE = takeSql({ bucket: '$1', key: '$2', burst: '$3', rate: '$5' });

/**
 * Two takes in one statement: the second bucket ($6, $7; burst $8, rate $9) is taken from only when the first
 * allowed (data-modifying CTEs see each other's RETURNING).
 */
const TAKE_THEN = `
  WITH first AS (${TAKE}),
  second AS (${takeSql({ bucket: '$6', key: '$7', burst: '$8', rate: '$9', source: 'FROM first WHERE first.allowed' })})
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
