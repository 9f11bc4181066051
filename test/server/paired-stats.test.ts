import { describe, expect, it } from 'vitest';
import {
  incompleteBeta,
  normalQuantile,
  type PairedSums,
  pairedResult,
  tCdf,
  tQuantile,
} from '../../server/paired-stats.ts';

/** The sums a database would return for these paired scores (the test's only view of single scores). */
function sums(before: readonly number[], after: readonly number[]): PairedSums {
  const diffs = after.map((a, i) => a - (before[i] ?? 0));
  const add = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  return {
    n: before.length,
    sumBefore: add(before),
    sumAfter: add(after),
    sumDiff: add(diffs),
    sumDiffSquared: add(diffs.map((d) => d * d)),
  };
}

describe('Student t quantiles', () => {
  // Two-sided 95 % (p = 0.975) and 99 % (p = 0.995) critical values, from published t tables.
  const table: [number, number, number][] = [
    [1, 12.706, 63.657],
    [2, 4.303, 9.925],
    [4, 2.776, 4.604],
    [5, 2.571, 4.032],
    [9, 2.262, 3.25],
    [10, 2.228, 3.169],
    [19, 2.093, 2.861],
    [29, 2.045, 2.756],
    [39, 2.023, 2.708],
    [60, 2.0, 2.66],
    [120, 1.98, 2.617],
    [1000, 1.962, 2.581],
    [Number.POSITIVE_INFINITY, 1.96, 2.576],
  ];
  it.each(table)('df %s: 2.5 %% and 0.5 %% upper points to 3 decimals', (df, t975, t995) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(t975, 3);
    expect(tQuantile(0.995, df)).toBeCloseTo(t995, 3);
  });

  it('is continuous where the method changes (300 → 301 degrees) and falls towards the normal value', () => {
    const at = [4, 5, 10, 30, 100, 300, 301, 1000, 1e5, Number.POSITIVE_INFINITY].map((df) => tQuantile(0.975, df));
    for (let i = 1; i < at.length; i++) expect(at[i]).toBeLessThan(at[i - 1] ?? 0);
    expect(Math.abs(tQuantile(0.975, 300) - tQuantile(0.975, 301))).toBeLessThan(1e-4);
    // More digits where they are well known: t(0.975, 4) = 2.7764451, the normal 1.9599640.
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.7764451, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
  });

  it('is the inverse of the CDF, symmetric, and refuses what has no quantile', () => {
    for (const df of [4, 7, 25]) {
      for (const p of [0.6, 0.9, 0.975, 0.999]) expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 10);
      expect(tQuantile(0.025, df)).toBeCloseTo(-tQuantile(0.975, df), 10);
    }
    expect(tQuantile(0.5, 9)).toBe(0);
    expect(() => tQuantile(1, 4)).toThrow(/between 0 and 1/);
    expect(() => tQuantile(0.975, 0)).toThrow(/at least 1/);
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
  });
});

describe('paired before/after result', () => {
  it("matches R's t.test(paired = TRUE) on the sleep data (n = 10)", () => {
    const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    // t.test(g1, g2, paired = TRUE): mean difference -1.58, 95 % CI -2.4598858 to -0.7001142, t = -4.0621.
    const r = pairedResult(sums(g2, g1));
    expect(r?.difference).toBeCloseTo(-1.58, 10);
    expect(r?.low).toBeCloseTo(-2.4598858, 6);
    expect(r?.high).toBeCloseTo(-0.7001142, 6);
    expect((r?.effect ?? 0) * Math.sqrt(10)).toBeCloseTo(-4.0621, 4);
    expect(r?.before).toBeCloseTo(2.33, 10);
    expect(r?.after).toBeCloseTo(0.75, 10);
  });

  it('at the edge of n = 5: df 4, worked by hand', () => {
    // Differences 2, 2, 0, 2, 3: mean 1.8, sd √1.2; half-width 2.776445 × √1.2 / √5 = 1.360175; d_z = 1.8 / √1.2.
    const r = pairedResult(sums([2, 3, 3, 4, 1], [4, 5, 3, 6, 4]));
    expect(r).toMatchObject({ students: 5, before: 2.6, after: 4.4 });
    expect(r?.difference).toBeCloseTo(1.8, 12);
    expect(r?.low).toBeCloseTo(0.439825, 5);
    expect(r?.high).toBeCloseTo(3.160175, 5);
    expect(r?.effect).toBeCloseTo(1.643168, 5);
  });

  it('no spread (every student changed by the same amount): a zero-width interval and no effect size, never NaN', () => {
    const same = pairedResult(sums([1, 2, 3, 4, 5], [3, 4, 5, 6, 7]));
    expect(same).toEqual({ students: 5, before: 3, after: 5, difference: 2, low: 2, high: 2, effect: null });
    const none = pairedResult(sums([4, 4, 4, 4, 4], [4, 4, 4, 4, 4]));
    expect(none).toEqual({ students: 5, before: 4, after: 4, difference: 0, low: 0, high: 0, effect: null });
    for (const value of Object.values(none ?? {})) expect(Number.isFinite(value) || value === null).toBe(true);
  });

  it('has no result below two students (no interval exists)', () => {
    expect(pairedResult(sums([3], [5]))).toBeUndefined();
    expect(pairedResult(sums([], []))).toBeUndefined();
  });
});
