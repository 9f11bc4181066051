import { readFileSync } from 'node:fs';
import { type Scenario, vocabularyOf } from '../src/content/index.ts';
import { err, ok, type Result, type RunnerOptions } from '../src/engine/index.ts';
import { compileInkFile, formatProblem } from './ink-compiler.ts';
import { defaultChat } from './play-chat.ts';
import { scenarioContextOf } from './scenario-files.ts';

/** A story the play CLI can run: compiled JSON and the hash saves use ('json' when read precompiled). */
export interface PlayableStory {
  readonly json: string;
  readonly hash: string;
}

/**
 * Reads what `npm run play` was given: a `.json` file as inklecate writes it (a BOM allowed) or an `.ink` file, compiled
 * in-process. Compile problems come back formatted `file:line: error: …`, one a line.
 */
export function loadPlayable(path: string): Result<PlayableStory, readonly string[]> {
  if (path.endsWith('.json')) {
    return ok({ json: readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), hash: 'json' });
  }
  const compiled = compileInkFile(path);
  if (!compiled.ok) return err(compiled.problems.map(formatProblem));
  return ok({ json: compiled.json, hash: compiled.hash });
}

/** What the chat format plays: runner options, with the scenario's names and tags when the file sits in one. */
export function chatSetup(file: string, story: PlayableStory): { options: RunnerOptions; scenario?: Scenario } {
  const context = file.endsWith('.ink') ? scenarioContextOf(file) : undefined;
  const options: RunnerOptions = {
    story: story.json,
    scenario: context?.scenario.id ?? 'ink',
    lang: context?.lang ?? 'fr',
    contentHash: story.hash,
    firstChat: defaultChat(context?.scenario),
    ...(context ? { vocabulary: vocabularyOf(context.scenario) } : {}),
  };
  return context ? { options, scenario: context.scenario } : { options };
}
