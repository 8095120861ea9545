import { z } from 'zod';
import { designedOrder } from '../domain/journey-flow/designed-order.js';
import { funnelSteps } from '../domain/journey-flow/funnel-steps.js';
import type { AnalysisInput } from './analysis-input.js';
import { SqlBuilder, type SqlEngine, type SqlParams } from './engine.js';
import { utcTimestamp } from './filters.js';
import { hoursBetween, visitsSql } from './paths-visits.js';

/**
 * The funnel between the journey's stages (issue #4, item 3; PRODUCT.md "Funnel").
 *
 * A customer (customer_id; rows without one are left out) enters the funnel at their first
 * visit to the first stage inside the period. They reach stage k at their first visit to it
 * after the time they reached stage k − 1, within `windowDays` of entering (inclusive); later
 * stages may be reached after the period ends, so a period's funnel is a cohort that does not
 * shrink at its end. A visit is an event or a customer survey response at one of the
 * stage's touchpoints (see paths-visits.ts), with the stage as the map shows it now.
 *
 * N(k) = customers reaching stage k; step conversion N(k)/N(k−1); overall N(last)/N(first);
 * drop-off N(k−1) − N(k). Time between stages: from reaching k − 1 to reaching k, in hours,
 * over the customers who moved on: median, p75, p95 (DuckDB quantile_cont, linear
 * interpolation). Times from fewer customers than the privacy minimum are not shown.
 *
 * SQL shape: one CTE per stage, each joining the previous stage's customers to their visits
 * (the chained self-join form), the visits materialized once. On 1 M events (the demo data
 * × 36, six stages, 2 cores shared with other work) it took 170–380 ms against 660–1,540 ms
 * for the same funnel as layered window functions (min(ts) FILTER … OVER (PARTITION BY
 * customer), one layer per stage): 4–6× faster, the same answer. Materializing the visits
 * made no clear difference there (it did in a quieter run: 251 against 429 ms).
 */

export const FunnelOptions = z.object({
  windowDays: z.number().int().min(1).max(365).default(30),
});
export type FunnelOptions = z.input<typeof FunnelOptions>;

const hours = z.number().nullable();

export const FunnelStage = z.object({
  stageId: z.string(),
  name: z.string(),
  /** N(k): customers who reached this stage in order within the window. */
  customers: z.number().int(),
  /** N(k)/N(k−1), 0…1; null for the first stage and after an empty one. */
  stepConversion: z.number().nullable(),
  /** N(k−1) − N(k); null for the first stage. */
  dropOff: z.number().int().nullable(),
  /** Hours from reaching the previous stage to reaching this one; null for the first stage. */
  hoursFromPrevious: z
    .object({ customers: z.number().int(), median: hours, p75: hours, p95: hours })
    .nullable(),
});
export type FunnelStage = z.infer<typeof FunnelStage>;

export const FunnelResult = z.object({
  windowDays: z.number().int(),
  /** N(last)/N(first), 0…1; null when nobody entered. */
  overallConversion: z.number().nullable(),
  stages: z.array(FunnelStage),
});
export type FunnelResult = z.infer<typeof FunnelResult>;

export async function funnel(
  engine: SqlEngine,
  input: AnalysisInput,
  options: FunnelOptions = {},
): Promise<FunnelResult> {
  const { windowDays } = FunnelOptions.parse(options);
  const order = designedOrder(input.map);
  const rows = order.touchpoints.length === 0 ? [] : await engine.select(...funnelSql(input, windowDays));
  const byStage = new Map(rows.map((r) => [Number(r.k), r]));
  const counts = order.stages.map((_, k) => Number(byStage.get(k)?.n ?? 0));
  const { steps, overall } = funnelSteps(counts);
  return {
    windowDays,
    overallConversion: overall,
    stages: order.stages.map((s, k) => {
      const step = steps[k] as (typeof steps)[number];
      const q = (byStage.get(k)?.q ?? null) as (number | null)[] | null;
      const shown = step.customers >= Math.max(1, input.privacyMinimum);
      return {
        stageId: s.id,
        name: s.name,
        ...step,
        hoursFromPrevious:
          k === 0
            ? null
            : {
                customers: step.customers,
                median: shown ? (q?.[0] ?? null) : null,
                p75: shown ? (q?.[1] ?? null) : null,
                p95: shown ? (q?.[2] ?? null) : null,
              },
      };
    }),
  };
}

/** The chained-CTE funnel: rows (k, n, q = [median, p75, p95] hours from stage k − 1). */
export function funnelSql(input: AnalysisInput, windowDays: number): [string, SqlParams] {
  const b = new SqlBuilder();
  const order = designedOrder(input.map);
  const { from, to } = input.query.period;
  const until = new Date(Date.parse(to) + windowDays * 86_400_000).toISOString();
  const visits = visitsSql(b, input, order, { period: { from, to: until } });
  const end = utcTimestamp(b, to);
  const window = `to_days(CAST(${b.param(windowDays)} AS INTEGER))`;
  const ctes = [
    `v AS MATERIALIZED (${visits})`,
    `s0 AS (SELECT c, min(ts) AS t, min(ts) AS t0, NULL::TIMESTAMP AS prev FROM v WHERE k = 0 AND ts < ${end} GROUP BY c)`,
  ];
  const selects = [`SELECT CAST(${b.param(0)} AS INTEGER) AS k, count(*) AS n, NULL AS q FROM s0`];
  for (let k = 1; k < order.stages.length; k++) {
    const kp = b.param(k);
    ctes.push(
      `s${k} AS (SELECT s.c, min(v.ts) AS t, s.t0, s.t AS prev FROM s${k - 1} AS s JOIN v ON v.c = s.c
        AND v.k = CAST(${kp} AS INTEGER) AND v.ts > s.t AND v.ts <= s.t0 + ${window} GROUP BY s.c, s.t0, s.t)`,
    );
    selects.push(
      `SELECT CAST(${kp} AS INTEGER) AS k, count(*) AS n, quantile_cont(${hoursBetween('prev', 't')}, [0.5, 0.75, 0.95]) AS q FROM s${k}`,
    );
  }
  return [`WITH ${ctes.join(',\n')}\n${selects.join('\nUNION ALL ')}`, b.params];
}
