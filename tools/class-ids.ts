import type { ScenarioIds } from '../server/scenario-ids.ts';
import type { ScenarioCheck } from './scenario-check.ts';

/** Where the class-session service reads the ids each scenario defines. */
export const CLASS_IDS_FILE = 'server/scenario-ids.json';

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * The ids a scenario's game can post to a class session, from the walk of its first language (the check makes the
 * three languages share choice points, option counts and endings): choice points with their options, endings from
 * scenario.json, techniques listed or tagged.
 */
export function classIdsOf(check: ScenarioCheck): ScenarioIds | undefined {
  const report = check.languages.find((l) => l.report)?.report;
  if (!check.scenario || !report) return undefined;
  const points = [...report.choicePoints].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    points: Object.fromEntries(points),
    endings: sorted(Object.keys(check.scenario.endings)),
    techniques: sorted([...check.scenario.techniques, ...report.techniques]),
  };
}

const render = (entries: Iterable<readonly [string, unknown]>) =>
  `${JSON.stringify(Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1))), null, 2)}\n`;

const idsOf = (checks: readonly ScenarioCheck[]) =>
  checks
    .map((c) => [c.id, classIdsOf(c)] as const)
    .filter((e): e is readonly [string, ScenarioIds] => e[1] !== undefined);

/** The manifest file's text for these checked scenarios (stable order, so a diff shows what changed). */
export function renderClassIds(checks: readonly ScenarioCheck[]): string {
  return render(idsOf(checks));
}

/**
 * The manifest file's text with only these scenarios' entries renewed (`--scenario` checks one): the others are kept
 * as the current file has them. An unreadable current file keeps nothing.
 */
export function mergeClassIds(current: string | undefined, checks: readonly ScenarioCheck[]): string {
  let kept: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(current ?? '{}');
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      kept = parsed as Record<string, unknown>;
  } catch {
    kept = {};
  }
  return render(Object.entries({ ...kept, ...Object.fromEntries(idsOf(checks)) }));
}
