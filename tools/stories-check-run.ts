import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CLASS_IDS_FILE, renderClassIds } from './class-ids.ts';
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
  },
});

function minutes(ms: number): string {
  return Number.isFinite(ms) ? (ms / 60000).toFixed(1) : '–';
}

function summary(check: ScenarioCheck): string {
  const rows = check.languages.map(({ lang, report: r, genders }) => {
    if (!r) return `  ${lang}: not walked`;
    const endings = [...r.endings.keys()].join(', ');
    return (
      `  ${lang}: ${r.choicePoints.size} choice points, ${r.endings.size} endings (${endings}), ${r.span.paths} paths, ` +
      `${r.states} states; messages per path ${r.span.shortest}–${r.span.longest}; ` +
      `about ${minutes(r.span.shortestMs)}–${minutes(r.span.longestMs)} min at normal pacing` +
      (genders && genders.length > 1
        ? `; walked per player_gender: ${genders.map((g) => `${g.gender} ${g.states}`).join(', ')} states`
        : '')
    );
  });
  return [`${check.id}:`, ...rows].join('\n');
}

const dirs = listScenarioDirs().filter((d) => !values.scenario || d.endsWith(`/${values.scenario}`));
if (dirs.length === 0) {
  console.error(values.scenario ? `No scenario "${values.scenario}" under stories/` : 'No scenarios under stories/');
  process.exit(1);
}
let failed = 0;
const sources: ScenarioSource[] = [];
const checks: ScenarioCheck[] = [];
for (const dir of dirs) {
  const check = checkScenario(dir, Number(values['max-states']));
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
if (failed === 0 && !values.scenario) {
  const ids = renderClassIds(checks);
  if (values['write-ids'] || values.write) {
    writeFileSync(CLASS_IDS_FILE, ids);
    console.log(`wrote ${CLASS_IDS_FILE}`);
  } else if (!existsSync(CLASS_IDS_FILE) || readFileSync(CLASS_IDS_FILE, 'utf8') !== ids) {
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
