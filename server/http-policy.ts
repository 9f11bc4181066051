import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiErrors, sendError } from './errors.ts';

/** Whether a browser page on `origin` may call the API: the service's own pages, or a configured partner site. */
export function isOriginAllowed(origin: string, host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/');

/**
 * API response policy. CORS is closed except to `allowedOrigins` (no credentials: the API uses no cookies, only
 * bearer keys). API answers are never cached (`no-store`): they hold live figures and, at creation, secrets.
 */
export function registerHttpPolicy(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request)) return;
    reply.header('Cache-Control', 'no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (!isOriginAllowed(origin, request.headers.host, allowedOrigins)) {
      return sendError(reply, apiErrors.originNotAllowed);
    }
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      return reply
        .code(204)
        .header('Access-Control-Allow-Methods', 'GET, POST, DELETE')
        .header('Access-Control-Allow-Headers', 'Authorization, Content-Type')
        .header('Access-Control-Max-Age', '600')
        .send();
    }
  });
}
