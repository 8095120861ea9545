import { assertPart } from './checks.js';
import { type Interval, scaleInterval } from './interval.js';
import { type MeanStat, type MeanSums, meanStat } from './mean.js';
import { wilson } from './proportion.js';

/** CSAT sums on 1–5; top2 = answers 4–5. */
export interface CsatSums extends MeanSums {
  top2: number;
}

export interface CsatStat {
  n: number;
  /** Top-2-box: 100·top2/n. */
  csat: number;
  /** Wilson 95 % interval of top2/n, ×100. */
  interval: Interval | null;
  /** Mean of the 1–5 answers, shown beside. */
  mean: MeanStat;
}

/** CSAT per PRODUCT.md: top-2-box % with a Wilson interval, the mean beside it. Null when n = 0. */
export function csatStat(s: CsatSums): CsatStat | null {
  const mean = meanStat(s);
  assertPart('top2', s.top2, s.n);
  if (mean === null) return null;
  const interval = wilson(s.top2, s.n);
  return {
    n: s.n,
    csat: (100 * s.top2) / s.n,
    interval: interval && scaleInterval(interval, 100),
    mean,
  };
}

/** CES sums on 1–7; easy = answers 5–7. */
export interface CesSums extends MeanSums {
  easy: number;
}

export interface CesStat {
  n: number;
  /** Mean of the 1–7 answers with its t-interval. */
  mean: MeanStat;
  /** % easy: 100·easy/n. */
  easyPct: number;
  /** Wilson 95 % interval of easy/n, ×100. */
  easyInterval: Interval | null;
}

/** CES per PRODUCT.md: the mean and % easy (answers 5–7), both with intervals. Null when n = 0. */
export function cesStat(s: CesSums): CesStat | null {
  const mean = meanStat(s);
  assertPart('easy', s.easy, s.n);
  if (mean === null) return null;
  const interval = wilson(s.easy, s.n);
  return {
    n: s.n,
    mean,
    easyPct: (100 * s.easy) / s.n,
    easyInterval: interval && scaleInterval(interval, 100),
  };
}
