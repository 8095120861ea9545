/** A two-sided confidence interval, in the same unit as the value it surrounds. */
export interface Interval {
  low: number;
  high: number;
}

/** Multiplies both ends, e.g. a Wilson interval on 0…1 shown as percent (factor 100). */
export function scaleInterval(interval: Interval, factor: number): Interval {
  return { low: interval.low * factor, high: interval.high * factor };
}

/** Keeps both ends inside [min, max]. */
export function clipInterval(interval: Interval, min: number, max: number): Interval {
  return {
    low: Math.min(max, Math.max(min, interval.low)),
    high: Math.min(max, Math.max(min, interval.high)),
  };
}
