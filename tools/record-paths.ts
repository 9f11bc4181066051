import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstChatOf, vocabularyOf } from '../src/content/index.ts';
import type { ChatId } from '../src/engine/index.ts';
import { compileInkCached } from './compile-cache.ts';
import { shortestPathToEachEnding } from './ending-paths.ts';
import { listScenarioDirs, loadScenarioFile } from './scenario-files.ts';

/**
 * Records one path per ending for every scenario (the one with the fewest choices, from the French script) into
 * test/stories/paths.json, which the transcript tests replay in every language. Run it after a deliberate change:
 * `npx tsx tools/record-paths.ts`. It fails when a scenario declares an ending that no path reaches.
 */
const out: Record<string, Record<string, unknown>> = {};
for (const dir of listScenarioDirs()) {
  const scenario = loadScenarioFile(dir);
  const compiled = compileInkCached(join(dir, 'fr.ink'));
  if (!scenario.ok || !compiled.ok) throw new Error(`${dir} does not compile or validate: run npm run stories:check`);
  const paths = shortestPathToEachEnding({
    story: compiled.json,
    scenario: scenario.value.id,
    lang: 'fr',
    contentHash: compiled.hash,
    firstChat: firstChatOf(scenario.value) as ChatId,
    vocabulary: vocabularyOf(scenario.value),
  });
  const missing = Object.keys(scenario.value.endings).filter((e) => !paths.has(e));
  if (missing.length > 0) throw new Error(`${scenario.value.id}: no path reaches ${missing.join(', ')}`);
  out[scenario.value.id] = Object.fromEntries(
    [...paths.values()].map((p) => [p.ending, { choices: p.choices, stages: p.stages, techniques: p.techniques }]),
  );
  console.log(`${scenario.value.id}: ${[...paths.keys()].join(', ')}`);
}
const file = join(import.meta.dirname, '..', 'test', 'stories', 'paths.json');
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
// In the repository's own format (Biome puts short arrays on one line), so a new recording diffs only where paths
// changed.
execFileSync(join(import.meta.dirname, '..', 'node_modules', '.bin', 'biome'), ['format', '--write', file], {
  stdio: 'ignore',
});
