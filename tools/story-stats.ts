import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { firstChatOf, LANGUAGES, vocabularyOf } from '../src/content/index.ts';
import { type ChatId, type RunnerOptions, ScenarioRunner } from '../src/engine/index.ts';
import { compileInkCached } from './compile-cache.ts';
import { pathsToEachEnding, type TimedPath } from './ending-paths.ts';
import { listScenarioDirs, loadScenarioFile } from './scenario-files.ts';
import { loadDiscussion } from './teacher/discussion.ts';

/**
 * `npm run stories:stats`: figures a reviewer asks of each story, printed, asserting nothing.
 * - Darija/Arabizi markers in the French script (words from DARIJA below, counted in spoken text, tags left out);
 * - choice points, and how many of them a reviewer marked as real dilemmas (`dilemmas` in the discussion file, each
 *   with what the choice costs; tools/teacher/discussion.ts);
 * - the longest run of counter cards one after another in the source (a choice or a divert ends a run);
 * - minutes per ending at normal pacing, quickest to slowest (the walk's pacing model), per language;
 * - with `--paths`: the knots the quickest path goes through, and the time lines (system lines) of the slowest.
 */
const { values } = parseArgs({ options: { scenario: { type: 'string' }, paths: { type: 'boolean', default: false } } });

/** Darija and Arabizi words a Moroccan teen types in French chat. */
export const DARIJA = [
  'wakha',
  'safi',
  '3afak',
  'wallah',
  'walah',
  'khoya',
  'khouya',
  'khti',
  'hchouma',
  'bsa7a',
  'mzyan',
  'mzyana',
  'yallah',
  'inchallah',
  'hamdullah',
  'lhamdoulillah',
  'bzaf',
  'daba',
  'chouf',
  'sa7bi',
  'sa7bti',
  'zwin',
  'zwina',
  'wach',
  'labas',
  'bghit',
  'ghadi',
  'smahli',
  'sm7ili',
  'sm7li',
  '7ta',
  'lah',
  'hamdoullah',
  'ça va',
] as const;
const MARKER = new RegExp(
  `(?<![\\p{L}\\d])(?:${DARIJA.filter((w) => w !== 'ça va').join('|')}|h{3,}|a+ra+)(?![\\p{L}\\d])`,
  'giu',
);

/** The spoken text of a source line: tags, comments, choice brackets and ink logic left out. */
function spokenText(line: string): string {
  const t = line.replace(/\/\/.*$/, '').trim();
  if (t === '' || t.startsWith('~') || t.startsWith('=') || t.startsWith('->') || t.startsWith('VAR')) return '';
  return t.replace(/#[^#]*/g, '').replace(/->.*$/, '');
}

function darijaMarkers(source: string): number {
  return source.split('\n').reduce((n, line) => n + (spokenText(line).match(MARKER)?.length ?? 0), 0);
}

function longestCounterRun(source: string): number {
  let run = 0;
  let best = 0;
  for (const raw of source.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    if (/#\s*counter:/.test(line)) best = Math.max(best, ++run);
    else run = 0;
  }
  return best;
}

function dilemmas(id: string): { points: number; dilemmas: number } {
  const file = loadDiscussion(id);
  return { points: Object.keys(file.points).length, dilemmas: Object.keys(file.dilemmas).length };
}

const min = (ms: number) => (ms / 60000).toFixed(1);

/** The knots a path goes through, in order, each once. */
function knotsOf(options: RunnerOptions, path: TimedPath): { knots: string[]; times: string[] } {
  const knots: string[] = [];
  const times: string[] = [];
  const runner = new ScenarioRunner({
    ...options,
    onWarning: () => {},
    onLine: (line) => {
      const knot = line.paths[0]?.split('.')[0];
      if (knot && knots.at(-1) !== knot) knots.push(knot);
    },
  });
  const collect = () => {
    for (const e of runner.next()) if (e.kind === 'system' && /\d/.test(e.text)) times.push(e.text);
  };
  collect();
  for (const index of path.choices) {
    runner.choose(index);
    collect();
  }
  return { knots, times };
}

for (const dir of listScenarioDirs().filter((d) => !values.scenario || d.endsWith(`/${values.scenario}`))) {
  const scenario = loadScenarioFile(dir);
  if (!scenario.ok) throw new Error(`${dir}: ${scenario.error.join('; ')}`);
  const id = scenario.value.id;
  const fr = readFileSync(join(dir, 'fr.ink'), 'utf8');
  const d = dilemmas(id);
  const counterRuns = LANGUAGES.map((l) => longestCounterRun(readFileSync(join(dir, `${l}.ink`), 'utf8')));
  console.log(
    `${id}: fr Darija/Arabizi markers ${darijaMarkers(fr)}; choice points ${d.points}, dilemmas ${d.dilemmas} ` +
      `(${Math.round((100 * d.dilemmas) / Math.max(1, d.points))} %); longest counter run ${Math.max(...counterRuns)}`,
  );
  for (const lang of LANGUAGES) {
    const compiled = compileInkCached(join(dir, `${lang}.ink`));
    if (!compiled.ok) throw new Error(`${dir}/${lang}.ink does not compile: run npm run stories:check`);
    const options: RunnerOptions = {
      story: compiled.json,
      scenario: id,
      lang,
      contentHash: compiled.hash,
      firstChat: firstChatOf(scenario.value) as ChatId,
      vocabulary: vocabularyOf(scenario.value),
    };
    const found = [...pathsToEachEnding(options).values()];
    const quickest = found.reduce((a, b) => (b.quickest.ms < a.quickest.ms ? b : a));
    const slowest = found.reduce((a, b) => (b.slowest.ms > a.slowest.ms ? b : a));
    const perEnding = found.map((e) => `${e.ending} ${min(e.quickest.ms)}–${min(e.slowest.ms)}`).join(', ');
    console.log(`  ${lang}: ${min(quickest.quickest.ms)}–${min(slowest.slowest.ms)} min; ${perEnding}`);
    if (values.paths) {
      const q = knotsOf(options, quickest.quickest);
      const s = knotsOf(options, slowest.slowest);
      console.log(`    quickest (${quickest.ending}) ${quickest.quickest.choices.join(',')}: ${q.knots.join(' > ')}`);
      console.log(`    time lines, slowest: ${s.times.join(' | ')}`);
    }
  }
}
