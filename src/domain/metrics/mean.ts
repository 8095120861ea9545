import { assertCount, assertFinite } from './checks.js';
import { ALPHA, studentTQuantile, studentTTwoSidedP } from './distributions.js';
import type { Interval } from './interval.js';

/** What SQL returns for a numeric answer: count(x), sum(x), sum(x*x). */
export interface MeanSums {
  n: number;
  sum: number;
  sumSquares: number;
}

export interface MeanStat {
  n: number;
  mean: number;
  /** Sample standard deviation (divisor n − 1); 0 when n = 1. */
  sd: number;
  /** 95 % t-interval mean ± t(0.975, n − 1)·sd/√n; null when n < 2. */
  interval: Interval | null;
}

/** Sample variance from sums: (Σx² − (Σx)²/n)/(n − 1), floored at 0 against rounding. */
function varianceOf(s: MeanSums): number {
  if (s.n < 2) return 0;
  return Math.max(0, (s.sumSquares - (s.sum * s.sum) / s.n) / (s.n - 1));
}

/** Mean, sample sd and 95 % t-interval from count/sum/sum of squares. Null when n = 0. */
export function meanStat(s: MeanSums): MeanStat | null {
  assertCount('n', s.n);
  assertFinite('sum', s.sum);
  assertFinite('sumSquares', s.sumSquares);
  if (s.n === 0) return null;
  const mean = s.sum / s.n;
  const sd = Math.sqrt(varianceOf(s));
  if (s.n < 2) return { n: s.n, mean, sd, interval: null };
  const half = (studentTQuantile(1 - ALPHA / 2, s.n - 1) * sd) / Math.sqrt(s.n);
  return { n: s.n, mean, sd, interval: { low: mean - half, high: mean + half } };
}

/**
 * Welch's unequal-variance t test, two-sided, α = 0.05:
 * t = (mean_a − mean_b)/√(sd_a²/n_a + sd_b²/n_b) (positive when a is the higher),
 * df by Welch–Satterthwaite: (v_a + v_b)² / (v_a²/(n_a − 1) + v_b²/(n_b − 1)) with v = sd²/n.
 * Null when either side has n < 2 or both have no variance.
 */
export function welchTest(
  a: MeanStat,
  b: MeanStat,
): { t: number; df: number; p: number; significant: boolean } | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const v = va + vb;
  if (v === 0) return null;
  const t = (a.mean - b.mean) / Math.sqrt(v);
  const df = (v * v) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const p = studentTTwoSidedP(t, df);
  return { t, df, p, significant: p < ALPHA };
}
