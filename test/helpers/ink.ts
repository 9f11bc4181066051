import { Compiler } from 'inkjs/full';
import type { ChatEvent, ChatId, RunnerOptions, TagVocabulary } from '../../src/engine/index.ts';
import { ScenarioRunner } from '../../src/engine/index.ts';

/** Compiles ink source in-process (tests only; the game never ships the compiler). */
export function compile(source: string): string {
  const compiler = new Compiler(source);
  const json = compiler.Compile()?.ToJson();
  if (!json || compiler.errors.length > 0) throw new Error(`ink did not compile:\n${compiler.errors.join('\n')}`);
  return json;
}

/** A vocabulary for test stories: karim and sara talk in squad and dm. */
export function makeVocabulary(overrides: Partial<Record<keyof TagVocabulary, string[]>> = {}): TagVocabulary {
  const sets = {
    speakers: ['karim', 'sara'],
    chats: ['squad', 'dm'],
    techniques: ['flattery', 'secrecy', 'gifts'],
    voices: ['imane'],
    endings: ['good', 'bad'],
    images: ['meme'],
    ...overrides,
  };
  return Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, new Set(v)])) as unknown as TagVocabulary;
}

/** Runner options for a test story, with overrides. */
export function makeOptions(source: string, overrides: Partial<RunnerOptions> = {}): RunnerOptions {
  return {
    story: compile(source),
    scenario: 'test',
    lang: 'fr',
    contentHash: 'hash-1',
    firstChat: 'squad' as ChatId,
    vocabulary: makeVocabulary(),
    ...overrides,
  };
}

/** A runner for ink source. */
export function makeRunner(source: string, overrides: Partial<RunnerOptions> = {}): ScenarioRunner {
  return new ScenarioRunner(makeOptions(source, overrides));
}

/** Plays choices (0-based indexes) and returns every event on the way. */
export function playThrough(runner: ScenarioRunner, choices: readonly number[]): ChatEvent[] {
  const events = runner.next();
  for (const c of choices) {
    const chosen = runner.choose(c);
    if (!chosen.ok) throw new Error(chosen.error);
    events.push(...runner.next());
  }
  return events;
}
