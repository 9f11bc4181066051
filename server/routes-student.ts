import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AppContext, bearer, findSession, findSessionStudent } from './context.ts';
import { retryBusy } from './db.ts';
import { apiErrors, invalidInput, sendError } from './errors.ts';
import { notInKind, unknownId } from './scenario-ids.ts';
import { JoinBody, parseBody, StudentEventBody } from './schemas.ts';
import { hashSecret, newSecret } from './secrets.ts';

type CodeRequest = FastifyRequest<{ Params: { code: string } }>;

/** Student routes: join a session by code (getting a per-tab token), then post game events with it. */
export function registerStudentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/v1/sessions/:code/join', async (request: CodeRequest, reply) => {
    const input = parseBody(JoinBody, request.body);
    if (!input.ok) return sendError(reply, input.error);
    const found = await findSession(ctx, request.params.code);
    if (!found.ok) return sendError(reply, found.error);
    const session = found.value;
    if (session.locked) return sendError(reply, apiErrors.sessionLocked);
    if (!(await ctx.limiters.join.take(session.code))) return sendError(reply, apiErrors.rateLimited);
    const token = newSecret();
    // The device's id is kept only hashed with the session's code: it cannot link one device across sessions.
    const { device } = input.value;
    const student = {
      tokenHash: hashSecret(token),
      deviceHash: device === undefined ? undefined : hashSecret(`${session.code}:${device}`),
    };
    const added = await retryBusy(() => ctx.store.addStudent(session, student, ctx.limits.maxStudents), ctx.busyRetry);
    if (added === 'locked') return sendError(reply, apiErrors.sessionLocked);
    if (added === 'full') return sendError(reply, apiErrors.sessionFull);
    ctx.news.publish({ kind: 'changed', code: session.code });
    return reply.code(201).send({
      token,
      kind: session.kind,
      scenario: session.scenario,
      lang: session.lang,
      expiresAt: session.expiresAt,
    });
  });

  app.post('/api/v1/sessions/:code/events', async (request: CodeRequest, reply) => {
    const token = bearer(request);
    // Tokens are looked up by their SHA-256: the stored value says nothing about the token, so no timing leak matters.
    const found = await findSessionStudent(ctx, request.params.code, token === undefined ? '' : hashSecret(token));
    if (!found.ok) return sendError(reply, found.error);
    const { session, student } = found.value;
    if (token === undefined) return sendError(reply, apiErrors.missingToken);
    if (student === undefined) return sendError(reply, apiErrors.badToken);
    const { tokenEvents, sessionEvents } = ctx.limiters;
    if (!(await tokenEvents.takeThen(String(student.id), { limiter: sessionEvents, key: session.code }))) {
      return sendError(reply, apiErrors.rateLimited);
    }
    if (student.eventCount >= ctx.limits.maxEventsPerStudent) return sendError(reply, apiErrors.tooManyEvents);
    const event = parseBody(StudentEventBody, request.body);
    if (!event.ok) return sendError(reply, event.error);
    const ids = ctx.scenarios[session.scenario];
    const unknown =
      notInKind(event.value, session.kind) ??
      (ids ? unknownId(event.value, ids) : `scenario: the service has no ids for "${session.scenario}"`);
    if (unknown) return sendError(reply, invalidInput(unknown));
    const { seq, stored } = await retryBusy(() => ctx.store.addEvent(session, student, event.value), ctx.busyRetry);
    if (!stored) return reply.code(200).send({ seq });
    ctx.news.publish({ kind: 'changed', code: session.code });
    return reply.code(202).send({ seq });
  });
}
