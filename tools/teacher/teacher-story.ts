import { join, relative } from 'node:path';
import {
  firstChatOf,
  genderFor,
  type Lang,
  playerVariables,
  type Scenario,
  vocabularyOf,
} from '../../src/content/index.ts';
import type { ChatId, RunnerOptions } from '../../src/engine/index.ts';
import { compileInkCached } from '../compile-cache.ts';
import { formatProblem } from '../ink-compiler.ts';
import { loadScenarioFile } from '../scenario-files.ts';
import { cachedWalk } from '../walk-cache.ts';
import { type Discussion, loadDiscussion } from './discussion.ts';
import type { GenderFacts } from './gender-lines.ts';
import { collectStoryFacts, type StoryFacts } from './story-facts.ts';

/** One scenario in one language, as the teacher pages read it: metadata, what the script shows, the questions. */
export interface TeacherStory {
  readonly scenario: Scenario;
  readonly lang: Lang;
  readonly facts: StoryFacts;
  /** The lines whose words change with the player's gender (or the gender the story pins). */
  readonly gender: GenderFacts;
  readonly discussion: Discussion;
}

/** Where to read from: the scenario folder, and the folder of discussion files (default: src/content/data/discussion). */
export interface TeacherStorySource {
  readonly dir: string;
  readonly lang: Lang;
  readonly discussionDir?: string;
}

/** Loads a scenario folder, compiles its script in one language and walks it; throws with file and line on errors. */
export function loadTeacherStory(source: TeacherStorySource): TeacherStory {
  const loaded = loadScenarioFile(source.dir);
  if (!loaded.ok) throw new Error(loaded.error.join('\n'));
  const scenario = loaded.value;
  const file = join(source.dir, `${source.lang}.ink`);
  const compiled = compileInkCached(file);
  if (!compiled.ok) {
    const rel = (f: string) => relative(process.cwd(), f) || f;
    throw new Error(compiled.problems.map((p) => formatProblem({ ...p, file: rel(p.file) })).join('\n'));
  }
  const options: RunnerOptions = {
    story: compiled.json,
    scenario: scenario.id,
    lang: source.lang,
    contentHash: compiled.hash,
    firstChat: firstChatOf(scenario) as ChatId,
    vocabulary: vocabularyOf(scenario),
    variables: playerVariables(genderFor(scenario, undefined)),
  };
  const pinned = scenario.playerGender;
  const facts = cachedWalk('teacher', { options, pinned }, () => collectStoryFacts(options, pinned ? { pinned } : {}));
  return {
    scenario,
    lang: source.lang,
    facts,
    gender: facts.gender,
    discussion: loadDiscussion(scenario.id, source.discussionDir),
  };
}

/** What the guide cannot show well: choice points without a question, questions for unknown choice points. */
export function discussionProblems(story: TeacherStory): string[] {
  const { scenario, facts, discussion, lang } = story;
  const known = new Set<string>(facts.choicePoints.map((p) => p.id));
  const problems = facts.choicePoints
    .filter((p) => !discussion.points[p.id])
    .map((p) => `${scenario.id} (${lang}): choice point ${p.id} has no discussion question`);
  for (const id of Object.keys(discussion.points)) {
    if (!known.has(id)) problems.push(`${scenario.id}: discussion question for unknown choice point ${id}`);
  }
  for (const id of Object.keys(discussion.dilemmas)) {
    if (!known.has(id)) problems.push(`${scenario.id}: dilemma for unknown choice point ${id}`);
  }
  if (discussion.debrief[lang].length === 0) problems.push(`${scenario.id} (${lang}): no debrief questions`);
  if (facts.isPartial) problems.push(`${scenario.id} (${lang}): the walk stopped early; the guide is incomplete`);
  return problems;
}
