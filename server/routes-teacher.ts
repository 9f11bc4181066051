import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { type AppContext, bearer, teacherSession } from './context.ts';
import { retryBusy } from './db.ts';
import { apiErrors, invalidInput, sendError } from './errors.ts';
import { CreateSessionBody, parseBody, StreamQuery, UpdateSessionBody } from './schemas.ts';
import { hashSecret, newSecret } from './secrets.ts';
import type { SessionRow } from './store.ts';

type CodeRequest = FastifyRequest<{ Params: { code: string } }>;

/** The join link as an SVG QR code, drawn here (no network), for the projector. */
function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

async function sessionInfo(ctx: AppContext, request: FastifyRequest, s: SessionRow) {
  const joinUrl = ctx.joinUrl(request, s.code);
  return {
    code: s.code,
    kind: s.kind,
    scenario: s.scenario,
    lang: s.lang,
    joinUrl,
    qrSvg: await qrSvg(joinUrl),
    createdAt: s.createdAt,
    expiresAt: s.expiresAt,
    locked: s.locked,
  };
}

/** The client a creation counts against: its address (forwarded only behind a trusted proxy), hashed. */
const clientKey = (request: FastifyRequest) => hashSecret(request.ip).slice(0, 16);

/** Opens the Server-Sent Events stream of a session's dashboard (the key may come as `?key=`: EventSource sends no headers). */
async function openStream(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, s: SessionRow) {
  if (ctx.hub.count(s.code) >= ctx.limits.maxStreams) return sendError(reply, apiErrors.tooManyStreams);
  // Read first: a database that cannot answer gets the usual 503, before the stream's headers are sent.
  const dashboard = await ctx.readDashboard(s);
  reply.hijack();
  const policy = Object.entries(reply.getHeaders()).filter(
    (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
  );
  reply.raw.writeHead(200, {
    ...Object.fromEntries(policy),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    // Tells nginx not to buffer the stream (docs/class-sessions.md).
    'x-accel-buffering': 'no',
  });
  ctx.hub.open(s.code, reply.raw, dashboard);
  request.raw.on('close', () => reply.raw.end());
}

/** Teacher routes: create a session, read it, watch its dashboard (JSON or a live stream), end it. */
export function registerTeacherRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/v1/sessions', async (request, reply) => {
    const body = parseBody(CreateSessionBody, request.body);
    if (!body.ok) return sendError(reply, body.error);
    if (!Object.hasOwn(ctx.scenarios, body.value.scenario)) {
      return sendError(reply, invalidInput(`scenario: the game has no scenario "${body.value.scenario}"`));
    }
    if (!(await ctx.limiters.create.take(clientKey(request))) || !(await ctx.limiters.createAll.take('all'))) {
      return sendError(reply, apiErrors.rateLimited);
    }
    const teacherKey = newSecret();
    const teacherKeyHash = hashSecret(teacherKey);
    const session = await retryBusy(() => ctx.store.create({ ...body.value, teacherKeyHash }), ctx.busyRetry);
    const { code, kind, joinUrl, qrSvg, expiresAt, scenario, lang } = await sessionInfo(ctx, request, session);
    return reply.code(201).send({ code, kind, teacherKey, joinUrl, qrSvg, expiresAt, scenario, lang });
  });

  app.get('/api/v1/sessions/:code', async (request: CodeRequest, reply) => {
    const found = await teacherSession(ctx, request.params.code, bearer(request));
    if (!found.ok) return sendError(reply, found.error);
    return reply.send(await sessionInfo(ctx, request, found.value));
  });

  app.get('/api/v1/sessions/:code/dashboard', async (request: CodeRequest, reply) => {
    const found = await teacherSession(ctx, request.params.code, bearer(request));
    if (!found.ok) return sendError(reply, found.error);
    return reply.send(await ctx.readDashboard(found.value));
  });

  app.patch('/api/v1/sessions/:code', async (request: CodeRequest, reply) => {
    const found = await teacherSession(ctx, request.params.code, bearer(request));
    if (!found.ok) return sendError(reply, found.error);
    const body = parseBody(UpdateSessionBody, request.body);
    if (!body.ok) return sendError(reply, body.error);
    const session = await retryBusy(() => ctx.store.setLocked(found.value, body.value.locked), ctx.busyRetry);
    return reply.send(await sessionInfo(ctx, request, session));
  });

  app.get('/api/v1/sessions/:code/stream', async (request: CodeRequest, reply) => {
    const query = parseBody(StreamQuery, request.query);
    if (!query.ok) return sendError(reply, query.error);
    const key = bearer(request) ?? query.value.key;
    const found = await teacherSession(ctx, request.params.code, key);
    if (!found.ok) return sendError(reply, found.error);
    return openStream(ctx, request, reply, found.value);
  });

  app.delete('/api/v1/sessions/:code', async (request: CodeRequest, reply) => {
    const found = await teacherSession(ctx, request.params.code, bearer(request));
    if (!found.ok) return sendError(reply, found.error);
    await retryBusy(() => ctx.store.end(found.value), ctx.busyRetry);
    ctx.hub.ended(found.value.code);
    ctx.news.publish({ kind: 'ended', code: found.value.code });
    return reply.code(204).send();
  });
}
