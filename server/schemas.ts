import * as v from 'valibot';
import { LANGUAGES } from '../src/content/languages.ts';
import { TECHNIQUE_IDS } from '../src/content/techniques.ts';
import { type ApiError, invalidInput } from './errors.ts';

/** Ids as authors write them in ink and scenario.json: lowercase letters, digits, - and _. */
const Id = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a lowercase id'));
/** A choice point label from the engine: `knot.stitch#n` (see labelChoices in src/engine/choice-points.ts). */
const ChoicePoint = v.pipe(v.string(), v.maxLength(120), v.regex(/^[A-Za-z0-9_.]+#[1-9][0-9]{0,3}$/, 'like "knot#2"'));
const SmallIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99));

/** `POST /api/v1/sessions`: what a teacher asks for. */
export const CreateSessionBody = v.strictObject({ scenario: Id, lang: v.picklist(LANGUAGES) });

/**
 * One event a student's game reports. Strict objects: an unknown field (a name, free text) is refused, not dropped,
 * so nothing but these values can ever reach the database.
 */
export const StudentEventBody = v.variant('kind', [
  v.strictObject({ kind: v.literal('joined') }),
  v.strictObject({ kind: v.literal('choice'), point: ChoicePoint, option: SmallIndex }),
  v.strictObject({ kind: v.literal('flag'), technique: v.picklist(TECHNIQUE_IDS), spotted: v.boolean() }),
  v.strictObject({ kind: v.literal('ending'), ending: Id }),
  v.strictObject({
    kind: v.literal('check'),
    phase: v.picklist(['before', 'after']),
    item: SmallIndex,
    answer: v.picklist(['manipulative', 'ordinary']),
    correct: v.boolean(),
  }),
]);

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
