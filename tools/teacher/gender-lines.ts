import { PLAYER_GENDER_VARIABLE, PLAYER_GENDERS, type PlayerGender, playerVariables } from '../../src/content/index.ts';
import { type ChatEvent, type RunnerOptions, type SaveEnvelope, ScenarioRunner } from '../../src/engine/index.ts';
import { genderChangesWordsOnly, unmark, withMarkedG } from '../gender-words.ts';
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

/** The girl and boy games of the guide's walk (which plays "unsaid"), at the same point of the story. */
export type GenderSaves = Readonly<Record<'girl' | 'boy', SaveEnvelope>>;

/**
 * Follows the girl and boy versions of the teacher guide's walk in lockstep with it, while the player's gender can
 * still change a line: the guide walks a script once, and this notes every line whose words differ.
 */
export interface GenderWalk {
  /** The girl and boy games at the start of the story. */
  readonly start: GenderSaves;
  /** Plays the batch each gender sees from these saves, compares it with the "unsaid" batch; the saves after it. */
  compare(saves: GenderSaves, unsaid: readonly ChatEvent[]): GenderSaves;
  /** Picks one option in the girl and boy games; undefined once no knot still to come reads the gender. */
  choose(atChoice: GenderSaves, option: number, unsaidAfter: SaveEnvelope): GenderSaves | undefined;
  /** What the guide says, once the walk is over (`isPartial`: it stopped at its bound). */
  facts(isPartial: boolean): GenderFacts;
}

/**
 * The gender walk for a script, or the guide's answer straight away: the gender the story pins, or "the same for
 * everyone" when the script does not declare player_gender. `options` are the "unsaid" game's.
 */
export function startGenderWalk(options: RunnerOptions, pinned: PlayerGender | undefined): GenderWalk | GenderFacts {
  if (pinned) return { kind: 'pinned', gender: pinned };
  const make = (g: PlayerGender) =>
    new ScenarioRunner({ ...options, variables: playerVariables(g), onWarning: () => {} });
  const girl = make('girl');
  const boy = make('boy');
  if (!girl.declares(PLAYER_GENDER_VARIABLE)) return { kind: 'same' };
  const story: unknown = typeof options.story === 'string' ? JSON.parse(options.story) : options.story;
  const key = makeStateKey(story, PLAYER_GENDER_VARIABLE);
  const keyOf = (save: SaveEnvelope) => key(save.inkState, save.chat);
  const lines = new Map<string, GenderLine>();
  const both = (f: (r: ScenarioRunner, g: 'girl' | 'boy') => void) => {
    f(girl, 'girl');
    f(boy, 'boy');
  };
  return {
    start: { girl: girl.snapshot(), boy: boy.snapshot() },
    compare(saves, unsaid) {
      both((r, g) => r.load(saves[g]));
      compareBatch({ unsaid, girl: girl.next(), boy: boy.next() }, lines);
      return { girl: girl.snapshot(), boy: boy.snapshot() };
    },
    choose(atChoice, option, unsaidAfter) {
      both((r, g) => {
        r.load(atChoice[g]);
        r.choose(option);
      });
      const after = { girl: girl.snapshot(), boy: boy.snapshot() };
      const k = keyOf(unsaidAfter);
      return keyOf(after.girl) === k && keyOf(after.boy) === k ? undefined : after;
    },
    facts(isPartial) {
      if (lines.size === 0) return { kind: 'same' };
      return { kind: 'varies', lines: [...lines.values()], isPartial };
    },
  };
}

/** Every string in an event, as one gender reads it (events are plain data: strings, arrays, objects). */
function unmarkValue<T>(value: T, gender: PlayerGender): T {
  if (typeof value === 'string') return unmark(value, gender) as T;
  if (Array.isArray(value)) return value.map((v) => unmarkValue(v, gender)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unmarkValue(v, gender)])) as T;
  }
  return value;
}

/**
 * The guide's walk of a script whose gender changes only words (tools/gender-words.ts), played with the marked g():
 * each batch comes back as "unsaid" reads it, and the lines whose words differ are noted on the way. One walk
 * instead of three games in lockstep.
 */
export interface MarkedWalk {
  /** The options to play (the script with the marked g()). */
  readonly options: RunnerOptions;
  /** A batch of the marked game as "unsaid" reads it; notes the lines whose words change. */
  read(events: readonly ChatEvent[]): ChatEvent[];
  facts(isPartial: boolean): GenderFacts;
}

/** The marked walk for a script, when its gender changes only words and the story pins none; else undefined. */
export function startMarkedWalk(options: RunnerOptions, pinned: PlayerGender | undefined): MarkedWalk | undefined {
  if (pinned || typeof options.story !== 'string' || !genderChangesWordsOnly(options.story)) return undefined;
  const lines = new Map<string, GenderLine>();
  return {
    options: { ...options, story: withMarkedG(options.story) },
    read(events) {
      const batches = perGender((g) => events.map((e) => unmarkValue(e, g)));
      compareBatch(batches, lines);
      return batches.unsaid;
    },
    facts(isPartial) {
      if (lines.size === 0) return { kind: 'same' };
      return { kind: 'varies', lines: [...lines.values()], isPartial };
    },
  };
}
