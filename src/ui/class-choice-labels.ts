/** A choice point as the teacher guide numbers it, with its options' text (empty when they vary between visits). */
export interface ChoiceLabel {
  readonly number: number;
  readonly options: readonly string[];
}

/** Choice points by id, from `teachers/<scenario>-<lang>-points.json` (built with the guides, never retyped). */
export type ChoiceLabels = ReadonlyMap<string, ChoiceLabel>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Reads the points file; anything malformed gives no labels (the dashboard then numbers options itself). */
export function parseChoiceLabels(json: unknown): ChoiceLabels {
  const labels = new Map<string, ChoiceLabel>();
  if (!isRecord(json) || json.version !== 1 || !Array.isArray(json.points)) return labels;
  for (const p of json.points) {
    if (!isRecord(p) || typeof p.point !== 'string' || typeof p.number !== 'number' || !Array.isArray(p.options))
      continue;
    const options = p.options.filter((o): o is string => typeof o === 'string');
    labels.set(p.point, { number: p.number, options });
  }
  return labels;
}

/** Orders items by the story's order of their choice points (unknown points last, in the order they came). */
export function inStoryOrder<T extends { readonly point: string }>(items: readonly T[], labels: ChoiceLabels): T[] {
  const rank = (x: T) => labels.get(x.point)?.number ?? Number.POSITIVE_INFINITY;
  return items
    .map((x, i) => ({ x, i }))
    .sort((a, b) => rank(a.x) - rank(b.x) || a.i - b.i)
    .map(({ x }) => x);
}
