import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ScenarioCheck } from './scenario-check.ts';

/**
 * A scenario's `minutes` (what Home, the teacher guide and the index show) is derived from the walk, never typed: the
 * longest path at normal pacing in any language (the game's own pacing model: waits, reading and choosing time),
 * rounded up to a whole minute, so a teacher who plans with it is not caught short. stories:check fails when
 * scenario.json says otherwise; `npm run stories:write` writes the derived figure into it.
 */
export function derivedMinutes(check: ScenarioCheck): number | undefined {
  const reports = check.languages.map((l) => l.report);
  if (reports.length === 0 || reports.some((r) => !r || r.boundHit || r.span.paths === 0)) return undefined;
  const longestMs = Math.max(...reports.map((r) => r?.span.longestMs ?? 0));
  return Math.max(1, Math.ceil(longestMs / 60_000));
}

const MINUTES_FIELD = /("minutes"\s*:\s*)(\d+)/;

/** The scenario.json text with its `minutes` set to this figure (only that number changes, formatting is kept). */
export function withMinutes(text: string, minutes: number): string {
  if (!MINUTES_FIELD.test(text)) throw new Error('scenario.json has no "minutes" field to update');
  return text.replace(MINUTES_FIELD, (_, field: string) => `${field}${minutes}`);
}

/**
 * Compares (or, with `write`, updates) each checked scenario's `minutes` with the derived figure; returns the problems
 * left, one line each. Scenarios whose walk is incomplete are left alone (the check already reports them).
 */
export function syncMinutes(checks: readonly ScenarioCheck[], dirOf: (id: string) => string, write: boolean): string[] {
  const problems: string[] = [];
  for (const check of checks) {
    const minutes = derivedMinutes(check);
    if (minutes === undefined || !check.scenario || check.scenario.minutes === minutes) continue;
    const file = join(dirOf(check.id), 'scenario.json');
    if (write) {
      writeFileSync(file, withMinutes(readFileSync(file, 'utf8'), minutes));
      console.log(`wrote "minutes": ${minutes} (was ${check.scenario.minutes}) in ${relative(process.cwd(), file)}`);
    } else {
      problems.push(
        `${relative(process.cwd(), file)}: "minutes" is ${check.scenario.minutes}, the walk gives ${minutes} ` +
          '(longest path at normal pacing, rounded up): run "npm run stories:write"',
      );
    }
  }
  return problems;
}
