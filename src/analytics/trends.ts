import { z } from 'zod';
import { markSignificantChanges } from '../domain/metrics/index.js';
import type { AnalysisInput } from './analysis-input.js';
import { bucketStarts } from './buckets.js';
import { SqlBuilder, type SqlEngine } from './engine.js';
import { whereClause } from './filters.js';
import { PropertyName } from './query.js';
import { changedSignificantly, type SumsRow, scoresOf } from './scorecard-cards.js';
import { CesCardSchema, CsatCardSchema, NpsCardSchema } from './scorecards.schema.js';
import { RESPONSE_SUMS, responsesWithDimensions } from './scorecards.sql.js';

/** What a trend is split by: one series per value (touchpoint, stage, channel, persona, audience or a property). */
export const SplitBy = z.union([
  z.enum(['none', 'touchpoint', 'stage', 'channel', 'persona', 'audience']),
  z.object({ property: PropertyName }).strict(),
]);
export type SplitBy = z.infer<typeof SplitBy>;

/**
 * At most this many series in a split by persona or property, whose values are whatever the rows
 * carry (a split by an order-id property would be thousands of series); the other splits are
 * bounded by the map or the vocabulary (the live map splits by touchpoint).
 */
export const MAX_SERIES = 100;

export const TrendMetric = z.enum(['nps', 'csat', 'ces']);
export type TrendMetric = z.infer<typeof TrendMetric>;

const Point = z.object({
  at: z.string(),
  responses: z.number().int(),
  events: z.number().int(),
  nps: NpsCardSchema.omit({ change: true }).nullable(),
  csat: CsatCardSchema.omit({ change: true }).nullable(),
  ces: CesCardSchema.omit({ change: true }).nullable(),
  /** Whether the chosen metric differs significantly from the previous bucket's. */
  significantChange: z.boolean(),
});

export const TrendResultSchema = z.object({
  granularity: z.enum(['day', 'week', 'month']),
  metric: TrendMetric,
  splitBy: SplitBy,
  buckets: z.array(z.string()),
  series: z.array(z.object({ key: z.string(), label: z.string(), points: z.array(Point) })),
  /** Persona and property splits: series left out beyond MAX_SERIES (those with the fewest responses and events). */
  omittedSeries: z.number().int().optional(),
});
export type TrendResult = z.infer<typeof TrendResultSchema>;

function splitExpr(b: SqlBuilder, split: SplitBy, table: 'events' | 'responses'): string {
  if (typeof split === 'object')
    return `coalesce(json_extract_string(properties, ${b.param(`$."${split.property}"`)}), '')`;
  switch (split) {
    case 'touchpoint':
      return `coalesce(touchpoint_id, '')`;
    case 'stage':
      return `coalesce(stage_id, '')`;
    case 'channel':
      return `coalesce(channel, '')`;
    case 'persona':
      return `coalesce(json_extract_string(properties, '$.persona'), '')`;
    case 'audience':
      return table === 'responses' ? 'audience' : `'customer'`;
    default:
      return `'all'`;
  }
}

/**
 * Every score by day, week or month, optionally split by a filter dimension, with each
 * bucket's change against the previous one flagged where the metric's test says so.
 * Transactional answers only (relationship surveys have their own trend via level filters).
 */
export async function trends(
  engine: SqlEngine,
  input: AnalysisInput,
  opts: { metric?: TrendMetric; splitBy?: SplitBy } = {},
): Promise<TrendResult> {
  const { query: q, map, privacyMinimum: min } = input;
  const metric = opts.metric ?? 'nps';
  const split = opts.splitBy ?? 'none';
  const g = q.granularity;
  const b = new SqlBuilder();
  const ignoreAudience = split === 'audience';
  const rWhere = `${whereClause(b, q, 'responses', map.personas, { ignoreAudience })} AND level <> 'relationship'`;
  const rKey = splitExpr(b, split, 'responses');
  const eWhere = whereClause(b, q, 'events', map.personas);
  const eKey = splitExpr(b, split, 'events');
  const sql = `WITH r AS (${responsesWithDimensions(rWhere)}),
    rs AS (SELECT date_trunc('${g}', ts) AS at, ${rKey} AS key, ${RESPONSE_SUMS} FROM r GROUP BY ALL),
    es AS (SELECT date_trunc('${g}', ts) AS at, ${eKey} AS key, count(*) AS events FROM events WHERE ${eWhere} GROUP BY ALL)
    SELECT coalesce(rs.at, es.at)::TIMESTAMP AS bucket, coalesce(rs.key, es.key) AS series_key, rs.*, coalesce(es.events, 0) AS events
    FROM rs FULL OUTER JOIN es ON rs.at = es.at AND rs.key = es.key`;
  const rows = await engine.select(sql, b.params);
  const buckets = bucketStarts(q.period, g);
  const bySeries = new Map<string, Map<string, SumsRow>>();
  for (const row of rows) {
    const key = String(row.series_key);
    const at = new Date(String(row.bucket)).toISOString();
    if (!bySeries.has(key)) bySeries.set(key, new Map());
    bySeries.get(key)?.set(at, row);
  }
  const volume = (points: Map<string, SumsRow>) => {
    let n = 0;
    for (const row of points.values()) n += Number(row.responses ?? 0) + Number(row.events ?? 0);
    return n;
  };
  const kept = [...bySeries.entries()]
    .map(([key, points]) => ({ key, points, volume: volume(points) }))
    .sort((a, b2) => b2.volume - a.volume || a.key.localeCompare(b2.key))
    .slice(0, split === 'persona' || typeof split === 'object' ? MAX_SERIES : undefined);
  const series = kept.map(({ key, points }) => {
    const shaped = buckets.map((at) => {
      const row = points.get(at);
      const s = scoresOf(row, undefined, min);
      return {
        at,
        responses: s.responses,
        events: Number(row?.events ?? 0),
        nps: strip(s.nps),
        csat: strip(s.csat),
        ces: strip(s.ces),
        row,
      };
    });
    const marked = markSignificantChanges(shaped, (prev, cur) =>
      changedSignificantly(metric, cur.row, prev.row, min),
    );
    return {
      key,
      label: labelOf(split, key, input),
      points: marked.map(({ row: _, ...p }) => p),
    };
  });
  series.sort((a, b2) => a.label.localeCompare(b2.label));
  return {
    granularity: g,
    metric,
    splitBy: split,
    buckets,
    series,
    omittedSeries: bySeries.size - kept.length,
  };
}

/** A card without its change: trend points are compared with each other, not a compare-to period. */
function strip<T extends { change: unknown }>(c: T | null): Omit<T, 'change'> | null {
  if (!c) return null;
  const { change: _, ...rest } = c;
  return rest;
}

function labelOf(split: SplitBy, key: string, input: AnalysisInput): string {
  if (key === '') return '—';
  if (split === 'touchpoint') return input.map.touchpoints.find((t) => t.id === key)?.name ?? key;
  if (split === 'stage') return input.map.stages.find((s) => s.id === key)?.name ?? key;
  if (split === 'persona') return input.map.personas.find((p) => p.id === key || p.name === key)?.name ?? key;
  return key;
}
