import { parseArgs } from 'node:util';
import { checkScenario, type ScenarioCheck } from './scenario-check.ts';
import { listScenarioDirs } from './scenario-files.ts';

/** `npm run stories:check`: compile, lint and walk every scenario in every language; exit 1 on any problem. */
const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    'max-states': { type: 'string', default: '20000' },
  },
});

function minutes(ms: number): string {
  return Number.isFinite(ms) ? (ms / 60000).toFixed(1) : '–';
}

function summary(check: ScenarioCheck): string {
  const rows = check.languages.map(({ lang, report: r }) => {
    if (!r) return `  ${lang}: not walked`;
    const endings = [...r.endings.keys()].join(', ');
    return (
      `  ${lang}: ${r.choicePoints.size} choice points, ${r.endings.size} endings (${endings}), ${r.span.paths} paths, ` +
      `${r.states} states; messages per path ${r.span.shortest}–${r.span.longest}; ` +
      `about ${minutes(r.span.shortestMs)}–${minutes(r.span.longestMs)} min at normal pacing`
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
for (const dir of dirs) {
  const check = checkScenario(dir, Number(values['max-states']));
  console.log(summary(check));
  for (const p of check.problems) console.log(`  ✗ ${p}`);
  if (check.problems.length > 0) failed++;
}
console.log(
  failed === 0
    ? `stories:check: ${dirs.length} scenarios OK`
    : `stories:check: ${failed} of ${dirs.length} scenarios have problems`,
);
process.exit(failed === 0 ? 0 : 1);
