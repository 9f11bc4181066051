import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { type AppContext, DEFAULT_LIMITS, type Limits } from './context.ts';
import { createDashboardReader } from './dashboard.ts';
import { openDb } from './db.ts';
import { apiErrors, fromFrameworkError, sendError } from './errors.ts';
import { registerHttpPolicy } from './http-policy.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { registerStudentRoutes } from './routes-student.ts';
import { registerTeacherRoutes } from './routes-teacher.ts';
import { SCENARIO_IDS, type ScenarioManifest } from './scenario-ids.ts';
import { NoQuery, parseBody } from './schemas.ts';
import { registerCompression, registerStaticFiles } from './static-files.ts';
import { createSessionStore } from './store.ts';
import { createCadencedReader, createStreamHub, type StreamTimings } from './stream-hub.ts';

/** How the service is built; tests pass a temp file, a fake clock and short timings. */
export interface AppOptions {
  readonly dbPath: string;
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
  readonly limits?: Partial<Limits>;
  readonly timings?: Partial<StreamTimings & { sweepMs: number; busyRetryMs: number }>;
}

/** The running service: the Fastify server, and the retention sweep (run at start and on an interval). */
export interface ClassSessionApp {
  readonly server: FastifyInstance;
  /** Deletes expired sessions now; returns their codes. */
  readonly sweep: () => string[];
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

/** Builds the class-session service: database (migrated), routes, policy, retention. Call `server.listen` to serve. */
export function createApp(options: AppOptions): ClassSessionApp {
  const now = options.now ?? Date.now;
  const timings = { ...DEFAULT_TIMINGS, ...options.timings };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const db = openDb(options.dbPath);
  const store = createSessionStore(db, now);
  const dashboards = createCadencedReader(timings.publishMs, now, createDashboardReader(db));
  const hub = createStreamHub(timings, (code) => {
    const found = store.findLive(code);
    return found.ok ? dashboards.read(found.value) : undefined;
  });
  const rate = (l: Limits['create']) => createRateLimiter(l, now);
  const ctx: AppContext = {
    store,
    readDashboard: dashboards.read,
    hub,
    limits,
    scenarios: options.scenarios ?? SCENARIO_IDS,
    busyRetry: { budgetMs: timings.busyRetryMs },
    limiters: {
      create: rate(limits.create),
      createAll: rate(limits.createAll),
      join: rate(limits.join),
      sessionEvents: rate(limits.sessionEvents),
      tokenEvents: rate(limits.tokenEvents),
      teacher: rate(limits.teacher),
      unknownCodes: rate(limits.unknownCodes),
    },
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

  const sweep = () => {
    const codes = store.sweep();
    for (const code of codes) {
      hub.ended(code);
      dashboards.forget(code);
    }
    for (const limiter of Object.values(ctx.limiters)) limiter.prune();
    return codes;
  };
  sweep();
  const sweeper = setInterval(() => {
    try {
      sweep();
    } catch (error) {
      // A busy or failing disk must not stop the service; the next run (or the next start) deletes what is due.
      server.log.error({ err: error }, 'retention sweep failed');
    }
  }, timings.sweepMs);
  sweeper.unref();
  server.addHook('preClose', async () => hub.close());
  server.addHook('onClose', async () => {
    clearInterval(sweeper);
    db.close();
  });

  return { server, sweep, close: () => server.close() };
}
