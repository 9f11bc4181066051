import type { InkValue } from '../engine/index.ts';
import { PLAYER_GENDERS, type PlayerGender } from '../protocol/index.ts';
import type { Scenario } from './scenario.ts';

export { PLAYER_GENDERS, type PlayerGender };

/** The ink variable a script declares (`VAR player_gender = "unsaid"`) to write lines that agree with the player. */
export const PLAYER_GENDER_VARIABLE = 'player_gender';

/**
 * The gender a scenario's script plays with: the one its scenario.json pins (a story about a girl), else the
 * player's answer, else "unsaid" (not asked yet, or skipped).
 */
export function genderFor(scenario: Scenario, chosen: PlayerGender | undefined): PlayerGender {
  return scenario.playerGender ?? chosen ?? 'unsaid';
}

/** Whether the content note asks the player's gender: not yet answered, and the story does not pin it. */
export function asksGender(scenario: Scenario, chosen: PlayerGender | undefined): boolean {
  return scenario.playerGender === undefined && chosen === undefined;
}

/** The ink globals the runner sets before the first line. */
export function playerVariables(gender: PlayerGender): Readonly<Record<string, InkValue>> {
  return { [PLAYER_GENDER_VARIABLE]: gender };
}
