import { z } from 'zod';
import { designedOrder } from '../domain/journey-flow/designed-order.js';
import { sankey } from '../domain/journey-flow/sankey.js';
import type { AnalysisInput } from './analysis-input.js';
import type { SqlEngine } from './engine.js';
import { pathDifferences } from './paths-differences.js';
import { PathDifferences } from './paths-schema.js';
import { pathSteps } from './paths-steps.js';

/**
 * The journey customers really take against the designed one (issue #4, item 4).
 *
 * A customer's path is their visits in the period in time order (events and customer survey
 * responses at touchpoints on the map, see paths-visits.ts; rows without a customer id are
 * left out), with consecutive visits to the same touchpoint collapsed into one step (ties in
 * time are ordered by the designed order). `paths` are the `topN` most common paths cut to their
 * first `maxSteps` steps, with how many customers took each (ties: step by step in the designed order);
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
  const steps = await pathSteps(engine, input, order, topN, maxSteps);
  return {
    topN,
    maxSteps,
    customers: steps.customers,
    paths: steps.top,
    sankey: sankey(steps.top),
    differences: await pathDifferences(engine, input, order, steps.moves),
  };
}
