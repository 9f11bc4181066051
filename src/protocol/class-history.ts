import * as v from 'valibot';
import { IdSchema } from './play-events.ts';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const Score = v.pipe(v.number(), v.minValue(-100), v.maxValue(100));

/**
 * A class's before/after result as the teacher's screen showed it (the dashboard's `checks.paired`, only once shown:
 * 5 or more students), kept on the teacher's device so that a booster session weeks later can show before / after /
 * booster side by side. Class aggregates only, never sent anywhere: the booster session is created without it.
 */
export const EarlierClassSchema = v.strictObject({
  /** The session's join code: which class this was (the teacher saw it on the projector). */
  code: v.pipe(v.string(), v.regex(/^[A-Z0-9]{4,12}$/, 'a join code')),
  scenario: IdSchema,
  lang: v.picklist(['fr', 'ar', 'en']),
  /** When the session was created (ms since 1970). */
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Students (devices) who did both checks, and the items in each check. */
  done: Count,
  items: Count,
  before: Score,
  after: Score,
  difference: Score,
  low: Score,
  high: Score,
  effect: v.nullable(Score),
});
/** One earlier class (see EarlierClassSchema). */
export type EarlierClass = v.InferOutput<typeof EarlierClassSchema>;

/** The stored list (`byr:teacher:classes`): a version and the latest classes, newest first. */
export const ClassHistorySchema = v.object({
  version: v.literal(1),
  classes: v.pipe(v.array(EarlierClassSchema), v.maxLength(20)),
});
