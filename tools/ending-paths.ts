import { type ChatEvent, dwellAfter, paceBatch, type RunnerOptions, ScenarioRunner } from '../src/engine/index.ts';
import { makeStateKey } from './state-key.ts';

/** A path through a story: the choices made (0-based option indexes) and what it met. */
export interface StoryPath {
  readonly choices: readonly number[];
  readonly ending: string;
  readonly stages: readonly string[];
  readonly techniques: readonly string[];
}

/** A path to one ending and how long it plays at normal pacing (the walk's pacing model). */
export interface TimedPath {
  readonly choices: readonly number[];
  readonly ms: number;
}

/** For one ending: the path with the fewest choices, and the quickest and slowest paths at normal pacing. */
export interface EndingPaths {
  readonly ending: string;
  readonly fewest: TimedPath;
  readonly quickest: TimedPath;
  readonly slowest: TimedPath;
}

/** Choices as a shared list (each state's best suffix is reused by every path that reaches it). */
interface Chain {
  readonly head: number;
  readonly tail: Chain | undefined;
}

interface Best {
  readonly chain: Chain | undefined;
  readonly length: number;
  readonly ms: number;
}

interface Bests {
  readonly fewest: Best;
  readonly quickest: Best;
  readonly slowest: Best;
}

type Found = Map<string, Bests>;

const toArray = (chain: Chain | undefined): number[] => {
  const out: number[] = [];
  for (let c = chain; c; c = c.tail) out.push(c.head);
  return out;
};

function batchMs(events: readonly ChatEvent[]): number {
  const waits = paceBatch(events, 'normal');
  return events.reduce((sum, e, i) => sum + (waits[i] ?? 0) + dwellAfter(e), 0);
}

function prefixed(b: Best, index: number, ms: number): Best {
  return { chain: { head: index, tail: b.chain }, length: b.length + 1, ms: b.ms + ms };
}

/** Keeps, per ending, the better of what is known and what one more option leads to. */
function merge(into: Found, child: Found, index: number, ms: number): void {
  for (const [ending, b] of child) {
    const cand = { fewest: prefixed(b.fewest, index, ms), quickest: prefixed(b.quickest, index, ms) };
    const slowest = prefixed(b.slowest, index, ms);
    const known = into.get(ending);
    if (!known) {
      into.set(ending, { ...cand, slowest });
      continue;
    }
    into.set(ending, {
      fewest: cand.fewest.length < known.fewest.length ? cand.fewest : known.fewest,
      quickest: cand.quickest.ms < known.quickest.ms ? cand.quickest : known.quickest,
      slowest: slowest.ms > known.slowest.ms ? slowest : known.slowest,
    });
  }
}

interface Search {
  readonly runner: ScenarioRunner;
  readonly key: (inkState: string, extra: string) => string;
  readonly memo: Map<string, Found>;
  readonly inProgress: Set<string>;
  readonly maxStates: number;
}

function search(s: Search): Found {
  const save = s.runner.snapshot();
  const k = s.key(save.inkState, save.chat);
  const known = s.memo.get(k);
  if (known) return known;
  if (s.inProgress.has(k)) return new Map();
  if (s.memo.size + s.inProgress.size >= s.maxStates) {
    throw new Error(`more than ${s.maxStates} distinct story states: raise maxStates`);
  }
  s.inProgress.add(k);
  const events = s.runner.next();
  const ms = batchMs(events);
  const found: Found = new Map();
  const last = events.at(-1);
  if (last?.kind === 'choices') {
    const atChoice = s.runner.snapshot();
    for (const option of last.options) {
      s.runner.load(atChoice);
      s.runner.choose(option.index);
      merge(found, search(s), option.index, ms);
    }
  } else {
    const ending = events.find((e) => e.kind === 'ending');
    if (ending?.kind === 'ending') {
      const here: Best = { chain: undefined, length: 0, ms };
      found.set(ending.ending, { fewest: here, quickest: here, slowest: here });
    }
  }
  s.inProgress.delete(k);
  s.memo.set(k, found);
  return found;
}

/**
 * For every ending a story can reach: the path with the fewest choices, and the quickest and slowest at normal
 * pacing. A depth-first search over distinct story states (tools/state-key.ts, as the story walk merges them) that
 * keeps, for each state, the best continuation to each ending, so a story of tens of millions of paths is searched
 * in a few thousand states.
 */
export function pathsToEachEnding(options: RunnerOptions, maxStates = 200_000): Map<string, EndingPaths> {
  const story = typeof options.story === 'string' ? JSON.parse(options.story) : options.story;
  const runner = new ScenarioRunner({ ...options, onWarning: () => {} });
  const found = search({ runner, key: makeStateKey(story), memo: new Map(), inProgress: new Set(), maxStates });
  const timed = (b: Best): TimedPath => ({ choices: toArray(b.chain), ms: b.ms });
  return new Map(
    [...found].map(([ending, b]) => [
      ending,
      { ending, fewest: timed(b.fewest), quickest: timed(b.quickest), slowest: timed(b.slowest) },
    ]),
  );
}

/** Plays a path and says what it met: its ending, stages and techniques. */
export function replayPath(options: RunnerOptions, choices: readonly number[]): StoryPath {
  const runner = new ScenarioRunner({ ...options, onWarning: () => {} });
  let events = runner.next();
  for (const index of choices) {
    if (!runner.choose(index).ok) throw new Error(`option ${index} is not offered after ${choices.join(',')}`);
    events = runner.next();
  }
  const ending = events.find((e) => e.kind === 'ending');
  if (ending?.kind !== 'ending') throw new Error(`the path ${choices.join(',')} does not reach an ending`);
  return {
    choices,
    ending: ending.ending,
    stages: [...new Set(runner.stages)],
    techniques: [...new Set(runner.transcript.flatMap((e) => (e.kind === 'message' ? e.techniques : [])))].sort(),
  };
}

/** The path with the fewest choices to each ending, with the stages and techniques it meets. */
export function shortestPathToEachEnding(options: RunnerOptions, maxStates?: number): Map<string, StoryPath> {
  const found = pathsToEachEnding(options, maxStates);
  return new Map([...found].map(([ending, p]) => [ending, replayPath(options, p.fewest.choices)]));
}
