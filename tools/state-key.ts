/**
 * Keys for the story walker: two ink states with the same key play out the same from here on, so the walker explores
 * only one of them. Exact ink state JSON almost never repeats (turn and thread counters, visit counts of choices left
 * behind), so the key keeps only what can still change what the story does:
 * - variables, the call stack (positions and temporaries), pending output, the random seed;
 * - visit counts of knots, stitches and labelled content (conditions can read them by name);
 * - visit counts of ink's own containers (once-only choices, gathers) only in knots the story can still reach from
 *   where it is, following every divert in the compiled JSON. A story that diverts to a variable target keeps them all.
 * - a variable named `settled` (the player's gender) only while the story can still reach a knot or function that
 *   reads it: past that point, walks of the same script with other values of it share their states.
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

/** Whether a subtree reads the variable (`{"VAR?": name}` in the compiled JSON). */
function reads(node: Json, name: string): boolean {
  if (Array.isArray(node)) return node.some((item) => reads(item, name));
  if (!isRecord(node)) return false;
  return node['VAR?'] === name || Object.values(node).some((value) => reads(value, name));
}

/** The knots whose own body reads the variable ('' is the story's top). */
export function readersOf(storyJson: Json, name: string): Set<string> {
  const root = isRecord(storyJson) ? storyJson.root : undefined;
  const readers = new Set<string>();
  if (!Array.isArray(root)) return readers;
  if (reads(root.slice(0, -1), name)) readers.add('');
  const named = root[root.length - 1];
  if (isRecord(named)) for (const [knot, body] of Object.entries(named)) if (reads(body, name)) readers.add(knot);
  return readers;
}

interface FlowState {
  callstack?: { threads?: { callstack?: Record<string, Json>[] }[] };
  outputStream?: Json;
  currentChoices?: Json;
}

/** The variables of a state, without `settled` when no knot the frames can still reach reads it. */
function keptVariables(
  state: Record<string, Json>,
  live: ReadonlySet<string>,
  settled: { readonly name: string; readonly readers: ReadonlySet<string> } | undefined,
): Json {
  const variables = state.variablesState;
  if (!settled || !isRecord(variables) || !(settled.name in variables)) return variables;
  if ([...settled.readers].some((knot) => live.has(knot))) return variables;
  const { [settled.name]: _dropped, ...rest } = variables;
  return rest;
}

/**
 * Builds the key function for one compiled story. `settled` names a variable that walks of the same story set to
 * different values (player_gender): it is left out of the key once no reachable knot reads it.
 */
export function makeStateKey(storyJson: Json, settled?: string): (inkState: string, extra: string) => string {
  const reach = reachability(storyJson);
  // Without a reachability map (dynamic diverts) every knot may still read it: the variable always counts.
  const readers = settled && reach ? { name: settled, readers: readersOf(storyJson, settled) } : undefined;
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
      keptVariables(state, live, readers),
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
