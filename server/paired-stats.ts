/**
 * Before/after statistics of a class from aggregates only: how many students did both checks, the sums of their
 * scores and of their paired differences (after − before) and of the differences' squares. Nothing here sees one
 * student's score.
 */

/** The sums a database returns for the students (devices) who did both checks. */
export interface PairedSums {
  readonly n: number;
  readonly sumBefore: number;
  readonly sumAfter: number;
  /** Σ (after − before). */
  readonly sumDiff: number;
  /** Σ (after − before)². */
  readonly sumDiffSquared: number;
}

/** What the class's before/after result says; `effect` and the interval need at least two students. */
export interface PairedResult {
  readonly students: number;
  readonly before: number;
  readonly after: number;
  /** Mean of (after − before). */
  readonly difference: number;
  /** The 95 % confidence interval of the mean difference (Student t, df = n − 1). */
  readonly low: number;
  readonly high: number;
  /**
   * Cohen's d for paired samples (d_z = mean difference / standard deviation of the differences); null when every
   * student changed by the same amount ("no spread"): there is then no standard deviation to divide by.
   */
  readonly effect: number | null;
}

/** Differences this close to the same value count as no spread (the sums are of small integers, so exact). */
const NO_SPREAD = 1e-12;

/** The result for n ≥ 2 students; undefined below that (no interval exists). */
export function pairedResult(s: PairedSums): PairedResult | undefined {
  const { n } = s;
  if (!Number.isInteger(n) || n < 2) return undefined;
  const difference = s.sumDiff / n;
  // The sample variance from the sums; rounding can leave a hair below zero when every difference is equal.
  const variance = Math.max(0, (s.sumDiffSquared - (s.sumDiff * s.sumDiff) / n) / (n - 1));
  const sd = Math.sqrt(variance);
  const noSpread = sd <= NO_SPREAD;
  const half = noSpread ? 0 : tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return {
    students: n,
    before: s.sumBefore / n,
    after: s.sumAfter / n,
    difference,
    low: difference - half,
    high: difference + half,
    effect: noSpread ? null : difference / sd,
  };
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms: about 15 significant digits). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0] ?? 1;
  for (let i = 1; i < c.length; i++) sum += (c[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The continued fraction of the incomplete beta function (modified Lentz), for x < (a + 1) / (a + b + 2). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = Math.abs(d) < tiny ? tiny : d;
  d = 1 / d;
  let f = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    for (const aa of [
      (m * (b - m) * x) / ((a + m2 - 1) * (a + m2)),
      (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)),
    ]) {
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      f *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return f;
}

/** The regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df > 0). */
export function tCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The standard normal p-quantile (Acklam's rational approximation: relative error below 1.2e-9).
 */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0] = a;
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0] = b;
  const [c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0] = c;
  const [d0 = 0, d1 = 0, d2 = 0, d3 = 0] = d;
  const tailQ = (q: number) =>
    (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  if (p < 0.02425) return tailQ(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tailQ(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/** Above this many degrees of freedom the quantile comes from its expansion around the normal one. */
const LARGE_DF = 300;

/**
 * The p-quantile of Student's t with `df` degrees of freedom (0 < p < 1; df ≥ 1, or Infinity for the normal): up to
 * 300 degrees, the t with tCdf(t, df) = p by bisection to 1e-12; above, the Cornish-Fisher expansion (Abramowitz &
 * Stegun 26.7.5, its error below 1e-8 there). Either way far beyond the 3 decimals a report shows.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must be strictly between 0 and 1, got ${p}`);
  if (!(df >= 1)) throw new RangeError(`tQuantile: df must be at least 1, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -tQuantile(1 - p, df);
  if (df > LARGE_DF) {
    const z = normalQuantile(p);
    if (df === Number.POSITIVE_INFINITY) return z;
    const z2 = z * z;
    const g1 = (z * (z2 + 1)) / 4;
    const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
    const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
    const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
    return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
  }
  let lo = 0;
  let hi = 1;
  while (tCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
