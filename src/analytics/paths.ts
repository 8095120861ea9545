import { z } from 'zod';
import { type DesignedOrder, designedOrder } from '../domain/journey-flow/designed-order.js';
import { sankey } from '../domain/journey-flow/sankey.js';
import type { AnalysisInput } from './analysis-input.js';
import { SqlBuilder, type SqlEngine } from './engine.js';
import { pathDifferences } from './paths-differences.js';
import { PathDifferences } from './paths-schema.js';
import { visitsSql } from './paths-visits.js';

/**
 * The journey customers really take against the designed one (issue #4, item 4).
 *
 * A customer's path is their visits in the period in time order (events and customer survey
 * responses at touchpoints on the map, see paths-visits.ts; rows without a customer id are
 * left out), with consecutive visits to the same touchpoint collapsed into one step (ties in
 * time are ordered by touchpoint id). `paths` are the `topN` most common paths cut to their
 * first `maxSteps` steps, with how many customers took each (ties: by the path's ids);
 * `sankey` draws those paths. The differences (paths-differences.ts) use whole paths.
 */

export const PathsOptions = z.object({
  topN: z.number().int().min(1).max(100).default(10),
  maxSteps: z.number().int().min(2).max(20).default(6),
});
export type PathsOptions = z.input<typeof PathsOptions>;

export const PathsResult = z.object({
  topN: z.number().int(),
  maxSteps: z.number().int(),
  /** Customers with at least one visit in the period (the base of every path count). */
  customers: z.number().int(),
  paths: z.array(z.object({ touchpointIds: z.array(z.string()), customers: z.number().int() })),
  sankey: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        step: z.number().int(),
        touchpointId: z.string(),
        customers: z.number().int(),
      }),
    ),
    links: z.array(z.object({ source: z.string(), target: z.string(), customers: z.number().int() })),
  }),
  differences: PathDifferences,
});
export type PathsResult = z.infer<typeof PathsResult>;

export async function paths(
  engine: SqlEngine,
  input: AnalysisInput,
  options: PathsOptions = {},
): Promise<PathsResult> {
  const { topN, maxSteps } = PathsOptions.parse(options);
  const order = designedOrder(input.map);
  const top = order.touchpoints.length === 0 ? [] : await topPaths(engine, input, order, topN, maxSteps);
  const found = top.map((r) => ({ touchpointIds: r.path, customers: r.customers }));
  return {
    topN,
    maxSteps,
    customers: top[0]?.total ?? 0,
    paths: found,
    sankey: sankey(found),
    differences: await pathDifferences(engine, input, order),
  };
}

/** The collapsed steps of every customer's path: c, ts, tp, k, prev, prev_k. */
export function stepsSql(b: SqlBuilder, input: AnalysisInput, order: DesignedOrder): string {
  return `WITH v AS (${visitsSql(b, input, order)}),
    o AS (SELECT c, ts, tp, k, lag(tp) OVER w AS prev, lag(k) OVER w AS prev_k FROM v
      WINDOW w AS (PARTITION BY c ORDER BY ts, tp))
    SELECT * FROM o WHERE prev IS NULL OR prev <> tp`;
}

async function topPaths(
  engine: SqlEngine,
  input: AnalysisInput,
  order: DesignedOrder,
  topN: number,
  maxSteps: number,
): Promise<{ path: string[]; customers: number; total: number }[]> {
  const b = new SqlBuilder();
  const sql = `WITH steps AS (${stepsSql(b, input, order)}),
    seqs AS (SELECT c, list_slice(list(tp ORDER BY ts, tp), 1, CAST(${b.param(maxSteps)} AS INTEGER)) AS path
      FROM steps GROUP BY c)
    SELECT path, count(*) AS customers, sum(count(*)) OVER () AS total FROM seqs
    GROUP BY path ORDER BY customers DESC, path LIMIT CAST(${b.param(topN)} AS INTEGER)`;
  const rows = await engine.select(sql, b.params);
  return rows.map((r) => ({
    path: r.path as string[],
    customers: Number(r.customers),
    total: Number(r.total),
  }));
}
