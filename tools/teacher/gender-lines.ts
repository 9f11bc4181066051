import { PLAYER_GENDER_VARIABLE, PLAYER_GENDERS, type PlayerGender, playerVariables } from '../../src/content/index.ts';
import { type ChatEvent, type RunnerOptions, type SaveEnvelope, ScenarioRunner } from '../../src/engine/index.ts';
import { makeStateKey } from '../state-key.ts';

/** A line whose words change with the player's gender: its text for each answer, and who says it. */
export interface GenderLine {
  /** A character id, `me` for the player, or the kind of line (`system`, `counter`, `ending`…). */
  readonly from: string;
  readonly text: Readonly<Record<PlayerGender, string>>;
}

/** What the guide says about the player's gender in one script. */
export type GenderFacts =
  | { readonly kind: 'pinned'; readonly gender: PlayerGender }
  | { readonly kind: 'same' }
  | { readonly kind: 'varies'; readonly lines: readonly GenderLine[]; readonly isPartial: boolean };

type PerGender<T> = Record<PlayerGender, T>;

function perGender<T>(make: (g: PlayerGender) => T): PerGender<T> {
  return Object.fromEntries(PLAYER_GENDERS.map((g) => [g, make(g)])) as PerGender<T>;
}

function sayer(e: ChatEvent): string {
  return e.kind === 'message' ? e.from : e.kind;
}

function textOf(e: ChatEvent | undefined): string | undefined {
  if (!e) return undefined;
  if (e.kind === 'choices') return e.options.map((o) => o.text).join(' | ');
  return 'text' in e ? e.text : undefined;
}

/** Compares one batch as each gender sees it, event by event, and keeps the lines whose words differ. */
function compareBatch(batches: PerGender<readonly ChatEvent[]>, out: Map<string, GenderLine>): void {
  batches.unsaid.forEach((e, i) => {
    const text = perGender((g) => textOf(batches[g][i]) ?? '');
    if (textOf(e) === undefined || (text.girl === text.unsaid && text.boy === text.unsaid)) return;
    const key = `${text.unsaid}|${text.girl}|${text.boy}`;
    if (!out.has(key)) out.set(key, { from: sayer(e), text });
  });
}

/**
 * Plays every option of the choice the three runners stand at; returns the states not seen before where the gender
 * can still change a line (`keyOf` leaves player_gender out once no knot still to come reads it: from there on the
 * three games are the same).
 */
function expand(
  runners: PerGender<ScenarioRunner>,
  offer: Extract<ChatEvent, { kind: 'choices' }>,
  seen: Set<string>,
  keyOf: (save: SaveEnvelope) => string,
): PerGender<SaveEnvelope>[] {
  const atChoice = perGender((g) => runners[g].snapshot());
  const next: PerGender<SaveEnvelope>[] = [];
  for (const option of offer.options) {
    for (const g of PLAYER_GENDERS) {
      runners[g].load(atChoice[g]);
      runners[g].choose(option.index);
    }
    const after = perGender((g) => runners[g].snapshot());
    const key = keyOf(after.unsaid);
    if (seen.has(key) || (keyOf(after.girl) === key && keyOf(after.boy) === key)) continue;
    seen.add(key);
    next.push(after);
  }
  return next;
}

/**
 * Plays the script once per gender in lockstep (the same choices for all three), breadth-first, merging states as
 * the story check does, and lists every line whose words differ. A script without `player_gender`, or a story
 * whose scenario.json pins the gender, gives no list.
 */
export function collectGenderLines(
  options: RunnerOptions,
  pinned: PlayerGender | undefined,
  maxStates = 5000,
): GenderFacts {
  if (pinned) return { kind: 'pinned', gender: pinned };
  const runners = perGender(
    (g) => new ScenarioRunner({ ...options, variables: playerVariables(g), onWarning: () => {} }),
  );
  if (!runners.unsaid.declares(PLAYER_GENDER_VARIABLE)) return { kind: 'same' };
  const story: unknown = typeof options.story === 'string' ? JSON.parse(options.story) : options.story;
  const key = makeStateKey(story, PLAYER_GENDER_VARIABLE);
  const keyOf = (save: SaveEnvelope) => key(save.inkState, save.chat);
  const lines = new Map<string, GenderLine>();
  const seen = new Set<string>();
  let queue = [perGender((g) => runners[g].snapshot())];
  while (queue.length > 0 && seen.size < maxStates) {
    const next: PerGender<SaveEnvelope>[] = [];
    for (const saves of queue) {
      for (const g of PLAYER_GENDERS) runners[g].load(saves[g]);
      const batches = perGender((g) => runners[g].next());
      compareBatch(batches, lines);
      const offer = batches.unsaid.at(-1);
      if (offer?.kind === 'choices') next.push(...expand(runners, offer, seen, keyOf));
    }
    queue = next;
  }
  if (lines.size === 0) return { kind: 'same' };
  return { kind: 'varies', lines: [...lines.values()], isPartial: queue.length > 0 };
}
