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

/** The manifest file's text for these checked scenarios (stable order, so a diff shows what changed). */
export function renderClassIds(checks: readonly ScenarioCheck[]): string {
  const entries = checks
    .map((c) => [c.id, classIdsOf(c)] as const)
    .filter((e): e is readonly [string, ScenarioIds] => e[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}
