import { join } from 'node:path';
import { firstChatOf, vocabularyOf } from './src/content/index.ts';
import { type ChatId, ScenarioRunner } from './src/engine/index.ts';
import { compileInkFile } from './tools/ink-compiler.ts';
import { loadScenarioFile } from './tools/scenario-files.ts';

const dir = 'stories/the-sisters';
const s = loadScenarioFile(dir);
for (const lang of ['fr', 'ar', 'en'] as const) {
  const c = compileInkFile(join(dir, `${lang}.ink`));
  if (!s.ok || !c.ok) throw new Error('bad');
  let maxRun = 0;
  const voicesPerEnding = new Map<string, Set<number>>();
  for (let i = 0; i < 1500; i++) {
    const r = new ScenarioRunner({ story: c.json, scenario: 'the-sisters', lang, contentHash: c.hash, firstChat: firstChatOf(s.value) as ChatId, vocabulary: vocabularyOf(s.value) });
    let ev = r.next();
    while (ev.at(-1)?.kind === 'choices') {
      const last = ev.at(-1) as { kind: 'choices'; options: unknown[] };
      r.choose(Math.floor(Math.random() * last.options.length));
      ev = r.next();
    }
    let run = 0;
    const voices = new Set<string>();
    for (const e of r.transcript) {
      if (e.kind === 'counter') { run++; voices.add((e as { voice: string }).voice); } else if (e.kind === 'message' || e.kind === 'choice' || e.kind === 'system') run = 0;
      maxRun = Math.max(maxRun, run);
    }
    const ending = (r.transcript.find((e) => e.kind === 'ending') as { ending: string }).ending;
    const set = voicesPerEnding.get(ending) ?? new Set(); set.add(voices.size); voicesPerEnding.set(ending, set);
  }
  console.log(lang, 'max counter run', maxRun, [...voicesPerEnding].map(([k, v]) => `${k}: voices ${[...v].sort()}`).join('; '));
}
