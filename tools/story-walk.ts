import {
  type ChatEvent,
  type ChoicePointId,
  dwellAfter,
  flowOfPath,
  paceBatch,
  parseTags,
  type RawLine,
  type RunnerOptions,
  ScenarioRunner,
} from '../src/engine/index.ts';
import { afterLine, atChoices, atEnd, dutiesKey, type KnotsOf, NO_DUTIES, type PathDuties } from './path-duties.ts';
import { makeStateKey } from './state-key.ts';

/** A problem found while walking, with the choices (1-based, as the play CLI reads them) that reproduce it. */
export interface WalkProblem {
  readonly message: string;
  readonly text?: string;
  readonly choices: readonly number[];
}

/** Figures for one path or the best/worst of a subtree. */
export interface Span {
  readonly paths: number;
  readonly longest: number;
  readonly shortest: number;
  readonly longestMs: number;
  readonly shortestMs: number;
}

/** What walking every choice of a story found. */
export interface WalkReport {
  readonly choicePoints: Map<ChoicePointId, number>;
  readonly endings: Map<string, number>;
  readonly flows: Set<string>;
  readonly techniques: Set<string>;
  readonly voices: Set<string>;
  readonly stages: Set<string>;
  readonly problems: WalkProblem[];
  /** Distinct story states visited (identical states reached by different paths count once). */
  states: number;
  readonly span: Span;
  boundHit?: string;
}

const NO_PATH: Span = { paths: 0, longest: 0, shortest: Infinity, longestMs: 0, shortestMs: Infinity };

function isSpoken(tags: readonly string[]): boolean {
  const { tags: t } = parseTags(tags);
  return Boolean(t.from || t.isSystem || t.counter || t.help || t.ending);
}

interface Walk {
  readonly options: RunnerOptions;
  readonly report: WalkReport;
  readonly memo: Map<string, Span>;
  readonly inProgress: Set<string>;
  readonly maxStates: number;
  readonly stateKey: (inkState: string, extra: string) => string;
  readonly safeguards: Safeguards;
  lines: RawLine[];
  duties: PathDuties;
}

/** What the walker needs to check the safeguarding rules (docs/authoring.md). */
export interface Safeguards {
  /** Where a line of output is written (its knots), to tell when a path leaves the knot of a #distress line. */
  readonly knotsOf?: KnotsOf;
  /** Characters marked `"role": "recruiter"` in scenario.json: never the sender of a #checkin. */
  readonly recruiters?: ReadonlySet<string>;
}

/**
 * Walks of one script with different values of one variable (the player's gender): they share what they found
 * about the states where no knot still to come reads the variable, so those states are walked once for all values.
 */
export interface SharedWalk {
  readonly variable: string;
  readonly memo: Map<string, Span>;
}

/** The safeguards to check, and the walks this one shares its states with. */
export interface WalkOptions extends Safeguards {
  readonly shared?: SharedWalk;
}

function problem(w: Walk, message: string, choices: readonly number[], text?: string): void {
  if (w.report.problems.some((p) => p.message === message && p.text === text)) return;
  w.report.problems.push({ message, choices, ...(text === undefined ? {} : { text }) });
}

/** Checks the raw lines of one batch: senders, tag combinations, where they are. */
function checkLines(w: Walk, choices: readonly number[]): void {
  w.lines.forEach((line, i) => {
    if (line.text === '') return;
    for (const path of line.paths) w.report.flows.add(flowOfPath(path));
    const { tags, problems } = parseTags(line.tags, w.options.vocabulary);
    for (const p of problems) problem(w, p, choices, line.text);
    if (tags.isCheckin && tags.from && w.safeguards.recruiters?.has(tags.from)) {
      const who = tags.from;
      problem(
        w,
        `#checkin from "${who}", a recruiter in scenario.json: a check-in comes from a friend or family member`,
        choices,
        line.text,
      );
    }
    w.duties = afterLine(w.duties, { text: line.text, tags }, w.safeguards.knotsOf?.(line.text), (m, text) =>
      problem(w, m, choices, text),
    );
    if (!isSpoken(line.tags) && (i > 0 || choices.length === 0)) {
      problem(w, 'a line without #from that is not the echo of a choice: add #from (or #from: me)', choices, line.text);
    }
  });
}

