import * as v from 'valibot';
import { LANGUAGES } from '../src/content/languages.ts';
import { TECHNIQUE_IDS } from '../src/content/techniques.ts';
import { IdSchema, PostedEventSchema } from '../src/protocol/index.ts';
import { type ApiError, invalidInput } from './errors.ts';

/**
 * `POST /api/v1/sessions`: what a teacher asks for. `kind: 'booster'` runs only the booster round; its `scenario` is
 * the story of the class it follows (the teacher's device keeps that class's result; the service is told nothing more).
 */
export const CreateSessionBody = v.strictObject({
  scenario: IdSchema,
  lang: v.picklist(LANGUAGES),
  kind: v.optional(v.picklist(['story', 'booster']), 'story'),
});

/**
 * `POST /api/v1/sessions/:code/join`: at most the device's random id (kept on the device), so the threshold counts
 * devices, not tabs; a name, an email or anything else is refused.
 */
export const JoinBody = v.strictObject({
  device: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,128}$/, 'a random id of 16 to 128 letters'))),
});

/** `PATCH /api/v1/sessions/:code`: the teacher opens or closes the session to new students. */
export const UpdateSessionBody = v.strictObject({ locked: v.boolean() });

/** The query of the stream: at most one `key` (EventSource cannot send headers). */
export const StreamQuery = v.strictObject({ key: v.optional(v.pipe(v.string(), v.maxLength(128))) });
/** The query of every other API route: none. */
export const NoQuery = v.strictObject({});

/**
 * One event a student's game reports, with its device-unique `id`: the game's own schema (src/protocol), and a
 * technique the game knows. Strict objects: an unknown field (a name, free text) is refused, so nothing else can
 * reach the database. Ids are further checked against the scenario (server/scenario-ids.ts).
 */
export const StudentEventBody = v.pipe(
  PostedEventSchema,
  v.check(
    (e) => e.kind !== 'flag' || (TECHNIQUE_IDS as readonly string[]).includes(e.technique),
    'the game has no such technique',
  ),
);

/** A validated session request. */
export type CreateSession = v.InferOutput<typeof CreateSessionBody>;
/** A validated student event. */
export type StudentEvent = v.InferOutput<typeof StudentEventBody>;

/** Validates a body (or a query) against a schema; the error names the field, e.g. `option: Invalid value…`. */
export function parseBody<S extends v.GenericSchema>(
  schema: S,
  body: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; error: ApiError } {
  const result = v.safeParse(schema, body ?? {});
  if (result.success) return { ok: true, value: result.output };
  const first = result.issues[0];
  const where = first ? (v.getDotPath(first) ?? 'body') : 'body';
  return { ok: false, error: invalidInput(`${where}: ${first?.message ?? 'invalid'}`) };
}
