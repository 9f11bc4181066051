import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { isPostgresUrl } from './config.ts';
import { type AppContext, DEFAULT_LIMITS, type Limits } from './context.ts';
import { apiErrors, fromFrameworkError, sendError } from './errors.ts';
import { registerHttpPolicy } from './http-policy.ts';
import { registerPartnerRoutes } from './routes-partner.ts';
import { registerStudentRoutes } from './routes-student.ts';
import { registerTeacherRoutes } from './routes-teacher.ts';
import { SCENARIO_IDS, type ScenarioManifest } from './scenario-ids.ts';
import { NoQuery, parseBody } from './schemas.ts';
import { openSqliteBackend } from './sqlite-store.ts';
import { registerCompression, registerStaticFiles } from './static-files.ts';
import type { Backend } from './store.ts';
import { createCadencedReader, createStreamHub, type StreamTimings } from './stream-hub.ts';

/** How the service is built; tests pass a temp file, a fake clock and short timings. */
export interface AppOptions {
  /** A SQLite file (created if missing), or a PostgreSQL server's `postgres://…` URL shared by several instances. */
  readonly database: string;
  /** The clock, in ms since the epoch: expiry, retention and the dashboard cadence read it (a fake one in tests). */
  readonly now?: () => number;
  /** The built game to serve next to the API; omitted, only the API is served. */
  readonly distDir?: string;
  /** Log level, or false for silence. Logs never carry IP addresses, query strings or join codes. */
  readonly logger?: false | 'info' | 'warn' | 'error' | 'debug';
  /** Where log lines go (default stdout); tests read them to prove what is never logged. */
  readonly logStream?: { write: (line: string) => void };
  /** Where students open the game, e.g. `http://192.168.1.12:8787`; default: the Host the teacher used. */
  readonly publicUrl?: string;
  /** Browser origins besides the service's own that may call the API (BYR_ALLOWED_ORIGINS). */
  readonly allowedOrigins?: readonly string[];
  /** Sites allowed to frame the game (partner.config.json `allowedOrigins`), for the CSP's frame-ancestors. */
  readonly frameAncestors?: readonly string[];
  /**
   * Fastify's `trustProxy` (BYR_TRUST_PROXY): only then is X-Forwarded-For read, to limit session creation per
   * client behind a reverse proxy. Default false: the socket's address.
   */
  readonly trustProxy?: boolean | string;
  /** The scenarios sessions may be created for, with the ids their events may name (default: generated). */
  readonly scenarios?: ScenarioManifest;
  /**
   * The programme's key (BYR_PARTNER_KEY): with one, `GET /api/v1/partner/totals` answers the totals across this
   * service's sessions to whoever presents it; without one, that route does not exist.
   */
  readonly partnerKey?: string;
  readonly limits?: Partial<Limits>;
  readonly timings?: Partial<StreamTimings & { sweepMs: number; busyRetryMs: number }>;
}

/** The running service: the Fastify server, and the retention sweep (run at start and on an interval). */
export interface ClassSessionApp {
  readonly server: FastifyInstance;
  /** Deletes expired sessions now; returns their codes. */
  readonly sweep: () => Promise<string[]>;
  /** Stops the sweep, closes streams, the server and the database. */
  readonly close: () => Promise<void>;
}

/** Request bodies above this size are refused with 413: events are a few dozen bytes. */
export const BODY_LIMIT = 2048;

/** What a request log line says: method and route, with the join code and any query string (a key) left out. */
function requestLogLine(request: FastifyRequest): { method: string; url: string } {
  const path = (request.url.split('?')[0] ?? '').replace(/(\/sessions\/)[^/]+/, '$1:code');
  return { method: request.method, url: path };
}

const isClientError = (error: unknown) => {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : 0;
  return typeof status === 'number' && status >= 400 && status < 500;
};

const DEFAULT_TIMINGS = { publishMs: 5000, heartbeatMs: 15_000, sweepMs: 10 * 60_000, busyRetryMs: 3000 };

/** Opens the database the options name: PostgreSQL for a `postgres://` URL, else a SQLite file. */
async function openBackend(database: string, now: () => number): Promise<Backend> {
  if (!isPostgresUrl(database)) return openSqliteBackend(database, now);
  // Loaded only when asked for: the embedded service never touches the PostgreSQL client.
  const { openPgBackend } = await import('./pg-backend.ts');
  return openPgBackend(database, now);
}

