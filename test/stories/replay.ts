import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstChatOf, vocabularyOf } from '../../src/content/index.ts';
import { type ChatId, type RunnerOptions, ScenarioRunner, type TranscriptEntry } from '../../src/engine/index.ts';
import { compileInkCached } from '../../tools/compile-cache.ts';
import { loadScenarioFile } from '../../tools/scenario-files.ts';

/** Helpers shared by the story tests: compile once per story and language, replay a fixed list of choices. */

export const LANGS = ['fr', 'ar', 'en'] as const;
export type StoryLang = (typeof LANGS)[number];

/** One recorded path per ending (paths.json; regenerate with `npx tsx tools/record-paths.ts`). */
export interface RecordedPath {
  readonly choices: readonly number[];
  readonly stages: readonly string[];
  readonly techniques: readonly string[];
}

export const recorded = JSON.parse(readFileSync(join(import.meta.dirname, 'paths.json'), 'utf8')) as Record<
  string,
  Record<string, RecordedPath>
>;

/** The folder of a scenario by its id. */
export function storyDir(id: string): string {
  return join(import.meta.dirname, '..', '..', 'stories', id);
}

const compiled = new Map<string, RunnerOptions>();

/** Runner options for one script, compiled once per test file (compiling is the slow part). */
export function optionsFor(dir: string, lang: StoryLang): RunnerOptions {
  const key = `${dir}:${lang}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const scenario = loadScenarioFile(dir);
  if (!scenario.ok) throw new Error(scenario.error.join('\n'));
  const result = compileInkCached(join(dir, `${lang}.ink`));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const options: RunnerOptions = {
    story: result.json,
    scenario: scenario.value.id,
    lang,
    contentHash: result.hash,
    firstChat: firstChatOf(scenario.value) as ChatId,
    vocabulary: vocabularyOf(scenario.value),
  };
  compiled.set(key, options);
  return options;
}

/** Plays the choices in order and returns the transcript; fails if the story asks for more, or ends too early. */
export function replay(id: string, lang: StoryLang, choices: readonly number[]): readonly TranscriptEntry[] {
  const runner = new ScenarioRunner(optionsFor(storyDir(id), lang));
  let events = runner.next();
  for (const index of choices) {
    if (events.at(-1)?.kind !== 'choices') throw new Error(`${id}/${lang}: no choice to make at ${index}`);
    if (!runner.choose(index).ok) throw new Error(`${id}/${lang}: choice ${index} refused`);
    events = runner.next();
  }
  if (events.at(-1)?.kind !== 'end') throw new Error(`${id}/${lang}: the path does not reach the end`);
  return runner.transcript;
}

/** The player's gender as the game sets it (`player_gender`). */
export type Gender = 'girl' | 'boy' | 'unsaid';

/** Plays the choices in order with the player's gender set, as the game sets it; the path may stop before the end. */
export function replayAs(
  id: string,
  lang: StoryLang,
  gender: Gender,
  choices: readonly number[],
): readonly TranscriptEntry[] {
  const runner = new ScenarioRunner({ ...optionsFor(storyDir(id), lang), variables: { player_gender: gender } });
  runner.next();
  for (const index of choices) {
    if (!runner.choose(index).ok) throw new Error(`${id}/${lang}/${gender}: choice ${index} refused`);
    runner.next();
  }
  return runner.transcript;
}

/** The text of every line of a script that carries `#tag` (tags and choice/gather marks removed), for matching. */
export function taggedTexts(id: string, lang: StoryLang, tag: string): string[] {
  const source = readFileSync(join(storyDir(id), `${lang}.ink`), 'utf8');
  const pattern = new RegExp(`#\\s*${tag}(\\s|$)`);
  return source
    .split('\n')
    .filter((line) => pattern.test(line) && !line.trim().startsWith('//'))
    .map((line) =>
      line
        .replace(/#.*$/, '')
        .replace(/^\s*[-*]\s*/, '')
        .trim(),
    )
    .filter((text) => text.length > 0);
}

/** The text of an entry that shows text, or undefined. */
export function textOf(entry: TranscriptEntry): string | undefined {
  return 'text' in entry ? entry.text : undefined;
}
