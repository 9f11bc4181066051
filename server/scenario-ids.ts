import * as v from 'valibot';
import checks from '../src/content/data/checks.json';
import { fitsSession, type SessionKind } from '../src/protocol/index.ts';
import generated from './scenario-ids.json';
import type { StudentEvent } from './schemas.ts';

/**
 * Every id a scenario defines, as the game can post them: choice points (with their number of options), endings and
 * techniques. Generated from the compiled stories by `npm run stories:ids` into server/scenario-ids.json, and checked
 * up to date by `npm run stories:check`: never typed by hand.
 */
export interface ScenarioIds {
  readonly points: Readonly<Record<string, number>>;
  readonly endings: readonly string[];
  readonly techniques: readonly string[];
}

/** Scenario id → its ids. */
export type ScenarioManifest = Readonly<Record<string, ScenarioIds>>;

const Manifest = v.record(
  v.string(),
  v.strictObject({
    points: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(1))),
    endings: v.array(v.string()),
    techniques: v.array(v.string()),
  }),
);

/** Reads a manifest, throwing with the field when it is malformed (a broken build, not bad input). */
export function parseScenarioManifest(raw: unknown): ScenarioManifest {
  const result = v.safeParse(Manifest, raw);
  if (!result.success) {
    const first = result.issues[0];
    throw new Error(`scenario-ids.json: ${first ? `${v.getDotPath(first) ?? ''} ${first.message}` : 'invalid'}`);
  }
  return result.output;
}

/** The manifest generated from stories/ (server/scenario-ids.json). */
export const SCENARIO_IDS: ScenarioManifest = parseScenarioManifest(generated);

/** How many items each round of the check has: before, after, booster (src/content/data/checks.json). */
export const CHECK_ITEMS = {
  before: checks.before.length,
  after: checks.after.length,
  booster: checks.booster.length,
} as const;

/** Why an event has no place in a session of this kind (src/protocol's `fitsSession`), or undefined when it has. */
export function notInKind(event: StudentEvent, kind: SessionKind): string | undefined {
  if (fitsSession(event, kind)) return undefined;
  return kind === 'booster'
    ? 'kind: a booster session takes only the booster round’s answers'
    : 'phase: booster answers go to a booster session';
}

/** Why an event names something the scenario does not define (the field and value), or undefined when it is known. */
export function unknownId(event: StudentEvent, ids: ScenarioIds): string | undefined {
  switch (event.kind) {
    case 'joined':
      return undefined;
    case 'choice': {
      const options = ids.points[event.point];
      if (options === undefined) return `point: this scenario has no choice point "${event.point}"`;
      return event.option < options ? undefined : `option: choice point "${event.point}" has ${options} options`;
    }
    case 'flag':
      return ids.techniques.includes(event.technique)
        ? undefined
        : `technique: this scenario has no technique "${event.technique}"`;
    case 'ending':
      return ids.endings.includes(event.ending) ? undefined : `ending: this scenario has no ending "${event.ending}"`;
    case 'check':
      return event.item < CHECK_ITEMS[event.phase]
        ? undefined
        : `item: the ${event.phase} check has ${CHECK_ITEMS[event.phase]} items`;
  }
}
