import { assertCount, assertPart } from './checks.js';
import { Z95 } from './distributions.js';
import { clipInterval, type Interval } from './interval.js';

export interface NpsCounts {
  n: number;
  promoters: number;
  detractors: number;
}

export interface NpsStat {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** 100·(P − D)/n, unrounded, −100…100. */
  nps: number;
  /** Adjusted-Wald 95 % interval: 100·(NPS′ ± z·SE′), clipped to [−100, 100]. */
  interval: Interval;
  /** NPS′ and SE′ as proportions (−1…1), the inputs of npsDifference. */
  adjusted: { nps: number; se: number };
}

/**
 * NPS with its adjusted-Wald interval (PRODUCT.md "Metric definitions"; Rocks 2016):
 * n′ = n + 3, p′ = (P + 0.75)/n′, q′ = (D + 0.75)/n′, NPS′ = p′ − q′,
 * SE′ = √((p′ + q′ − (p′ − q′)²)/n′). Null when n = 0.
 */
export function npsStat(c: NpsCounts): NpsStat | null {
  assertCount('n', c.n);
  assertPart('promoters', c.promoters, c.n);
  assertPart('detractors', c.detractors, c.n);
  if (c.promoters + c.detractors > c.n) {
    throw new RangeError(`promoters + detractors (${c.promoters + c.detractors}) cannot exceed n (${c.n})`);
  }
  if (c.n === 0) return null;
  const n1 = c.n + 3;
  const p1 = (c.promoters + 0.75) / n1;
  const q1 = (c.detractors + 0.75) / n1;
  const adjustedNps = p1 - q1;
  // p′ + q′ < 1 always, so the radicand is positive: SE′ > 0.
  const se = Math.sqrt((p1 + q1 - adjustedNps * adjustedNps) / n1);
  return {
    n: c.n,
    promoters: c.promoters,
    passives: c.n - c.promoters - c.detractors,
    detractors: c.detractors,
    nps: (100 * (c.promoters - c.detractors)) / c.n,
    interval: clipInterval(
      { low: 100 * (adjustedNps - Z95 * se), high: 100 * (adjustedNps + Z95 * se) },
      -100,
      100,
    ),
    adjusted: { nps: adjustedNps, se },
  };
}

/**
 * Whether two NPS values differ (PRODUCT.md): z = |NPS′₁ − NPS′₂| / √(SE′₁² + SE′₂²), significant
 * when z > 1.96. z is never negative; compare the nps fields for the direction.
 */
export function npsDifference(a: NpsStat, b: NpsStat): { z: number; significant: boolean } {
  const z = Math.abs(a.adjusted.nps - b.adjusted.nps) / Math.sqrt(a.adjusted.se ** 2 + b.adjusted.se ** 2);
  return { z, significant: z > Z95 };
}

/** Counts 0–10 answers: promoters 9–10, detractors 0–6. Anything not an integer 0–10 is not a valid answer and is skipped. */
export function npsCountsOfScores(scores: readonly number[]): NpsCounts {
  let n = 0;
  let promoters = 0;
  let detractors = 0;
  for (const s of scores) {
    if (!Number.isInteger(s) || s < 0 || s > 10) continue;
    n++;
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  return { n, promoters, detractors };
}

/** npsStat of raw 0–10 scores (invalid answers skipped); null when no valid answer. */
export function npsOfScores(scores: readonly number[]): NpsStat | null {
  return npsStat(npsCountsOfScores(scores));
}
