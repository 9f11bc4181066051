import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioRunner } from '../../src/engine/index.ts';
import { shortestPathToEachEnding } from '../../tools/ending-paths.ts';
import { listScenarioDirs, loadScenarioFile } from '../../tools/scenario-files.ts';
import { optionsFor, recorded } from './replay.ts';

/**
 * One scripted path per ending, per scenario: the choices are fixed in paths.json (regenerate it with
 * `npx tsx tools/record-paths.ts` after a deliberate story change); every language must reach the same ending
 * through the same stages and techniques. Each script is compiled once (replay.ts), not once per test.
 */

for (const dir of listScenarioDirs()) {
  const id = dir.split('/').at(-1) ?? dir;
  describe(`scenario ${id}`, { timeout: 120_000 }, () => {
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
