import { Story } from 'inkjs';
import { labelChoices } from './choice-points.ts';
import { lineToEvent } from './line-event.ts';
import { err, ok, type Result } from './result.ts';
import { SAVE_SCHEMA, type SaveEnvelope, type SaveProblem } from './save-envelope.ts';
import { parseTags, type TagVocabulary } from './tag-parser.ts';
import type {
  ChatEvent,
  ChatId,
  ChoiceOption,
  ChoicePointId,
  ChoiceRecord,
  MessageId,
  Stage,
  TechniqueId,
  TranscriptEntry,
} from './types.ts';

/** What the runner needs to play one scenario in one language. */
export interface RunnerOptions {
  /** Compiled ink (JSON text or parsed object). */
  readonly story: string | object;
  readonly scenario: string;
  readonly lang: string;
  readonly contentHash: string;
  /** The conversation the story starts in. */
  readonly firstChat: ChatId;
  readonly vocabulary?: TagVocabulary;
  /** Seed for ink's randomness (shuffles, RANDOM); the same seed and choices give the same story. */
  readonly seed?: number;
  /** Story problems that do not stop play (unknown tags, ink warnings). */
  readonly onWarning?: (message: string) => void;
  /** Sees every raw line with its tags and the ink paths before and after it: for the story checker, not the game. */
  readonly onLine?: (line: RawLine) => void;
  /**
   * Ink global variables set before the story's first line (the player's gender, `player_gender`). Only those the
   * script declares are set, so a script without them still plays. They are set again when a saved game is loaded,
   * replayed or moved to another language: the player's current answer holds from the next line on.
   */
  readonly variables?: Readonly<Record<string, InkValue>>;
}

/** A value the game may give an ink global variable. */
export type InkValue = string | number | boolean;

/** One line as ink produced it, before it becomes an event. */
export interface RawLine {
  readonly text: string;
  readonly tags: readonly string[];
  readonly paths: readonly [string, string];
}

/** The answer to flagging a message as a red flag. */
export type FlagOutcome =
  | { readonly kind: 'spotted'; readonly techniques: readonly TechniqueId[] }
  | { readonly kind: 'ordinary' };

type Offer = Extract<ChatEvent, { kind: 'choices' }>;

/** A compiled script made into ink's objects, and its choice points' labels: what a runner builds first. */
interface Built {
  readonly story: Story;
  readonly labels: ReadonlyMap<string, ChoicePointId>;
}

function build(story: string | object): Built {
  return {
    story: new Story(typeof story === 'string' ? story : JSON.stringify(story)),
    labels: labelChoices(typeof story === 'string' ? JSON.parse(story) : story),
  };
}

/** At most one script built ahead (see `buildAhead`), untouched until the next runner takes it (same script) or drops it. */
let ahead: { readonly source: string | object; readonly built: Built } | undefined;

/**
 * Builds a script's ink objects ahead (the player is reading the story's content note): turning a whole story's JSON
 * into ink's objects is the longest step of opening it (about 120 ms on a slow phone), and the next runner of the same
 * script then starts from it. Only the last script built ahead is kept.
 */
export function buildAhead(story: string | object): void {
  if (ahead?.source === story) return;
  ahead = { source: story, built: build(story) };
}

/** The script built ahead if it is this one, else built now. The next runner takes or drops what was built ahead. */
function takeBuilt(story: string | object): Built {
  const kept = ahead?.source === story ? ahead.built : undefined;
  ahead = undefined;
  return kept ?? build(story);
}

/** Plays an ink scenario as chat events: `next()` for the next batch, `choose()` to answer, `flag()` to mark. */
export class ScenarioRunner {
  readonly options: RunnerOptions;
  readonly #story: Story;
  readonly #labels: ReadonlyMap<string, ChoicePointId>;
  readonly #errors: string[] = [];
  #chat: ChatId;
  #transcript: TranscriptEntry[] = [];
  #choices: ChoiceRecord[] = [];
  #flags: MessageId[] = [];
  #stages: Stage[] = [];
  #offer: Offer | undefined;

