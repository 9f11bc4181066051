import { existsSync, readdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';

/** How `npm run serve` runs the service, read from the environment. */
export interface ServeConfig {
  readonly port: number;
  readonly host: string;
  readonly dbPath: string;
  readonly distDir: string;
  readonly allowedOrigins: readonly string[];
  /** Where students open the game; undefined lets the service use the Host the teacher's browser used. */
  readonly publicUrl: string | undefined;
  readonly logLevel: 'info' | 'warn' | 'error' | 'debug';
}

const LOG_LEVELS = ['info', 'warn', 'error', 'debug'] as const;

/**
 * Reads PORT (8787), HOST (0.0.0.0), BYR_DB (./class-sessions.sqlite), BYR_DIST (./dist), BYR_ALLOWED_ORIGINS
 * (comma-separated), BYR_PUBLIC_URL and BYR_LOG_LEVEL (info). A bad value is an error naming the variable.
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
  return {
    ok: true,
    value: {
      port,
      host: env.HOST ?? '0.0.0.0',
      dbPath: resolve(env.BYR_DB ?? './class-sessions.sqlite'),
      distDir: resolve(env.BYR_DIST ?? './dist'),
      allowedOrigins: origins,
      publicUrl: env.BYR_PUBLIC_URL?.replace(/\/$/, ''),
      logLevel,
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
