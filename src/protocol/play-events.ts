import * as v from 'valibot';
import type { SessionKind } from './dashboard.ts';

/** Ids as authors write them in ink and scenario.json: lowercase letters, digits, - and _. */
export const IdSchema = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a lowercase id'));
/** A choice point label from the engine: `knot.stitch#n` (see labelChoices in src/engine/choice-points.ts). */
const ChoicePoint = v.pipe(v.string(), v.maxLength(120), v.regex(/^[A-Za-z0-9_.]+#[1-9][0-9]{0,3}$/, 'like "knot#2"'));
const SmallIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99));
/** Which check: before the stories or after them. */
export const CheckPhaseSchema = v.picklist(['before', 'after']);
/**
 * Which round of the check an answer belongs to: before or after the stories, or the booster round a teacher runs as
 * its own class session a week or more later (the service takes booster answers only in a booster session).
 */
export const CheckRoundSchema = v.picklist(['before', 'after', 'booster']);

const joined = { kind: v.literal('joined') };
const choice = { kind: v.literal('choice'), point: ChoicePoint, option: SmallIndex };
/** A red flag the player spotted, or (at the end) one met but missed. */
const flag = { kind: v.literal('flag'), technique: IdSchema, spotted: v.boolean() };
const ending = { kind: v.literal('ending'), ending: IdSchema };
const check = {
  kind: v.literal('check'),
  phase: CheckRoundSchema,
  item: SmallIndex,
  answer: v.picklist(['manipulative', 'ordinary']),
  correct: v.boolean(),
};

/** The id a device gives each event, unique on that device: the same id posted again is stored once. */
export const EventIdSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(64),
  v.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - _'),
);

/**
 * One event a student's game reports to a live class session: ids and numbers only, never text or names. Strict
 * objects: an unknown field (a name, free text) is refused, not dropped, so nothing else can reach the service.
 */
export const ClassEventSchema = v.variant('kind', [
  v.strictObject(joined),
  v.strictObject(choice),
  v.strictObject(flag),
  v.strictObject(ending),
  v.strictObject(check),
]);
/** A class-session event as the game reports it (see ClassEventSchema). */
export type ClassEvent = v.InferOutput<typeof ClassEventSchema>;

/**
 * A class-session event as it travels: the client's outbox adds the event's `id` (so a resend is stored once), and
 * the service validates every posted body with this schema.
 */
export const PostedEventSchema = v.variant('kind', [
  v.strictObject({ id: EventIdSchema, ...joined }),
  v.strictObject({ id: EventIdSchema, ...choice }),
  v.strictObject({ id: EventIdSchema, ...flag }),
  v.strictObject({ id: EventIdSchema, ...ending }),
  v.strictObject({ id: EventIdSchema, ...check }),
]);
/** A posted event (see PostedEventSchema). */
export type PostedEvent = v.InferOutput<typeof PostedEventSchema>;

type Play<E extends v.ObjectEntries> = Readonly<v.InferOutput<v.ObjectSchema<E, undefined>>>;

/**
 * What play reports to the outside (main.ts decides who hears what): the class-session events the player's game
 * produces, plus the start and end of a scenario. `choice` and `flag` go to a class session only, never to a host page.
 */
export type PlayReport =
  | Play<typeof choice>
  | Play<typeof flag>
  | Play<typeof check>
  | { readonly kind: 'scenarioStarted'; readonly scenario: string; readonly lang: string }
  | {
      readonly kind: 'scenarioEnded';
      readonly scenario: string;
      readonly ending: string;
      readonly spotted: number;
      readonly missed: number;
    };

/**
 * Whether a class event belongs in a session of this kind: a booster session takes only the joining and booster
 * answers; a story session everything but booster answers. The game sends only what fits; the service refuses the rest.
 */
export function fitsSession(event: ClassEvent, kind: SessionKind): boolean {
  const isBooster = event.kind === 'check' && event.phase === 'booster';
  return kind === 'booster' ? event.kind === 'joined' || isBooster : !isBooster;
}

/** What a play report tells a class session, if anything: the same event, or the ending reached. */
export function toClassEvent(report: PlayReport): ClassEvent | undefined {
  switch (report.kind) {
    case 'choice':
    case 'flag':
    case 'check':
      return { ...report };
    case 'scenarioEnded':
      return report.ending ? { kind: 'ending', ending: report.ending } : undefined;
    case 'scenarioStarted':
      return undefined;
  }
}
