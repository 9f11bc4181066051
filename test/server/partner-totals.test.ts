import { describe, expect, it } from 'vitest';
import type { SummaryGroup } from '../../server/partner-summaries.ts';
import { partnerTotals, pooledChange, t95 } from '../../server/partner-totals.ts';

/** A group of sessions whose paired students all changed by `diffs` (scores before all `before`). */
function group(over: Partial<SummaryGroup> & { diffs?: number[]; before?: number } = {}): SummaryGroup {
  const { diffs = [], before = 0.5, ...rest } = over;
  return {
    scenario: 'the-squad',
    lang: 'fr',
    sessions: 1,
    students: diffs.length,
    paired: diffs.length,
    beforeSum: before * diffs.length,
    afterSum: diffs.reduce((s, d) => s + before + d, 0),
    diffSqSum: diffs.reduce((s, d) => s + d * d, 0),
    boosterSessions: 0,
    boosterStudents: 0,
    ...rest,
  };
}

describe('t95', () => {
  it('is Student’s two-sided 95 % quantile: the table, then close to the normal quantile', () => {
    expect([t95(1), t95(4), t95(30)]).toEqual([12.706, 2.776, 2.042]);
    expect(t95(40)).toBeCloseTo(2.021, 2);
    expect(t95(120)).toBeCloseTo(1.98, 2);
    expect(t95(100_000)).toBeCloseTo(1.96, 3);
  });
});

describe('pooledChange', () => {
  it('pools paired sums across groups into the mean change, its 95 % interval and the paired effect size', () => {
    // Differences 0.1, 0.2, 0.3 in one group and 0.1, 0.2, 0.3 in another: mean 0.2, sd 0.0894, n 6.
    const change = pooledChange([group({ diffs: [0.1, 0.2, 0.3] }), group({ diffs: [0.1, 0.2, 0.3], lang: 'ar' })]);
    const margin = (2.571 * Math.sqrt(0.04 / 5)) / Math.sqrt(6);
    expect(change).toEqual({
      students: 6,
      before: 0.5,
      after: 0.7,
      difference: 0.2,
      ci95: [Math.round((0.2 - margin) * 1000) / 1000, Math.round((0.2 + margin) * 1000) / 1000],
      effectSize: Math.round((0.2 / Math.sqrt(0.008)) * 1000) / 1000,
    });
  });

  it('is withheld under 5 paired students, and has no effect size when every student changed alike', () => {
    expect(pooledChange([group({ diffs: [0.1, 0.2, 0.3, 0.4] })])).toBeNull();
    expect(pooledChange([group({ diffs: [0.5, 0.5, 0.5, 0.5, 0.5] })])).toMatchObject({
      difference: 0.5,
      ci95: [0.5, 0.5],
      effectSize: null,
    });
  });
});

describe('partnerTotals', () => {
  it('withholds every cell under 5 students, and the smallest other cell when only one is withheld', () => {
    const groups = [
      group({ lang: 'fr', scenario: 'the-squad', students: 12, paired: 0 }),
      group({ lang: 'ar', scenario: 'the-squad', students: 4, paired: 0 }),
      group({ lang: 'en', scenario: 'the-video', students: 7, paired: 0 }),
    ];
    const totals = partnerTotals(groups);
    expect(totals.total).toEqual({
      belowThreshold: false,
      sessions: 3,
      students: 23,
      change: null,
      boosterSessions: 0,
      boosterStudents: 0,
    });
    expect(totals.byLanguage.map((c) => [c.lang, c.students])).toEqual([
      ['ar', null],
      ['en', null],
      ['fr', 12],
    ]);
    // the-squad has 16 students: no scenario cell is under 5, so none is withheld.
    expect(totals.byScenario.map((c) => [c.scenario, c.students])).toEqual([
      ['the-squad', 16],
      ['the-video', 7],
    ]);
  });

  it('keeps two withheld cells as they are (neither can be worked out) and withholds a total under 5', () => {
    const two = partnerTotals([
      group({ lang: 'fr', students: 9, paired: 0 }),
      group({ lang: 'ar', students: 2, paired: 0 }),
      group({ lang: 'en', students: 1, paired: 0 }),
    ]);
    expect(two.byLanguage.map((c) => [c.lang, c.belowThreshold])).toEqual([
      ['ar', true],
      ['en', true],
      ['fr', false],
    ]);
    const small = partnerTotals([group({ students: 4, paired: 0 })]);
    expect(small.total).toEqual({
      belowThreshold: true,
      sessions: null,
      students: null,
      change: null,
      boosterSessions: null,
      boosterStudents: null,
    });
    expect(JSON.stringify(small)).not.toMatch(/"students":\d/);
  });

  it('counts booster sessions apart from story sessions and their students, in every cell', () => {
    const totals = partnerTotals([
      group({ lang: 'fr', students: 12, paired: 0 }),
      group({ lang: 'fr', sessions: 0, students: 0, paired: 0, boosterSessions: 2, boosterStudents: 19 }),
      group({ lang: 'ar', students: 8, paired: 0, boosterSessions: 1, boosterStudents: 7 }),
    ]);
    expect(totals.total).toMatchObject({ sessions: 2, students: 20, boosterSessions: 3, boosterStudents: 26 });
    expect(totals.byLanguage.map((c) => [c.lang, c.students, c.boosterSessions])).toEqual([
      ['ar', 8, 1],
      ['fr', 12, 2],
    ]);
  });
});
