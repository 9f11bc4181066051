/**
 * Keys for the story walker: two ink states with the same key play out the same from here on, so the walker explores
 * only one of them. Exact ink state JSON almost never repeats (turn and thread counters, visit counts of choices left
 * behind), so the key keeps only what can still change what the story does:
 * - variables, the call stack (positions and temporaries), pending output, the random seed;
 * - visit counts of knots, stitches and labelled content (conditions can read them by name);
 * - visit counts of ink's own containers (once-only choices, gathers) only in knots the story can still reach from
 *   where it is, following every divert in the compiled JSON. A story that diverts to a variable target keeps them all.
 */

type Json = unknown;
const GENERATED = /(?:^|\.)(?:[cgsb]-\d+|\d+|\$r\d*)$/;

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const knotOf = (path: string) => path.replace(/^\./, '').split('.')[0] ?? '';

/** Every divert target in a subtree: knots it can go to, and whether any target is dynamic. */
function collectTargets(node: Json, out: Set<string>, flags: { dynamic: boolean }): void {
  if (Array.isArray(node)) {
    for (const item of node) collectTargets(item, out, flags);
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (
      (key === '->' || key === 'f()' || key === '->t->' || key === '*' || key === '^->') &&
      typeof value === 'string'
    ) {
      // `$r` is ink's own return marker for choice text, always inside the knot; other variable diverts are the
      // author's and can go anywhere.
      if (node.var === true) flags.dynamic ||= !value.startsWith('$');
      else if (!value.startsWith('.')) out.add(knotOf(value));
    } else {
      collectTargets(value, out, flags);
    }
  }
}

/** Which knots each knot can reach (itself included), or undefined when diverts are dynamic. */
function reachability(storyJson: Json): Map<string, Set<string>> | undefined {
  const root = isRecord(storyJson) ? storyJson.root : undefined;
  if (!Array.isArray(root)) return undefined;
  const named = root[root.length - 1];
  const edges = new Map<string, Set<string>>();
  const flags = { dynamic: false };
  const top = new Set<string>();
  collectTargets(root.slice(0, -1), top, flags);
  edges.set('', top);
  if (isRecord(named)) {
    for (const [knot, body] of Object.entries(named)) {
      const out = new Set<string>();
      collectTargets(body, out, flags);
      edges.set(knot, out);
    }
  }
  if (flags.dynamic) return undefined;
  const closure = new Map<string, Set<string>>();
  for (const start of edges.keys()) {
    const seen = new Set<string>([start]);
    const stack = [start];
    while (stack.length > 0) {
      for (const next of edges.get(stack.pop() ?? '') ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    closure.set(start, seen);
  }
  return closure;
}

interface FlowState {
  callstack?: { threads?: { callstack?: Record<string, Json>[] }[] };
  outputStream?: Json;
  currentChoices?: Json;
}

/** Builds the key function for one compiled story. */
export function makeStateKey(storyJson: Json): (inkState: string, extra: string) => string {
  const reach = reachability(storyJson);
  return (inkState, extra) => {
    const state = JSON.parse(inkState) as Record<string, Json>;
    const flows = (isRecord(state.flows) ? state.flows : {}) as Record<string, FlowState>;
    const flow = flows[String(state.currentFlowName ?? 'DEFAULT_FLOW')] ?? {};
    const frames = (flow.callstack?.threads ?? []).map((t) =>
      (t.callstack ?? []).map((f) => [f.cPath, f.idx, f.type, f.exp, f.temp]),
    );
    const live = new Set<string>();
    for (const thread of frames)
      for (const frame of thread) for (const k of reach?.get(knotOf(String(frame[0] ?? ''))) ?? []) live.add(k);
    const counts = isRecord(state.visitCounts) ? state.visitCounts : {};
    const visits = Object.entries(counts).filter(([path]) => !reach || !GENERATED.test(path) || live.has(knotOf(path)));
    return JSON.stringify([
      extra,
      state.variablesState,
      state.evalStack,
      frames,
      flow.outputStream,
      flow.currentChoices,
      visits,
      state.storySeed,
      state.previousRandom,
    ]);
  };
}
