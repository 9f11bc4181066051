import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AppContext, bearer } from './context.ts';
import { apiErrors, sendError } from './errors.ts';
import { partnerTotals } from './partner-totals.ts';
import { hashSecret, matchesHash } from './secrets.ts';
import type { Backend } from './store.ts';

/** The client a partner request counts against: its address (forwarded only behind a trusted proxy), hashed. */
const clientKey = (request: FastifyRequest) => hashSecret(request.ip).slice(0, 16);

/**
 * `GET /api/v1/partner/totals`, registered only when the deployment set a partner key (BYR_PARTNER_KEY); without one
 * the route does not exist (404). One deployment is one programme: the totals cover every session this service's
 * database has summarised. The key is compared by its hash, in constant time; each client's requests are rate
 * limited before the key is checked, so guessing is slow too.
 */
export function registerPartnerRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  backend: Pick<Backend, 'readSummaryGroups'>,
  partnerKey: string,
): void {
  const keyHash = hashSecret(partnerKey);
  app.get('/api/v1/partner/totals', async (request, reply) => {
    if (!(await ctx.limiters.partner.take(clientKey(request)))) return sendError(reply, apiErrors.rateLimited);
    const key = bearer(request);
    if (key === undefined) return sendError(reply, apiErrors.missingPartnerKey);
    if (!matchesHash(key, keyHash)) return sendError(reply, apiErrors.wrongPartnerKey);
    return reply.send(partnerTotals(await backend.readSummaryGroups()));
  });
}
