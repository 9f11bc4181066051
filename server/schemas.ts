import * as v from 'valibot';
import { LANGUAGES } from '../src/content/languages.ts';
import { TECHNIQUE_IDS } from '../src/content/techniques.ts';
import { ClassEventSchema, IdSchema } from '../src/protocol/index.ts';
import { type ApiError, invalidInput } from './errors.ts';

/** `POST /api/v1/sessions`: what a teacher asks for. */
export const CreateSessionBody = v.strictObject({ scenario: IdSchema, lang: v.picklist(LANGUAGES) });

/**
 * One event a student's game reports: the game's own schema (src/protocol), and a technique the game knows.
 * Strict objects there: an unknown field (a name, free text) is refused, so nothing else can reach the database.
 */
export const StudentEventBody = v.pipe(
  ClassEventSchema,
  v.check(
    (e) => e.kind !== 'flag' || (TECHNIQUE_IDS as readonly string[]).includes(e.technique),
    'the game has no such technique',
  ),
);

/** A validated session request. */
export type CreateSession = v.InferOutput<typeof CreateSessionBody>;
/** A validated student event. */
export type StudentEvent = v.InferOutput<typeof StudentEventBody>;

/** Validates a body against a schema; the error names the field, e.g. `option: Invalid value…`. */
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
