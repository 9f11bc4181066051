import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ClassSessionApp, createApp } from './app.ts';
import { isPostgresUrl, lanAddresses, readFrameAncestors, readServeConfig } from './config.ts';

// `npm run serve`: the class-session service and the built game on one port (docs/class-sessions.md).
function fail(message: string): never {
  console.error(`Cannot start: ${message}`);
  process.exit(1);
}
const config = readServeConfig(process.env);
if (!config.ok) fail(config.error);
const { port, host, database, distDir, allowedOrigins, logLevel, trustProxy, partnerConfig, partnerKey } = config.value;
const frameAncestors = readFrameAncestors(partnerConfig);
if (!frameAncestors.ok) fail(frameAncestors.error);
// With one network address, join links and QR codes use it even when the teacher browses to localhost.
const lan = host === '0.0.0.0' ? lanAddresses() : [];
const publicUrl = config.value.publicUrl ?? (lan.length === 1 && port !== 0 ? `http://${lan[0]}:${port}` : undefined);
if (!existsSync(join(distDir, 'index.html'))) {
  console.warn(`${distDir}/index.html is missing: run "npm run build" first; only the API is served until then.`);
}

/** The database as a log line may name it: a file, or a server without its password. */
function databaseName(): string {
  if (!isPostgresUrl(database)) return database;
  const url = new URL(database);
  return `postgres://${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

/** One line saying which database and what to do, rather than a stack. */
function databaseProblem(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const dbPath = databaseName();
  if (isPostgresUrl(database)) {
    return `the PostgreSQL server ${dbPath} could not be used (${code ?? message}): check that it is running and reachable and that DATABASE_URL names its user, password and database.`;
  }
  if (code === 'SQLITE_READONLY' || (typeof code === 'string' && code.startsWith('SQLITE_READONLY'))) {
    return `the database ${dbPath} is read-only: give the service's user write access to it and its folder (SQLite writes -wal and -shm files next to it), or set BYR_DB to a writable file.`;
  }
  if (code === 'SQLITE_CANTOPEN') {
    return `cannot open the database ${dbPath}: check that its folder exists and is writable, or set BYR_DB.`;
  }
  return `the database ${dbPath} could not be opened (${message}).`;
}

async function open(ancestors: readonly string[]): Promise<ClassSessionApp> {
  try {
    return await createApp({
      database,
      distDir,
      allowedOrigins,
      publicUrl,
      trustProxy,
      frameAncestors: ancestors,
      logger: logLevel,
      ...(partnerKey ? { partnerKey } : {}),
    });
  } catch (error) {
    return fail(databaseProblem(error));
  }
}
const app = await open(frameAncestors.value);
const address = await app.server.listen({ port, host });
const listening = Number(new URL(address).port);
console.log(`Before You Reply class sessions: database ${databaseName()}`);
if (partnerKey)
  console.log('Programme totals: GET /api/v1/partner/totals answers to the partner key (BYR_PARTNER_KEY).');
const urls = publicUrl ? [publicUrl] : lan.map((a) => `http://${a}:${listening}`);
for (const url of urls.length > 0 ? urls : [address]) console.log(`Students and teacher open ${url}`);

const stop = () => {
  app.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
