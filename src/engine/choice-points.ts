import type { ChoicePointId } from './types.ts';

type Json = unknown;

/** Names ink gives its own containers (choices, gathers, sequences); they are not stable across languages. */
const GENERATED_NAME = /^(?:[cgsb]-\d+|\$r\d*|#.*)$/;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function containerName(container: readonly Json[]): string | undefined {
  const last = container[container.length - 1];
  return isRecord(last) && typeof last['#n'] === 'string' ? last['#n'] : undefined;
}

/** Collects the runtime path of every choice point in a compiled ink container, in document order. */
function collectChoicePaths(container: readonly Json[], path: readonly string[], out: string[]): void {
  const last = container[container.length - 1];
  const hasTerminator = isRecord(last) || last === null;
  const count = hasTerminator ? container.length - 1 : container.length;
  for (let i = 0; i < count; i++) {
    const item = container[i];
    if (Array.isArray(item)) {
      collectChoicePaths(item, [...path, containerName(item) ?? String(i)], out);
    } else if (isRecord(item) && typeof item['*'] === 'string') {
      out.push([...path, String(i)].join('.'));
    }
  }
  if (!isRecord(last)) return;
  for (const [key, value] of Object.entries(last)) {
    if (key === '#f' || key === '#n' || !Array.isArray(value)) continue;
    collectChoicePaths(value, [...path, key], out);
  }
}

/** The knot (and stitch) a runtime path is in: its leading author-given names. */
export function flowOfPath(path: string): string {
  const names: string[] = [];
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) || GENERATED_NAME.test(part)) break;
    names.push(part);
  }
  return names.join('.') || '_';
}

/**
 * Labels every choice of a compiled story `knot.stitch#n` (n counts choices in that knot or stitch, in document
 * order). Labels depend on the story's structure only, not its text, so the three languages of a scenario share them.
 */
export function labelChoices(storyJson: Json): ReadonlyMap<string, ChoicePointId> {
  const root = isRecord(storyJson) ? storyJson.root : undefined;
  const paths: string[] = [];
  if (Array.isArray(root)) collectChoicePaths(root, [], paths);
  const counts = new Map<string, number>();
  const labels = new Map<string, ChoicePointId>();
  for (const path of paths) {
    const flow = flowOfPath(path);
    const n = (counts.get(flow) ?? 0) + 1;
    counts.set(flow, n);
    labels.set(path, `${flow}#${n}` as ChoicePointId);
  }
  return labels;
}
