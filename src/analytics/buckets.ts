import type { Granularity, Period } from './query.js';

/**
 * The starts of the buckets covering a period, in UTC, as DuckDB's `date_trunc` makes them:
 * days, ISO weeks (Monday) and calendar months. Every bucket is listed, empty ones too, so
 * a trend never hides a gap.
 */
export function bucketStarts(period: Period, g: Granularity): string[] {
  const end = Date.parse(period.to);
  const out: string[] = [];
  let t = truncate(new Date(period.from), g);
  while (t.getTime() < end) {
    out.push(t.toISOString());
    t = next(t, g);
  }
  return out;
}

/** The most buckets a trend may have (10 years by week is 522; 2.7 years by day is 1,000). */
export const MAX_BUCKETS = 1000;

/** How many buckets bucketStarts lists, computed without listing them (periods may span millennia). */
export function bucketCount(period: Period, g: Granularity): number {
  const start = truncate(new Date(period.from), g);
  const end = Date.parse(period.to);
  if (end <= start.getTime()) return 0;
  if (g === 'month') {
    const to = new Date(end);
    const months =
      (to.getUTCFullYear() - start.getUTCFullYear()) * 12 + to.getUTCMonth() - start.getUTCMonth();
    return months + (end > Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), 1) ? 1 : 0);
  }
  const size = (g === 'day' ? 1 : 7) * 86_400_000;
  return Math.ceil((end - start.getTime()) / size);
}

export function truncate(d: Date, g: Granularity): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  if (g === 'day') return day;
  if (g === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000);
}

function next(d: Date, g: Granularity): Date {
  if (g === 'day') return new Date(d.getTime() + 86_400_000);
  if (g === 'week') return new Date(d.getTime() + 7 * 86_400_000);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}
