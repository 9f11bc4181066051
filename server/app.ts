import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { type AppContext, DEFAULT_LIMITS, type Limits } from './context.ts';
import { createDashboardReader } from './dashboard.ts';
import { openDb } from './db.ts';
import { apiErrors, fromFrameworkError, sendError } from './errors.ts';
import { registerHttpPolicy } from './http-policy.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { registerStudentRoutes } from './routes-student.ts';
import { registerTeacherRoutes } from './routes-teacher.ts';
import { registerStaticFiles } from './static-files.ts';
import { createSessionStore } from './store.ts';
import { createStreamHub, type StreamTimings } from './stream-hub.ts';

/** How the service is built; tests pass a temp file, a fake clock and short timings. */
export interface AppOptions {
  readonly dbPath: string;
  /** The clock, in ms since the epoch: expiry and retention read it (a fake one in tests). */
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
  /** Scenario ids the game has (stories/<id>/); sessions for others are refused. Omitted: any well-formed id. */
  readonly scenarios?: readonly string[];
  readonly limits?: Partial<Limits>;
  readonly timings?: Partial<StreamTimings & { sweepMs: number }>;
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

/** Builds the class-session service: database (migrated), routes, policy, retention. Call `server.listen` to serve. */
export function createApp(options: AppOptions): ClassSessionApp {
  const now = options.now ?? Date.now;
  const timings = { debounceMs: 250, heartbeatMs: 15_000, sweepMs: 10 * 60_000, ...options.timings };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const db = openDb(options.dbPath);
  const store = createSessionStore(db, now);
  const readDashboard = createDashboardReader(db);
  const hub = createStreamHub(timings, (code) => {
    const found = store.findLive(code);
    return found.ok ? readDashboard(found.value) : undefined;
  });
  const rate = (l: Limits['create']) => createRateLimiter(l, now);
  const ctx: AppContext = {
    store,
    readDashboard,
    hub,
    limits,
    scenarios: options.scenarios ? new Set(options.scenarios) : undefined,
    limiters: {
      create: rate(limits.create),
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
    // Never log IPs: no trustProxy, and serializers that keep only method, route and status.
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
  registerHttpPolicy(server, origins);
  registerTeacherRoutes(server, ctx);
  registerStudentRoutes(server, ctx);
  if (options.distDir) registerStaticFiles(server, options.distDir);
  server.setNotFoundHandler((_request, reply) => sendError(reply, apiErrors.notFound));
  server.setErrorHandler((error, request, reply) => {
    const known = fromFrameworkError(error);
    if (known) return sendError(reply, known);
    request.log.error({ err: error }, 'unexpected error');
    return reply.code(500).send({ error: { code: 'internal', message: 'Something went wrong on the server.' } });
  });

  const sweep = () => {
    const codes = store.sweep();
    for (const code of codes) hub.ended(code);
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
