import { createSqlDashboardReader } from './dashboard.ts';
import { SUMMARY_GROUPS_SQL, type SummaryGroupRecord, toSummaryGroup } from './partner-summaries.ts';
import { openPgPool } from './pg-db.ts';
import { createPgNews } from './pg-news.ts';
import { createPgRateLimiter } from './pg-rate-limiter.ts';
import { createPgStore } from './pg-store.ts';
import type { Backend } from './store.ts';

/**
 * Several instances on one PostgreSQL server (`DATABASE_URL=postgres://…`): sessions, dashboards and rate limits in
 * the database, news between instances by LISTEN/NOTIFY. Connects and migrates before it returns.
 */
export async function openPgBackend(url: string, now: () => number): Promise<Backend> {
  const pool = await openPgPool(url);
  const news = createPgNews(pool, url);
  // The dashboard's SQL is written for both databases with `?`, its one parameter (the session id).
  const all = async <T>(sql: string, sessionId: number): Promise<T[]> =>
    (await pool.query(sql.replaceAll('?', '$1'), [sessionId])).rows as T[];
  return {
    kind: 'postgres',
    store: createPgStore(pool, now),
    readDashboard: createSqlDashboardReader(all),
    readSummaryGroups: async () => (await pool.query<SummaryGroupRecord>(SUMMARY_GROUPS_SQL)).rows.map(toSummaryGroup),
    rateLimiter: (name, limit) => createPgRateLimiter(pool, name, limit, now),
    news,
    async close() {
      await news.close();
      await pool.end();
    },
  };
}
