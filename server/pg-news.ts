import pg from 'pg';
import type { NewsBus, SessionNews } from './store.ts';

/** The channel every instance LISTENs on; a message is `changed:CODE` or `ended:CODE`. */
const CHANNEL = 'byr_sessions';
/** Changes are gathered this long and sent in one statement (the dashboards publish on a 5 s cadence anyway). */
const GATHER_MS = 50;
/** Pause before listening again after the connection was lost (doubling, up to 10 s). */
const FIRST_RETRY_MS = 200;

function parseNews(payload: string | undefined): SessionNews | undefined {
  const match = /^(changed|ended):([A-Z0-9]{1,16})$/.exec(payload ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  return { kind: match[1] === 'ended' ? 'ended' : 'changed', code: match[2] };
}

/**
 * News between instances through PostgreSQL's LISTEN/NOTIFY: no broker. Publishing gathers changes for 50 ms and
 * sends them in one statement; one dedicated connection listens, and after it is lost (a database restart) it
 * connects again and asks for a resync, since messages sent meanwhile are gone.
 */
export function createPgNews(pool: pg.Pool, url: string): NewsBus & { readonly close: () => Promise<void> } {
  const gathered = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let listener: pg.Client | undefined;
  let closed = false;

  const send = () => {
    timer = undefined;
    const payloads = [...gathered];
    gathered.clear();
    // A lost wake-up costs a late dashboard, never data: the listening side resyncs after any gap of its own.
    return pool.query(`SELECT pg_notify('${CHANNEL}', p) FROM unnest($1::text[]) AS p`, [payloads]).then(
      () => undefined,
      () => undefined,
    );
  };
  const connect = async (onNews: (news: SessionNews) => void, resync: () => void, pause: number): Promise<void> => {
    if (closed) return;
    const client = new pg.Client({ connectionString: url });
    const retry = () => {
      if (listener !== client) return;
      listener = undefined;
      client.end().catch(() => undefined);
      setTimeout(() => connect(onNews, resync, Math.min(pause * 2, 10_000)).catch(() => undefined), pause).unref();
    };
    listener = client;
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (message) => {
      const news = parseNews(message.payload);
      if (news) onNews(news);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      resync();
    } catch {
      retry();
    }
  };

  return {
    publish(news) {
      gathered.add(`${news.kind}:${news.code}`);
      timer ??= setTimeout(() => void send(), GATHER_MS);
    },
    listen: (onNews, resync) => connect(onNews, resync, FIRST_RETRY_MS),
    async close() {
      closed = true;
      if (timer) {
        clearTimeout(timer);
        await send();
      }
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