/** Checks how a batch ends and totals its messages and time. */
function checkBatch(
  w: Walk,
  events: readonly ChatEvent[],
  choices: readonly number[],
): { messages: number; ms: number } {
  let messages = 0;
  let ms = 0;
  let endingAt = -1;
  const waits = paceBatch(events, 'normal');
  events.forEach((e, i) => {
    ms += (waits[i] ?? 0) + dwellAfter(e);
    if (e.kind === 'message') messages++;
    if (e.kind === 'message') for (const t of e.techniques) w.report.techniques.add(t);
    if (e.kind === 'counter') w.report.voices.add(e.voice);
    if (e.kind === 'stage') w.report.stages.add(e.stage);
    if (e.kind === 'error') problem(w, `ink runtime error: ${e.message}`, choices);
    if (e.kind === 'ending') {
      if (endingAt >= 0) problem(w, 'two #ending lines on one path', choices, e.text);
      endingAt = i;
      w.report.endings.set(e.ending, (w.report.endings.get(e.ending) ?? 0) + 1);
    } else if (endingAt >= 0 && 'id' in e) {
      problem(w, 'lines after the #ending line: the ending must be the last line before -> END', choices, e.text);
    }
  });
  const last = events.at(-1);
  if (last?.kind === 'end' && endingAt < 0) {
    problem(w, 'dead end: the story stops here without an #ending line', choices, lastText(events));
  }
  if (last?.kind === 'choices' && endingAt >= 0) {
    problem(w, 'choices after an #ending line: an ending must be followed by -> END', choices);
  }
  return { messages, ms };
}

function lastText(events: readonly ChatEvent[]): string | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e && 'text' in e) return e.text;
  }
  return undefined;
}

function combine(children: readonly Span[], messages: number, ms: number): Span {
  const best = children.reduce(
    (acc, c) => ({
      paths: acc.paths + c.paths,
      longest: Math.max(acc.longest, c.longest),
      shortest: Math.min(acc.shortest, c.shortest),
      longestMs: Math.max(acc.longestMs, c.longestMs),
      shortestMs: Math.min(acc.shortestMs, c.shortestMs),
    }),
    NO_PATH,
  );
  return {
    paths: best.paths,
    longest: best.longest + messages,
    shortest: best.shortest + messages,
    longestMs: best.longestMs + ms,
    shortestMs: best.shortestMs + ms,
  };
}

function explore(w: Walk, runner: ScenarioRunner, choices: readonly number[]): Span {
  w.lines = [];
  const events = runner.next();
  checkLines(w, choices);
  const { messages, ms } = checkBatch(w, events, choices);
  const last = events.at(-1);
  const say = (m: string, text: string) => problem(w, m, choices, text);
  if (last?.kind !== 'choices') {
    atEnd(w.duties, say);
    return { paths: 1, longest: messages, shortest: messages, longestMs: ms, shortestMs: ms };
  }
  w.report.choicePoints.set(last.point, last.options.length);
  const flow = last.point.split('#')[0] ?? '';
  w.report.flows.add(flow);
  const duties = atChoices(w.duties, flow.split('.')[0] ?? flow, say);
  const atChoice = runner.snapshot();
  const children = last.options.map((option, n) => {
    const loaded = runner.load(atChoice);
    if (!loaded.ok) throw new Error(`cannot reload a state the walker saved: ${loaded.error.kind}`);
    w.duties = duties;
    runner.choose(option.index);
    return visit(w, runner, [...choices, n + 1]);
  });
  return combine(children, messages, ms);
}

function visit(w: Walk, runner: ScenarioRunner, choices: readonly number[]): Span {
  const save = runner.snapshot();
  const key = w.stateKey(save.inkState, `${save.chat}|${dutiesKey(w.duties)}`);
  const known = w.memo.get(key);
  if (known) return known;
  if (w.inProgress.has(key)) return NO_PATH;
  if (w.report.states >= w.maxStates) {
    w.report.boundHit = `stopped after ${w.maxStates} distinct states: the tree is larger (or loops); raise --max-states`;
    return NO_PATH;
  }
  w.report.states++;
  w.inProgress.add(key);
  const span = explore(w, runner, choices);
  w.inProgress.delete(key);
  w.memo.set(key, span);
  return span;
}

/**
 * Plays every choice of a story from the start, merging identical states, and reports choice points, endings,
 * problems (dead ends, endings followed by choices, untagged lines, runtime errors, unanswered #distress lines,
 * check-ins from recruiters, endings reached without a #help card) and path lengths.
 */
export function walkStory(options: RunnerOptions, maxStates = 20000, safeguards: WalkOptions = {}): WalkReport {
  const report: WalkReport = {
    choicePoints: new Map(),
    endings: new Map(),
    flows: new Set(),
    techniques: new Set(),
    voices: new Set(),
    stages: new Set(),
    problems: [],
    states: 0,
    span: NO_PATH,
  };
  // Tag problems are reported by checkLines with their paths, so the runner's own warnings are not needed.
  const withHook: RunnerOptions = { ...options, onLine: (line) => w.lines.push(line), onWarning: () => {} };
  const story = typeof options.story === 'string' ? JSON.parse(options.story) : options.story;
  const w: Walk = {
    options: withHook,
    report,
    memo: safeguards.shared?.memo ?? new Map(),
    inProgress: new Set(),
    maxStates,
    stateKey: makeStateKey(story, safeguards.shared?.variable),
    safeguards,
    lines: [],
    duties: NO_DUTIES,
  };
  const span = visit(w, new ScenarioRunner(withHook), []);
  return { ...report, span };
}
