import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstChatOf, vocabularyOf } from '../../src/content/index.ts';
import { type ChatId, type RunnerOptions, ScenarioRunner } from '../../src/engine/index.ts';
import { shortestPathToEachEnding } from '../../tools/ending-paths.ts';
import { compileInkFile } from '../../tools/ink-compiler.ts';
import { listScenarioDirs, loadScenarioFile } from '../../tools/scenario-files.ts';

/**
 * One scripted path per ending, per scenario: the choices are fixed in paths.json (regenerate it with
 * `npx tsx tools/record-paths.ts` after a deliberate story change); every language must reach the same ending
 * through the same stages and techniques.
 */
const recorded = JSON.parse(readFileSync(join(import.meta.dirname, 'paths.json'), 'utf8')) as Record<
  string,
  Record<string, { choices: number[]; stages: string[]; techniques: string[] }>
>;

function optionsFor(dir: string, lang: 'fr' | 'ar' | 'en'): RunnerOptions {
  const scenario = loadScenarioFile(dir);
  if (!scenario.ok) throw new Error(scenario.error.join('\n'));
  const compiled = compileInkFile(join(dir, `${lang}.ink`));
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join('\n'));
  return {
    story: compiled.json,
    scenario: scenario.value.id,
    lang,
    contentHash: compiled.hash,
    firstChat: firstChatOf(scenario.value) as ChatId,
    vocabulary: vocabularyOf(scenario.value),
  };
}

for (const dir of listScenarioDirs()) {
  const id = dir.split('/').at(-1) ?? dir;
  describe(`scenario ${id}`, () => {
    const paths = recorded[id];
    it('has a recorded path for every ending it declares', () => {
      const scenario = loadScenarioFile(dir);
      if (!scenario.ok) throw new Error('invalid scenario');
      expect(Object.keys(paths ?? {}).sort()).toEqual(Object.keys(scenario.value.endings).sort());
    });
    for (const [ending, path] of Object.entries(paths ?? {})) {
      for (const lang of ['fr', 'ar', 'en'] as const) {
        it(`reaches "${ending}" in ${lang} through the same stages and techniques`, () => {
          const r = new ScenarioRunner(optionsFor(dir, lang));
          let events = r.next();
          for (const index of path.choices) {
            expect(events.at(-1)?.kind).toBe('choices');
            expect(r.choose(index).ok).toBe(true);
            events = r.next();
          }
          expect(events.at(-1)?.kind).toBe('end');
          expect(r.transcript.find((e) => e.kind === 'ending')).toMatchObject({ ending });
          expect([...new Set(r.stages)]).toEqual(path.stages);
          const met = [...new Set(r.transcript.flatMap((e) => (e.kind === 'message' ? e.techniques : [])))].sort();
          expect(met).toEqual(path.techniques);
        });
      }
    }
  });
}

describe('shortestPathToEachEnding', () => {
  it('finds the sample’s two endings by the fewest choices', () => {
    const found = shortestPathToEachEnding(optionsFor(join(import.meta.dirname, '../../stories/sample'), 'en'));
    expect(found.get('blocked-and-told')?.choices).toEqual([0, 0]);
    expect(found.get('joined-then-left')?.choices).toEqual([0, 1, 0]);
  });
});
