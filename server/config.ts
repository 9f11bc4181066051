import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';

/** Whether a `database` setting names a PostgreSQL server rather than a SQLite file. */
export const isPostgresUrl = (database: string) => /^postgres(?:ql)?:\/\//.test(database);

/** How `npm run serve` runs the service, read from the environment. */
export interface ServeConfig {
  readonly port: number;
  readonly host: string;
  /** The SQLite file (BYR_DB), or the PostgreSQL server's URL (DATABASE_URL), which wins when set. */
  readonly database: string;
  readonly distDir: string;
  readonly allowedOrigins: readonly string[];
  /** Where students open the game; undefined lets the service use the Host the teacher's browser used. */
  readonly publicUrl: string | undefined;
  readonly logLevel: 'info' | 'warn' | 'error' | 'debug';
  /** Fastify's trustProxy: false, or the proxy's addresses (`127.0.0.1`, `loopback`, a CIDR list). */
  readonly trustProxy: false | string;
  /** The partner config whose `allowedOrigins` may frame the game (CSP frame-ancestors). */
  readonly partnerConfig: string;
  /** The programme's key for its totals (BYR_PARTNER_KEY); undefined: the totals route does not exist. */
  readonly partnerKey: string | undefined;
}

/** A partner key: 32 to 128 letters, digits, - or _ (e.g. `openssl rand -base64 32 | tr '+/' '-_' | tr -d =`). */
const PARTNER_KEY = /^[A-Za-z0-9_-]{32,128}$/;

const LOG_LEVELS = ['info', 'warn', 'error', 'debug'] as const;

/** What BYR_TRUST_PROXY may name: addresses or CIDRs of the proxy, or Fastify's names for address ranges. */
const TRUSTED_PROXY = /^(?:loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(?:\/\d{1,3})?)$/;

/**
 * Reads PORT (8787), HOST (0.0.0.0), DATABASE_URL (postgres://…, none), BYR_DB (./class-sessions.sqlite, used without
 * DATABASE_URL), BYR_DIST (./dist), BYR_ALLOWED_ORIGINS
 * (comma-separated), BYR_PUBLIC_URL, BYR_LOG_LEVEL (info), BYR_TRUST_PROXY (none), BYR_PARTNER_CONFIG
 * (./partner.config.json) and BYR_PARTNER_KEY (none). A bad value is an error naming the variable (never its value,
 * for the key).
 */
export function readServeConfig(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; value: ServeConfig } | { ok: false; error: string } {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return { ok: false, error: `PORT=${env.PORT} is not a port` };
  const origins = (env.BYR_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  for (const origin of [...origins, ...(env.BYR_PUBLIC_URL ? [env.BYR_PUBLIC_URL] : [])]) {
    if (!/^https?:\/\/[^/\s]+\/?$/.test(origin)) {
      return { ok: false, error: `"${origin}" is not an origin like https://school.example.org` };
    }
  }
  const level = env.BYR_LOG_LEVEL ?? 'info';
  const logLevel = LOG_LEVELS.find((l) => l === level);
  if (!logLevel) return { ok: false, error: `BYR_LOG_LEVEL=${level}: use one of ${LOG_LEVELS.join(', ')}` };
  const proxies = (env.BYR_TRUST_PROXY ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const badProxy = proxies.find((p) => !TRUSTED_PROXY.test(p));
  if (badProxy !== undefined) {
    return { ok: false, error: `BYR_TRUST_PROXY: "${badProxy}" is not an address, a CIDR or "loopback"` };
  }
  const url = env.DATABASE_URL?.trim();
  if (url && !/^postgres(?:ql)?:\/\/\S+$/.test(url)) {
    return { ok: false, error: 'DATABASE_URL must be a PostgreSQL URL like postgres://user:password@host:5432/byr' };
  }
  const partnerKey = env.BYR_PARTNER_KEY?.trim() || undefined;
  if (partnerKey !== undefined && !PARTNER_KEY.test(partnerKey)) {
    return { ok: false, error: 'BYR_PARTNER_KEY must be 32 to 128 letters, digits, - or _ (a random secret)' };
  }
  return {
    ok: true,
    value: {
      port,
      host: env.HOST ?? '0.0.0.0',
      database: url || resolve(env.BYR_DB ?? './class-sessions.sqlite'),
      distDir: resolve(env.BYR_DIST ?? './dist'),
      allowedOrigins: origins,
      publicUrl: env.BYR_PUBLIC_URL?.replace(/\/$/, ''),
      logLevel,
      trustProxy: proxies.length > 0 ? proxies.join(',') : false,
      partnerConfig: resolve(env.BYR_PARTNER_CONFIG ?? './partner.config.json'),
      partnerKey,
    },
  };
}

/** The machine's own addresses on the local network, for the "students open http://…" line at start-up. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

/** The scenario ids under `storiesDir` (folders with a scenario.json); undefined when there is no such folder. */
export function scenarioIds(storiesDir: string): string[] | undefined {
  if (!existsSync(storiesDir)) return undefined;
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(storiesDir, entry.name, 'scenario.json')))
    .map((entry) => entry.name)
    .sort();
}

/** A partner origin as partner.config.json writes it (src/platform/partner-config.ts accepts the same). */
const PARTNER_ORIGIN = /^(?:https:\/\/[a-z0-9.-]+(?::\d+)?|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?)$/i;

/**
 * The sites that may frame the game: `allowedOrigins` of the partner config at `path`; none when there is no file.
 * A file that cannot be read, or an origin that is not one, is an error naming the file.
 */
export function readFrameAncestors(path: string): { ok: true; value: string[] } | { ok: false; error: string } {
  if (!existsSync(path)) return { ok: true, value: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, error: `${path}: not readable JSON (${error instanceof Error ? error.message : error})` };
  }
  const origins = typeof raw === 'object' && raw !== null ? (raw as { allowedOrigins?: unknown }).allowedOrigins : [];
  const list = origins === undefined ? [] : origins;
  if (!Array.isArray(list) || !list.every((o) => typeof o === 'string' && PARTNER_ORIGIN.test(o))) {
    return { ok: false, error: `${path}: allowedOrigins must list origins like https://partner.example` };
  }
  return { ok: true, value: list };
}
