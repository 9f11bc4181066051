import * as v from 'valibot';
import { IdSchema } from './play-events.ts';

/**
 * One card of the player's field guide: a technique caught, where, and the line it was caught on, in the language it
 * was read. Kept on the device only: never part of a class event or an embed message.
 */
export const FieldGuideCardSchema = v.object({
  technique: IdSchema,
  scenario: IdSchema,
  lang: v.picklist(['fr', 'ar', 'en']),
  /** The message's text as the player read it (a line of the story, never anything the player typed). */
  text: v.pipe(v.string(), v.maxLength(2000)),
  /** When it was caught (ms since 1970), to list the cards in the order they were found. */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type FieldGuideCard = v.InferOutput<typeof FieldGuideCardSchema>;

/** The stored field guide (`byr:guide:cards`): a version and at most one card per technique. */
export const FieldGuideSchema = v.object({
  version: v.literal(1),
  cards: v.pipe(v.array(FieldGuideCardSchema), v.maxLength(64)),
});
export type FieldGuide = v.InferOutput<typeof FieldGuideSchema>;
