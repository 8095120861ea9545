import type { VolumeBucket } from '../store/events/event-store.js';

/** Where rows come from, in the order the data page shows them. */
export const VOLUME_SOURCES = ['api', 'tracker', 'import', 'survey', 'demo'] as const;
export type VolumeSource = (typeof VOLUME_SOURCES)[number];

export type Bucket = 'hour' | 'day';

export interface VolumePoint {
  /** Start of the hour or day, ISO 8601 UTC. */
  at: string;
  /** Events and responses received in the bucket. */
  total: number;
  /** Events and responses per source (every source of the report, zeros included). */
  bySource: Record<string, number>;
}

export interface VolumeReport {
  bucket: Bucket;
  since: string;
  /** Sources with any rows in the period, in display order. */
  sources: string[];
  /** One point per bucket from `since` to now, empty buckets included. */
  series: VolumePoint[];
  totals: {
    events: number;
    responses: number;
    bySource: Record<string, { events: number; responses: number }>;
  };
}

const STEP: Record<Bucket, number> = { hour: 3_600_000, day: 86_400_000 };

/** Start of the first bucket of a period of `days` days ending at `now` (UTC). */
export function periodStart(now: Date, days: number, bucket: Bucket): Date {
  const step = STEP[bucket];
  const current = Math.floor(now.getTime() / step) * step;
  const count = bucket === 'day' ? days : days * 24;
  return new Date(current - (count - 1) * step);
}

function sourceOrder(a: string, b: string): number {
  const rank = (s: string) => {
    const i = (VOLUME_SOURCES as readonly string[]).indexOf(s);
    return i === -1 ? VOLUME_SOURCES.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Turns the store's sparse buckets into a dense series with totals per source. */
export function volumeReport(
  rows: readonly VolumeBucket[],
  since: Date,
  now: Date,
  bucket: Bucket,
): VolumeReport {
  const step = STEP[bucket];
  const sources = [...new Set(rows.map((r) => r.source))].sort(sourceOrder);
  const byTime = new Map<number, Record<string, number>>();
  const totals: VolumeReport['totals'] = { events: 0, responses: 0, bySource: {} };
  for (const s of sources) totals.bySource[s] = { events: 0, responses: 0 };
  for (const r of rows) {
    const at = Math.floor(Date.parse(r.bucket) / step) * step;
    const counts = byTime.get(at) ?? {};
    counts[r.source] = (counts[r.source] ?? 0) + r.events + r.responses;
    byTime.set(at, counts);
    totals.events += r.events;
    totals.responses += r.responses;
    const t = totals.bySource[r.source]!;
    t.events += r.events;
    t.responses += r.responses;
  }
  const series: VolumePoint[] = [];
  const last = Math.floor(now.getTime() / step) * step;
  for (let at = since.getTime(); at <= last; at += step) {
    const counts = byTime.get(at) ?? {};
    const bySource: Record<string, number> = {};
    let total = 0;
    for (const s of sources) {
      bySource[s] = counts[s] ?? 0;
      total += bySource[s];
    }
    series.push({ at: new Date(at).toISOString(), total, bySource });
  }
  return { bucket, since: since.toISOString(), sources, series, totals };
}
