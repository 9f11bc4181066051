import { describe, expect, it } from 'vitest';
import type { LanguageCheck, ScenarioCheck } from '../../tools/scenario-check.ts';
import { derivedMinutes, withMinutes } from '../../tools/scenario-minutes.ts';
import type { WalkReport } from '../../tools/story-walk.ts';

function report(longestMs: number, extra: Partial<WalkReport> = {}): WalkReport {
  return {
    choicePoints: new Map(),
    endings: new Map(),
    flows: new Set(),
    techniques: new Set(),
    voices: new Set(),
    stages: new Set(),
    problems: [],
    states: 1,
    span: { paths: 2, longest: 10, shortest: 5, longestMs, shortestMs: 1000 },
    ...extra,
  };
}

function check(...reports: (WalkReport | undefined)[]): ScenarioCheck {
  const languages: LanguageCheck[] = reports.map((r, i) => ({
    lang: (['fr', 'ar', 'en'] as const)[i] ?? 'fr',
    file: 'x.ink',
    ...(r ? { report: r } : {}),
  }));
  return { id: 'x', languages, problems: [] };
}

describe('derivedMinutes', () => {
  it('is the longest path in any language, rounded up to a whole minute', () => {
    expect(derivedMinutes(check(report(7.1 * 60_000), report(8.01 * 60_000), report(6 * 60_000)))).toBe(9);
    expect(derivedMinutes(check(report(8 * 60_000)))).toBe(8);
    expect(derivedMinutes(check(report(10_000)))).toBe(1);
  });

  it('gives no figure when a language was not walked or the walk stopped at its bound', () => {
    expect(derivedMinutes(check(report(60_000), undefined))).toBeUndefined();
    expect(derivedMinutes(check(report(60_000, { boundHit: 'stopped after 20000 states' })))).toBeUndefined();
    expect(derivedMinutes(check())).toBeUndefined();
  });
});

describe('withMinutes', () => {
  it('changes only the minutes number and keeps the file as written', () => {
    const text = '{\n  "id": "x",\n  "minutes": 10,\n  "age": 13,\n  "stages": ["a", "b"]\n}\n';
    expect(withMinutes(text, 8)).toBe('{\n  "id": "x",\n  "minutes": 8,\n  "age": 13,\n  "stages": ["a", "b"]\n}\n');
  });

  it('says so when the file has no minutes field', () => {
    expect(() => withMinutes('{ "id": "x" }', 8)).toThrow(/no "minutes" field/);
  });
});
