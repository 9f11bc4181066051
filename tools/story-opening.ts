import { firstChatOf, PLAYER_GENDERS, playerVariables, type Scenario, vocabularyOf } from '../src/content/index.ts';
import { type ChatEvent, type ChatId, ScenarioRunner, type StoryOpening } from '../src/engine/index.ts';

/**
 * A script's opening (src/engine/opening.ts): its first batch as a new game plays it (seed 1, as the game starts every
 * story), for each gender. None when the first batch does not end on a choice (an error, or a story without choices).
 */
export function openingOf(
  scenario: Scenario,
  lang: string,
  story: { readonly json: string; readonly hash: string },
): StoryOpening | undefined {
  const batches: ChatEvent[][] = [];
  const seen = new Map<string, number>();
  const byGender: Record<string, number> = {};
  const firstChat = firstChatOf(scenario) as ChatId;
  for (const gender of PLAYER_GENDERS) {
    const runner = new ScenarioRunner({
      story: story.json,
      scenario: scenario.id,
      lang,
      contentHash: story.hash,
      firstChat,
      vocabulary: vocabularyOf(scenario),
      variables: playerVariables(gender),
    });
    const batch = runner.next();
    if (batch.at(-1)?.kind !== 'choices') return undefined;
    const key = JSON.stringify(batch);
    let index = seen.get(key);
    if (index === undefined) {
      index = batches.push(batch) - 1;
      seen.set(key, index);
    }
    byGender[gender] = index;
  }
  return { firstChat, batches, byGender };
}