  constructor(options: RunnerOptions) {
    this.options = options;
    const built = takeBuilt(options.story);
    this.#story = built.story;
    this.#labels = built.labels;
    this.#story.state.storySeed = options.seed ?? 1;
    this.#story.onError = (message, type) => {
      // ErrorType.Warning is 1: keep playing; anything else stops the story with an error event.
      if (type === 1) options.onWarning?.(message);
      else this.#errors.push(message);
    };
    this.#chat = options.firstChat;
    this.#setVariables();
  }

  /** Whether the script declares this global variable (`VAR name = …`). */
  declares(variable: string): boolean {
    return this.#story.variablesState.GlobalVariableExistsWithName(variable);
  }

  /** Messages so far, in order; what a restored game shows again. */
  get transcript(): readonly TranscriptEntry[] {
    return this.#transcript;
  }
  get choices(): readonly ChoiceRecord[] {
    return this.#choices;
  }
  get flags(): readonly MessageId[] {
    return this.#flags;
  }
  get stages(): readonly Stage[] {
    return this.#stages;
  }
  get chat(): ChatId {
    return this.#chat;
  }

  /** Runs the story to its next choice or its end and returns what happened on the way. */
  next(): ChatEvent[] {
    const events: ChatEvent[] = [];
    while (this.#story.canContinue && this.#errors.length === 0) {
      let text: string;
      const pathBefore = this.#story.state.currentPathString ?? '';
      try {
        text = (this.#story.Continue() ?? '').trim();
      } catch (e) {
        this.#errors.push(e instanceof Error ? e.message : String(e));
        break;
      }
      const tags = this.#story.currentTags ?? [];
      this.options.onLine?.({ text, tags, paths: [pathBefore, this.#story.state.currentPathString ?? ''] });
      this.#takeLine(text, tags, events);
    }
    if (this.#errors.length > 0) {
      events.push(...this.#errors.map((message) => ({ kind: 'error', message }) as const));
      this.#errors.length = 0;
      return events;
    }
    const offer = this.#currentOffer();
    events.push(offer ?? { kind: 'end' });
    return events;
  }

  /** Answers the current choice point with option `index` (as listed in the last choices event). */
  choose(index: number): Result<void> {
    const offer = this.#offer ?? this.#currentOffer();
    if (!offer) return err('there is no choice to make now');
    if (!offer.options.some((o) => o.index === index)) return err(`choice ${index} is not offered`);
    this.#story.ChooseChoiceIndex(index);
    this.#choices.push({ point: offer.point, index, options: offer.options, atMessage: this.#transcript.length });
    this.#offer = undefined;
    return ok(undefined);
  }

  /** Marks an incoming message as a red flag and says whether it shows a manipulation technique. */
  flag(id: MessageId): Result<FlagOutcome> {
    const entry = this.#transcript.find((e) => e.id === id);
    if (entry?.kind !== 'message') return err(`no message ${id} to flag`);
    if (entry.from === 'me') return err('your own messages cannot be flagged');
    if (!this.#flags.includes(id)) this.#flags.push(id);
    return ok(entry.techniques.length > 0 ? { kind: 'spotted', techniques: entry.techniques } : { kind: 'ordinary' });
  }

  /** The whole state as a save envelope (JSON-serialisable). */
  snapshot(): SaveEnvelope {
    const o = this.options;
    return {
      schema: SAVE_SCHEMA,
      scenario: o.scenario,
      lang: o.lang,
      contentHash: o.contentHash,
      seed: o.seed ?? 1,
      inkState: this.#story.state.ToJson(),
      chat: this.#chat,
      transcript: [...this.#transcript],
      choices: [...this.#choices],
      flags: [...this.#flags],
      stages: [...this.#stages],
    };
  }

  /** Puts this runner back in a state saved from the same script (same content hash). */
  load(save: SaveEnvelope): Result<void, SaveProblem> {
    if (save.contentHash !== this.options.contentHash) return err({ kind: 'story-changed' });
    try {
      this.#story.state.LoadJson(save.inkState);
    } catch (e) {
      return err({ kind: 'corrupt', detail: e instanceof Error ? e.message : String(e) });
    }
    this.#setVariables();
    this.#chat = save.chat;
    this.#transcript = [...save.transcript];
    this.#choices = [...save.choices];
    this.#flags = [...save.flags];
    this.#stages = [...save.stages];
    this.#offer = undefined;
    return ok(undefined);
  }

  /**
   * Brings back a saved game. When the script changed since the save, the recorded choices are replayed on the new
   * script; if they no longer fit, the save is refused with `story-changed` so the game can restart the scenario.
   */
  static restore(options: RunnerOptions, save: SaveEnvelope): Result<ScenarioRunner, SaveProblem> {
    if (save.scenario !== options.scenario || save.lang !== options.lang) {
      return err({ kind: 'other-scenario', scenario: save.scenario, lang: save.lang });
    }
    const seeded = { ...options, seed: save.seed };
    if (save.contentHash === options.contentHash) {
      const runner = new ScenarioRunner(seeded);
      const loaded = runner.load(save);
      return loaded.ok ? ok(runner) : loaded;
    }
    const replayed = ScenarioRunner.replay(seeded, save.choices);
    if (!replayed.ok) return err({ kind: 'story-changed' });
    const runner = replayed.value;
    const kept = new Set(runner.#transcript.filter((e) => e.kind === 'message').map((e) => e.id));
    runner.#flags = save.flags.filter((id) => kept.has(id));
    return ok(runner);
  }

  /** Plays a fresh runner through recorded choices (replay from a choice, or migrate a save to a changed script). */
  static replay(options: RunnerOptions, choices: readonly ChoiceRecord[]): Result<ScenarioRunner> {
    const runner = new ScenarioRunner(options);
    for (const record of choices) {
      const last = runner.next().at(-1);
      if (last?.kind !== 'choices' || last.point !== record.point)
        return err(`choice point ${record.point} not reached`);
      const chosen = runner.choose(record.index);
      if (!chosen.ok) return chosen;
    }
    return ok(runner);
  }

  #setVariables(): void {
    for (const [name, value] of Object.entries(this.options.variables ?? {})) {
      if (this.declares(name)) this.#story.variablesState.$(name, value);
    }
  }

  #takeLine(text: string, rawTags: readonly string[], events: ChatEvent[]): void {
    const { tags, problems } = parseTags(rawTags, this.options.vocabulary);
    for (const problem of problems) this.options.onWarning?.(problem);
    if (tags.chat) this.#chat = tags.chat;
    for (const stage of tags.stages) {
      this.#stages.push(stage);
      events.push({ kind: 'stage', stage });
    }
    if (text === '') return;
    const id = `m${this.#transcript.length + 1}` as MessageId;
    const entry = lineToEvent(text, tags, id, this.#chat, this.#stages.at(-1));
    this.#transcript.push(entry);
    events.push(entry);
  }

  #currentOffer(): Offer | undefined {
    const choices = this.#story.currentChoices;
    const first = choices[0];
    if (!first) return undefined;
    const options: ChoiceOption[] = choices.map((c) => ({ index: c.index, text: c.text.trim() }));
    const point = this.#labels.get(first.sourcePath) ?? (first.sourcePath as ChoicePointId);
    this.#offer = { kind: 'choices', point, options };
    return this.#offer;
  }
}
