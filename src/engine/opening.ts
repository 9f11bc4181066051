import type { ChatEvent, ChatId } from './types.ts';

/**
 * A new story's first batch (its events up to the first choice, as `ScenarioRunner.next()` gives them), played by the
 * build for each value of the player's gender: the chat shows it while the script is still being downloaded and built
 * (the longest part of opening a story on a slow phone), and the runner then plays on from the first choice.
 */
export interface StoryOpening {
  /** The conversation the story starts in (the runner's first chat). */
  readonly firstChat: ChatId;
  /** The distinct first batches (most scripts have one: their opening does not depend on the gender). */
  readonly batches: readonly (readonly ChatEvent[])[];
  /** For each gender value (`player_gender`), its batch's index in `batches`. */
  readonly byGender: Readonly<Record<string, number>>;
}

/** What the chat shows first for one gender: the batch ends on its first choice. */
export interface OpeningBatch {
  readonly firstChat: ChatId;
  readonly events: readonly ChatEvent[];
}

/** The opening to show for this gender, or undefined when there is none (or it does not end on a choice). */
export function openingFor(opening: StoryOpening | undefined, gender: string): OpeningBatch | undefined {
  const index = opening?.byGender[gender];
  const events = index === undefined ? undefined : opening?.batches[index];
  return opening && events?.at(-1)?.kind === 'choices' ? { firstChat: opening.firstChat, events } : undefined;
}

/** Whether a runner's first batch is the opening shown (the same script, played the same way). */
export function sameEvents(played: readonly ChatEvent[], shown: readonly ChatEvent[]): boolean {
  return JSON.stringify(played) === JSON.stringify(shown);
}
