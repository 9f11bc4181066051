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
 * The game's Content-Security-Policy (docs/deployment.md): nothing inline, no eval, nothing from another site; only
 * the service's own pages and the partner sites (`frameAncestors`, from partner.config.json) may frame it.
 */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "media-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
  ].join('; ');
}

/** Who may call and frame the service. */
export interface HttpPolicy {
  /** Browser origins besides the service's own that may call the API. */
  readonly allowedOrigins: readonly string[];
  /** Sites allowed to embed the game (partner.config.json `allowedOrigins`). */
  readonly frameAncestors: readonly string[];
}

/**
 * Response policy. Every answer: nosniff, no referrer. The game's files: the CSP. The API: CORS closed except to
 * `allowedOrigins` (no credentials: the API uses no cookies, only bearer keys), never cached (`no-store`): its
 * answers hold live figures and, at creation, secrets.
 */
export function registerHttpPolicy(app: FastifyInstance, policy: HttpPolicy): void {
  const csp = contentSecurityPolicy(policy.frameAncestors);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    if (!isApi(request)) {
      reply.header('Content-Security-Policy', csp);
      return;
    }
    reply.header('Cache-Control', 'no-store');
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (!isOriginAllowed(origin, request.headers.host, policy.allowedOrigins)) {
      return sendError(reply, apiErrors.originNotAllowed);
    }
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      return reply
        .code(204)
        .header('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE')
        .header('Access-Control-Allow-Headers', 'Authorization, Content-Type')
        .header('Access-Control-Max-Age', '600')
        .send();
    }
  });
}
