import { z } from 'zod';
import type { JourneyMap } from '../domain/journey/journey.schema.js';
import type { Failure } from '../domain/result.js';
import { bucketCount, MAX_BUCKETS } from './buckets.js';
import { DriverOutcome } from './drivers.js';
import { Filters, Granularity, Period, type Query } from './query.js';
import { SplitBy, TrendMetric } from './trends.js';

/**
 * What a client sends to ask for an analysis: the query without its workspace and journey
 * (those come from the URL), with defaults a dashboard wants, plus each analysis' options.
 */
export const AnalysisRequest = z
  .object({
    /** Default: the 90 days up to now. */
    period: Period.optional(),
    /** 'previous': the period of the same length just before; or an explicit period. */
    compareTo: z.union([z.literal('previous'), Period]).optional(),
    filters: Filters.default({}),
    granularity: Granularity.default('week'),
    metric: TrendMetric.optional(),
    splitBy: SplitBy.optional(),
    outcome: DriverOutcome.optional(),
    touchpointId: z.string().min(1).max(64).optional(),
    windowDays: z.number().int().min(1).max(365).optional(),
    topN: z.number().int().min(1).max(50).optional(),
    maxSteps: z.number().int().min(2).max(12).optional(),
    /** Waiting phases: the median gap (hours) from which a gap counts as waiting. */
    minHours: z
      .number()
      .min(0)
      .max(24 * 365)
      .optional(),
  })
  .strict();
export type AnalysisRequest = z.infer<typeof AnalysisRequest>;

export const DEFAULT_DAYS = 90;

/** The typed Query for a request: defaults filled in, `previous` resolved. */
export function toQuery(req: AnalysisRequest, workspaceId: string, journeyId: string, now: Date): Query {
  const period = req.period ?? {
    from: new Date(now.getTime() - DEFAULT_DAYS * 86_400_000).toISOString(),
    to: now.toISOString(),
  };
  let compareTo: Query['compareTo'];
  if (req.compareTo === 'previous') {
    const from = Date.parse(period.from);
    const to = Date.parse(period.to);
    compareTo = { from: new Date(from - (to - from)).toISOString(), to: new Date(from).toISOString() };
  } else compareTo = req.compareTo;
  const q: Query = { workspaceId, journeyId, period, filters: req.filters, granularity: req.granularity };
  if (compareTo) q.compareTo = compareTo;
  return q;
}

/**
 * Why a query cannot be shown as a trend: more than MAX_BUCKETS buckets (10 years by day would
 * be 3,652 points per series), which no chart can show and which would make the answer huge.
 */
export function trendProblem(q: Query): Failure | null {
  const n = bucketCount(q.period, q.granularity);
  if (n <= MAX_BUCKETS) return null;
  return {
    code: 'bad_request',
    field: 'granularity',
    message: `${q.granularity} over this period makes ${n} buckets, at most ${MAX_BUCKETS}: choose week or month, or a shorter period`,
  };
}

/**
 * The first id in the request that is not on this journey's map (a touchpoint, stage or persona
 * of another journey, or none at all), as a 400 naming it: an analysis filtered by it would
 * silently answer with nothing.
 */
export function unknownIdProblem(req: AnalysisRequest, map: JourneyMap): Failure | null {
  const lists: [string, readonly string[] | undefined, ReadonlySet<string>, string][] = [
    [
      'filters.touchpointIds',
      req.filters.touchpointIds,
      new Set(map.touchpoints.map((t) => t.id)),
      'touchpoint',
    ],
    ['filters.stageIds', req.filters.stageIds, new Set(map.stages.map((s) => s.id)), 'stage'],
    ['filters.personaIds', req.filters.personaIds, new Set(map.personas.map((p) => p.id)), 'persona'],
  ];
  if (req.touchpointId !== undefined)
    lists.push(['touchpointId', [req.touchpointId], new Set(map.touchpoints.map((t) => t.id)), 'touchpoint']);
  for (const [field, ids, known, what] of lists) {
    const i = (ids ?? []).findIndex((id) => !known.has(id));
    if (i < 0) continue;
    return {
      code: 'bad_request',
      field: field === 'touchpointId' ? field : `${field}.${i}`,
      message: `not a ${what} of this journey`,
    };
  }
  return null;
}