function createLimiters(backend: Backend, limits: Limits): AppContext['limiters'] {
  const rate = (name: string, l: Limits['create']) => backend.rateLimiter(name, l);
  return {
    create: rate('create', limits.create),
    createAll: rate('create-all', limits.createAll),
    join: rate('join', limits.join),
    sessionEvents: rate('session-events', limits.sessionEvents),
    tokenEvents: rate('token-events', limits.tokenEvents),
    teacher: rate('teacher', limits.teacher),
    unknownCodes: rate('unknown-codes', limits.unknownCodes),
    partner: rate('partner', limits.partner),
  };
}

/** Builds the class-session service: database (migrated), routes, policy, retention. Call `server.listen` to serve. */
export async function createApp(options: AppOptions): Promise<ClassSessionApp> {
  const now = options.now ?? Date.now;
  const timings = { ...DEFAULT_TIMINGS, ...options.timings };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const backend = await openBackend(options.database, now);
  const { store, news } = backend;
  const dashboards = createCadencedReader(timings.publishMs, now, backend.readDashboard);
  const hub = createStreamHub(timings, async (code) => {
    const found = await store.findLive(code);
    return found.ok ? dashboards.read(found.value) : undefined;
  });
  await news.listen((n) => (n.kind === 'ended' ? hub.ended(n.code) : hub.changed(n.code)), hub.resync);
  const ctx: AppContext = {
    store,
    readDashboard: dashboards.read,
    news,
    hub,
    limits,
    scenarios: options.scenarios ?? SCENARIO_IDS,
    busyRetry: { budgetMs: timings.busyRetryMs },
    limiters: createLimiters(backend, limits),
    joinUrl: (request, code) =>
      `${options.publicUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`}/?join=${code}`,
  };

  const server = Fastify({
    bodyLimit: BODY_LIMIT,
    // X-Forwarded-For is read only from a proxy configured as trusted; addresses are never logged (serializers).
    trustProxy: options.trustProxy ?? false,
    // A bad %-encoding (400) or an over-long code (414) answers in the API's error format too.
    frameworkErrors: (error, _request, reply) => sendError(reply, fromFrameworkError(error) ?? apiErrors.badUrl),
    logger: options.logger
      ? {
          level: options.logger,
          ...(options.logStream ? { stream: options.logStream } : {}),
          serializers: { req: requestLogLine, res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) },
        }
      : false,
  });
  server.removeContentTypeParser('text/plain');
  const origins = [
    ...(options.allowedOrigins ?? []),
    ...(options.publicUrl ? [new URL(options.publicUrl).origin] : []),
  ];
  registerHttpPolicy(server, { allowedOrigins: origins, frameAncestors: options.frameAncestors ?? [] });
  registerCompression(server);
  server.register(async (app) => {
    // Every API route but the stream takes no query string: one is refused like an unknown body field.
    app.addHook('preHandler', async (request, reply) => {
      if (!request.url.startsWith('/api/') || request.routeOptions.url === '/api/v1/sessions/:code/stream') return;
      const query = parseBody(NoQuery, request.query);
      if (!query.ok) return sendError(reply, query.error);
    });
    registerTeacherRoutes(app, ctx);
    registerStudentRoutes(app, ctx);
    if (options.partnerKey) registerPartnerRoutes(app, ctx, backend, options.partnerKey);
    if (options.distDir) registerStaticFiles(app, options.distDir);
  });
  server.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !options.distDir) return sendError(reply, apiErrors.notFound);
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found. Was the game built (npm run build)?');
  });
  server.setErrorHandler((error, request, reply) => {
    if (options.distDir && !request.url.startsWith('/api/') && isClientError(error)) {
      // @fastify/static refuses a path that climbs out of dist/ (403) or is malformed (400): nothing to see either way.
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found.');
    }
    const known = fromFrameworkError(error);
    if (known) return sendError(reply, known);
    request.log.error({ err: error }, 'unexpected error');
    return reply.code(500).send({ error: { code: 'internal', message: 'Something went wrong on the server.' } });
  });

  const sweep = async () => {
    const codes = await store.sweep();
    for (const code of codes) {
      hub.ended(code);
      news.publish({ kind: 'ended', code });
      dashboards.forget(code);
    }
    for (const limiter of Object.values(ctx.limiters)) await limiter.prune();
    return codes;
  };
  await sweep();
  const sweeper = setInterval(() => {
    // A busy, failing or unreachable database must not stop the service; the next run deletes what is due.
    sweep().catch((error: unknown) => server.log.error({ err: error }, 'retention sweep failed'));
  }, timings.sweepMs);
  sweeper.unref();
  server.addHook('preClose', async () => hub.close());
  server.addHook('onClose', async () => {
    clearInterval(sweeper);
    await backend.close();
  });

  return { server, sweep, close: () => server.close() };
}
