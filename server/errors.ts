import type { FastifyReply } from 'fastify';

/** An expected failure of an API call: its HTTP status and a stable code clients can switch on. */
export interface ApiError {
  readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 414 | 415 | 429 | 503;
  readonly code: string;
  readonly message: string;
}

/** The failures the API reports, in one place so their codes and wording stay consistent. */
export const apiErrors = {
  unknownSession: { status: 404, code: 'unknown_session', message: 'No class session has this code.' },
  sessionEnded: { status: 410, code: 'session_ended', message: 'This class session has ended.' },
  sessionExpired: { status: 410, code: 'session_expired', message: 'This class session has expired (24 hours).' },
  missingKey: { status: 401, code: 'missing_key', message: 'Send the teacher key as "Authorization: Bearer <key>".' },
  wrongKey: { status: 403, code: 'wrong_key', message: 'The teacher key does not match this session.' },
  missingPartnerKey: {
    status: 401,
    code: 'missing_key',
    message: 'Send the partner key as "Authorization: Bearer <key>".',
  },
  wrongPartnerKey: { status: 403, code: 'wrong_key', message: 'This is not the partner key of this service.' },
  missingToken: {
    status: 401,
    code: 'missing_token',
    message: 'Send the join token as "Authorization: Bearer <token>".',
  },
  badToken: { status: 403, code: 'bad_token', message: 'This token was not issued for this session; join again.' },
  rateLimited: { status: 429, code: 'rate_limited', message: 'Too many requests; wait a moment and retry.' },
  sessionFull: {
    status: 409,
    code: 'session_full',
    message: 'This class session has as many students as it can take.',
  },
  tooManyEvents: { status: 429, code: 'too_many_events', message: 'This token has sent as many events as allowed.' },
  tooManyStreams: { status: 429, code: 'too_many_streams', message: 'Too many dashboards are open on this session.' },
  originNotAllowed: { status: 403, code: 'origin_not_allowed', message: 'This site may not call the API.' },
  notFound: { status: 404, code: 'not_found', message: 'No such API route.' },
  sessionLocked: {
    status: 409,
    code: 'session_locked',
    message: 'The teacher has closed this class session to new students.',
  },
  uriTooLong: { status: 414, code: 'uri_too_long', message: 'The address is too long: check the join code.' },
  badUrl: { status: 400, code: 'invalid_input', message: 'The address is not valid (bad %-encoding).' },
  databaseBusy: {
    status: 503,
    code: 'database_busy',
    message: 'The database is busy; nothing was stored. Retry in a few seconds.',
  },
  databaseUnavailable: {
    status: 503,
    code: 'database_unavailable',
    message:
      'The database is unavailable (down or read-only); nothing was stored. Devices keep their events and resend them.',
  },
} as const satisfies Record<string, ApiError>;

/** A 400 for a body or parameter that failed validation; `message` says which field and why. */
export function invalidInput(message: string): ApiError {
  return { status: 400, code: 'invalid_input', message };
}

/** Sends an error as `{ error: { code, message } }`. */
export function sendError(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply.code(error.status).send({ error: { code: error.code, message: error.message } });
}

/** Maps Fastify's own errors (body parsing, size, content type) to an ApiError; undefined for a real bug. */
export function fromFrameworkError(error: unknown): ApiError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'body_too_large', message: 'The request body is larger than 2 kB.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported_media_type', message: 'Send JSON with Content-Type: application/json.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return invalidInput('The body is not valid JSON.');
    case 'FST_ERR_BAD_URL':
      return apiErrors.badUrl;
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return apiErrors.uriTooLong;
  }
  if (isBusy(error)) return apiErrors.databaseBusy;
  if (isUnavailable(error)) return apiErrors.databaseUnavailable;
  if (statusCode === 400) return invalidInput('The request is malformed.');
  return undefined;
}

const errorCode = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

/**
 * Whether a write lost a race it may simply retry: SQLite saying another connection holds the lock (SQLITE_BUSY,
 * SQLITE_LOCKED and variants), PostgreSQL a serialization failure, a deadlock or a lock not available.
 */
export function isBusy(error: unknown): boolean {
  const code = errorCode(error);
  return typeof code === 'string' && /^(SQLITE_(BUSY|LOCKED)|40001|40P01|55P03)/.test(code);
}

/** Node's codes for a server that cannot be reached. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

/**
 * Whether the database cannot take the request at all: a read-only file or server (SQLITE_READONLY, PostgreSQL
 * 25006), a PostgreSQL server that is down, starting, shutting down or unreachable (classes 08 and 57P, Node's
 * socket errors, and the client's own words for a lost connection or a pool that could not connect in time).
 */
export function isUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  if (typeof code === 'string') {
    return /^(SQLITE_READONLY|SQLITE_IOERR|25006|08|57P0|53300)/.test(code) || UNREACHABLE.has(code);
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    message,
  );
}
