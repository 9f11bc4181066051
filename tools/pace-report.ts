import { join } from 'node:path';
import { firstChatOf, LANGUAGES, vocabularyOf } from '../src/content/index.ts';
import { type ChatEvent, type ChatId, paceBatch, ScenarioRunner, waitBefore } from '../src/engine/index.ts';
import { compileInkCached } from './compile-cache.ts';
import { listScenarioDirs, loadScenarioFile } from './scenario-files.ts';

/**
 * `npm run pace`: for every scenario and language, the seconds a player waits at normal pacing before the first
 * reply options appear (the game's own pacing model, `paceBatch`, and without its squeeze), and the longest single wait on the path that
 * always takes the first option. Prints figures; asserts nothing.
 */
function firstChoiceMs(events: readonly ChatEvent[], waits: readonly number[]): number | undefined {
  let ms = 0;
  for (const [i, e] of events.entries()) {
    if (e.kind === 'choices') return ms;
    ms += waits[i] ?? 0;
  }
  return undefined;
}

function longestWait(runner: ScenarioRunner): { ms: number; text: string } {
  let worst = { ms: 0, text: '' };
  for (let guard = 0; guard < 500; guard++) {
    const events = runner.next();
    const waits = paceBatch(events, 'normal');
    for (const [i, e] of events.entries()) {
      const ms = waits[i] ?? 0;
      if (ms > worst.ms) worst = { ms, text: 'text' in e ? e.text.slice(0, 40) : e.kind };
    }
    if (events.at(-1)?.kind !== 'choices' || !runner.choose(0).ok) break;
  }
  return worst;
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));

for (const dir of listScenarioDirs()) {
  const loaded = loadScenarioFile(dir);
  if (!loaded.ok) continue;
  const scenario = loaded.value;
  for (const lang of LANGUAGES) {
    const compiled = compileInkCached(join(dir, `${lang}.ink`));
    if (!compiled.ok) continue;
    const options = {
      story: compiled.json,
      scenario: scenario.id,
      lang,
      contentHash: compiled.hash,
      firstChat: firstChatOf(scenario) as ChatId,
      vocabulary: vocabularyOf(scenario),
    };
    const opening = new ScenarioRunner(options).next();
    const raw = firstChoiceMs(
      opening,
      opening.map((e) => waitBefore(e, 'normal')),
    );
    const paced = firstChoiceMs(opening, paceBatch(opening, 'normal'));
    const worst = longestWait(new ScenarioRunner(options));
    console.log(
      `${scenario.id.padEnd(10)} ${lang}: first choice after ${seconds(paced)} s (${seconds(raw)} s unsqueezed); ` +
        `longest single wait ${seconds(worst.ms)} s ("${worst.text}")`,
    );
  }
}
