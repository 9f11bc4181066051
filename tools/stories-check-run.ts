import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CLASS_IDS_FILE, mergeClassIds, renderClassIds } from './class-ids.ts';
import { checkNames, type ScenarioSource } from './name-check.ts';
import { checkScenario, type ScenarioCheck } from './scenario-check.ts';
import { listScenarioDirs, loadScenarioFile } from './scenario-files.ts';
import { syncMinutes } from './scenario-minutes.ts';

/**
 * The body of `npm run stories:check`: compile, lint and walk every scenario in every language; exit 1 on any problem.
 * It also checks that server/scenario-ids.json (the ids the class-session service accepts) matches the stories;
 * `npm run stories:ids` (`--write-ids`) rewrites it. Each scenario's "minutes" must be the walk's figure
 * (tools/scenario-minutes.ts); `npm run stories:write` (`--write`) writes both.
 */
const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    'max-states': { type: 'string', default: '20000' },
    'write-ids': { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    // Internal: walk these scenarios (comma-separated ids) into the walk cache and exit, reporting nothing.
    warm: { type: 'string' },
  },
});

function minutes(ms: number): string {
  return Number.isFinite(ms) ? (ms / 60000).toFixed(1) : '–';
}

function summary(check: ScenarioCheck): string {
  const rows = check.languages.map(({ lang, report: r, genders, wordsOnly }) => {
    if (!r) return `  ${lang}: not walked`;
    const endings = [...r.endings.keys()].join(', ');
    return (
      `  ${lang}: ${r.choicePoints.size} choice points, ${r.endings.size} endings (${endings}), ${r.span.paths} paths, ` +
      `${r.states} states; messages per path ${r.span.shortest}–${r.span.longest}; ` +
      `about ${minutes(r.span.shortestMs)}–${minutes(r.span.longestMs)} min at normal pacing` +
      (genders && genders.length > 1
        ? `; walked per player_gender: ${genders.map((g) => `${g.gender} ${g.states}`).join(', ')} states`
        : '') +
      (wordsOnly && wordsOnly.length > 0 ? `; player_gender changes words only (g()), walked once` : '')
    );
  });
  return [`${check.id}:`, ...rows].join('\n');
}

const maxStates = Number(values['max-states']);

if (values.warm !== undefined) {
  const ids = values.warm.split(',');
  for (const dir of listScenarioDirs()) if (ids.includes(basename(dir))) checkScenario(dir, maxStates);
  process.exit(0);
}

/** A scenario's walk grows with its scripts: their size orders the work. */
function weight(dir: string): number {
  return ['fr', 'ar', 'en'].reduce((n, lang) => {
    const file = join(dir, `${lang}.ink`);
    return n + (existsSync(file) ? statSync(file).size : 0);
  }, 0);
}

/**
 * Splits the scenarios into one group per core (heaviest first, each to the lightest group). With one core, or the
 * walk cache off (`BYR_NO_CACHE=1`), one group: nothing is walked ahead.
 */
function groups(all: readonly string[]): string[][] {
  const n = process.env.BYR_NO_CACHE === '1' ? 1 : Math.max(1, Math.min(availableParallelism(), all.length));
  const out = Array.from({ length: n }, () => ({ dirs: [] as string[], load: 0 }));
  for (const [dir, w] of all.map((d) => [d, weight(d)] as const).sort((a, b) => b[1] - a[1])) {
    const lightest = out.reduce((a, b) => (b.load < a.load ? b : a));
    lightest.dirs.push(dir);
    lightest.load += w;
  }
  return out.map((g) => g.dirs).filter((g) => g.length > 0);
}

/**
 * Walks scenarios in another process (`--warm`), which writes each result to the walk cache (tools/walk-cache.ts): the
 * walks are the check's cost, minutes for the longer stories, and each core takes a share. It reports nothing and its
 * exit status does not matter: this process's own pass (reading the cache) finds and reports every problem.
 */
function walkAhead(dirs: readonly string[]): Promise<void> {
  return new Promise((done) => {
    const args = [...process.execArgv, fileURLToPath(import.meta.url), '--max-states', String(maxStates)];
    const child = spawn(process.execPath, [...args, '--warm', dirs.map((d) => basename(d)).join(',')], {
      stdio: 'ignore',
    });
    child.on('exit', () => done());
    child.on('error', () => done());
  });
}

const dirs = listScenarioDirs().filter((d) => !values.scenario || d.endsWith(`/${values.scenario}`));
if (dirs.length === 0) {
  console.error(values.scenario ? `No scenario "${values.scenario}" under stories/` : 'No scenarios under stories/');
  process.exit(1);
}
// This process walks the first share itself while the other cores walk theirs, then reads those from the cache.
const [own = [], ...others] = groups(dirs);
const ahead = Promise.all(others.map(walkAhead));
const walked = new Map(own.map((dir) => [dir, checkScenario(dir, maxStates)]));
await ahead;

let failed = 0;
const sources: ScenarioSource[] = [];
const checks: ScenarioCheck[] = [];
for (const dir of dirs) {
  const check = walked.get(dir) ?? checkScenario(dir, maxStates);
  checks.push(check);
  console.log(summary(check));
  for (const p of check.problems) console.log(`  ✗ ${p}`);
  if (check.problems.length > 0) failed++;
  const file = join(dir, 'scenario.json');
  if (check.scenario)
    sources.push({ file: relative(process.cwd(), file), text: readFileSync(file, 'utf8'), scenario: check.scenario });
}
// Names are compared across every scenario, even when --scenario picks one.
for (const dir of listScenarioDirs()) {
  if (dirs.includes(dir)) continue;
  const loaded = loadScenarioFile(dir);
  const file = join(dir, 'scenario.json');
  if (loaded.ok)
    sources.push({ file: relative(process.cwd(), file), text: readFileSync(file, 'utf8'), scenario: loaded.value });
}
const nameProblems = checkNames(sources);
if (nameProblems.length > 0) {
  console.log('names across scenarios:');
  for (const p of nameProblems) console.log(`  ✗ ${p}`);
  failed++;
}
const minuteProblems = syncMinutes(checks, (id) => dirs.find((d) => d.endsWith(`/${id}`)) ?? id, values.write);
for (const p of minuteProblems) console.log(`  ✗ ${p}`);
if (minuteProblems.length > 0) failed++;
if (failed === 0) {
  // One scenario checked (--scenario): only its entry is compared or written; the others stay as they are.
  const current = existsSync(CLASS_IDS_FILE) ? readFileSync(CLASS_IDS_FILE, 'utf8') : undefined;
  const ids = values.scenario ? mergeClassIds(current, checks) : renderClassIds(checks);
  if (values['write-ids'] || values.write) {
    writeFileSync(CLASS_IDS_FILE, ids);
    console.log(`wrote ${CLASS_IDS_FILE}`);
  } else if (current !== ids) {
    console.log(`  ✗ ${CLASS_IDS_FILE} does not match the stories: run "npm run stories:ids" and commit it`);
    failed++;
  }
}
console.log(
  failed === 0
    ? `stories:check: ${dirs.length} scenarios OK`
    : `stories:check: ${failed} problem group(s) (scenarios, or names across scenarios)`,
);
process.exit(failed === 0 ? 0 : 1);
