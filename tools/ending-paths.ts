import { type ChatEvent, type RunnerOptions, ScenarioRunner } from '../src/engine/index.ts';
import { makeStateKey } from './state-key.ts';

/** A path through a story: the choices made (0-based option indexes) and what it met. */
export interface StoryPath {
  readonly choices: readonly number[];
  readonly ending: string;
  readonly stages: readonly string[];
  readonly techniques: readonly string[];
}

function summarise(events: readonly ChatEvent[], choices: readonly number[]): StoryPath | undefined {
  const ending = events.find((e) => e.kind === 'ending');
  if (ending?.kind !== 'ending') return undefined;
  return { choices, ending: ending.ending, stages: [], techniques: [] };
}

/** Finds the shortest path (fewest choices) to each ending, breadth-first over distinct story states. */
export function shortestPathToEachEnding(options: RunnerOptions, maxStates = 20000): Map<string, StoryPath> {
  const key = makeStateKey(typeof options.story === 'string' ? JSON.parse(options.story) : options.story);
  const runner = new ScenarioRunner(options);
  const found = new Map<string, StoryPath>();
  const seen = new Set<string>();
  let queue = [{ save: runner.snapshot(), choices: [] as number[] }];
  while (queue.length > 0 && seen.size < maxStates) {
    const next: typeof queue = [];
    for (const node of queue) {
      runner.load(node.save);
      const events = runner.next();
      const ended = summarise(events, node.choices);
      if (ended && !found.has(ended.ending)) {
        found.set(ended.ending, {
          ...ended,
          stages: [...new Set(runner.stages)],
          techniques: [...new Set(runner.transcript.flatMap((e) => (e.kind === 'message' ? e.techniques : [])))].sort(),
        });
      }
      const last = events.at(-1);
      if (last?.kind !== 'choices') continue;
      const atChoice = runner.snapshot();
      for (const option of last.options) {
        runner.load(atChoice);
        runner.choose(option.index);
        const save = runner.snapshot();
        const k = key(save.inkState, save.chat);
        if (seen.has(k)) continue;
        seen.add(k);
        next.push({ save, choices: [...node.choices, option.index] });
      }
    }
    queue = next;
  }
  return found;
}
