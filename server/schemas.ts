import * as v from 'valibot';
import { LANGUAGES } from '../src/content/languages.ts';
import { TECHNIQUE_IDS } from '../src/content/techniques.ts';
import { type ApiError, invalidInput } from './errors.ts';

/** Ids as authors write them in ink and scenario.json: lowercase letters, digits, - and _. */
const Id = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a lowercase id'));
/** A choice point label from the engine: `knot.stitch#n` (see labelChoices in src/engine/choice-points.ts). */
const ChoicePoint = v.pipe(v.string(), v.maxLength(120), v.regex(/^[A-Za-z0-9_.]+#[1-9][0-9]{0,3}$/, 'like "knot#2"'));
const SmallIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99));
/** The id a device gives each event, unique on that device: the same id posted again is stored once. */
const EventId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(64),
  v.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - _'),
);

/** `POST /api/v1/sessions`: what a teacher asks for. */
export const CreateSessionBody = v.strictObject({ scenario: Id, lang: v.picklist(LANGUAGES) });

/** `POST /api/v1/sessions/:code/join`: nothing; a name, an email or anything else is refused. */
export const JoinBody = v.strictObject({});

/** `PATCH /api/v1/sessions/:code`: the teacher opens or closes the session to new students. */
export const UpdateSessionBody = v.strictObject({ locked: v.boolean() });

/** The query of the stream: at most one `key` (EventSource cannot send headers). */
export const StreamQuery = v.strictObject({ key: v.optional(v.pipe(v.string(), v.maxLength(128))) });
/** The query of every other API route: none. */
export const NoQuery = v.strictObject({});

/**
 * One event a student's game reports. Strict objects: an unknown field (a name, free text) is refused, not dropped,
 * so nothing but these values can ever reach the database. Ids are further checked against the scenario
 * (server/scenario-ids.ts).
 */
export const StudentEventBody = v.variant('kind', [
  v.strictObject({ id: EventId, kind: v.literal('joined') }),
  v.strictObject({ id: EventId, kind: v.literal('choice'), point: ChoicePoint, option: SmallIndex }),
  v.strictObject({ id: EventId, kind: v.literal('flag'), technique: v.picklist(TECHNIQUE_IDS), spotted: v.boolean() }),
  v.strictObject({ id: EventId, kind: v.literal('ending'), ending: Id }),
  v.strictObject({
    id: EventId,
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
