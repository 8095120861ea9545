import { z } from 'zod';
import { correlations, minimumDriverCases, relativeWeights } from '../domain/metrics/relative-weights.js';
import type { AnalysisInput } from './analysis-input.js';
import { SqlBuilder, type SqlEngine } from './engine.js';
import { whereClause } from './filters.js';
import { sortedTouchpoints } from './scorecards.js';

export const DriverOutcome = z.enum(['nps', 'repurchase']);
export type DriverOutcome = z.infer<typeof DriverOutcome>;

export const DriversResultSchema = z.object({
  outcome: DriverOutcome,
  /** Customers with the outcome and a score at every driver touchpoint (complete cases). */
  n: z.number().int(),
  r2: z.number().nullable(),
  method: z.enum(['relative_weights', 'correlation', 'none']),
  drivers: z.array(
    z.object({
      touchpointId: z.string(),
      name: z.string(),
      /** Share of R² (relative weight / R²), signed by the regression coefficient; correlation r as a fallback. */
      importance: z.number(),
      sign: z.union([z.literal(1), z.literal(-1)]),
      /** Mean experience score of these customers at the touchpoint, 0–100. */
      performance: z.number(),
      /** Quadrant against the mean importance and mean performance. */
      quadrant: z.enum(['fix', 'keep', 'monitor', 'maintain']),
    }),
  ),
  /** Why the analysis refused, when data is too thin. */
  refusal: z.string().nullable(),
});
export type DriversResult = z.infer<typeof DriversResultSchema>;

const MAX_DRIVERS = 8;

/**
 * Key drivers: per customer, the experience score at each touchpoint (NPS, CSAT or CES of
 * the touchpoint's surveys, scaled to 0–1 and averaged) against the outcome, the customer's
 * latest relationship NPS (or repurchase: two or more orders, when asked for). Touchpoints
 * are taken in order of how many customers have both, as long as the complete cases stay
 * enough for the predictors (at least max(30, 10 per predictor)). Importance is Johnson's
 * relative weight as a share of R²; correlation is the fallback when the predictors are
 * collinear. n and R² are always returned; thin data gets a refusal with the reason.
 */
export async function drivers(
  engine: SqlEngine,
  input: AnalysisInput,
  opts: { outcome?: DriverOutcome } = {},
): Promise<DriversResult> {
  const { query: q, map } = input;
  const outcome = opts.outcome ?? 'nps';
  const b = new SqlBuilder();
  const scoreWhere = `${whereClause(b, q, 'responses', map.personas)} AND level = 'touchpoint' AND customer_id IS NOT NULL`;
  const outcomeSql =
    outcome === 'nps'
      ? `SELECT customer_id, arg_max(nps, ts)::DOUBLE AS outcome FROM responses
         WHERE ${whereClause(b, q, 'responses', map.personas, { ignoreJourney: true, ignorePlace: true })}
           AND level = 'relationship' AND (journey_id = ${b.param(q.journeyId)} OR journey_id IS NULL)
           AND nps IS NOT NULL AND customer_id IS NOT NULL GROUP BY customer_id`
      : `SELECT customer_id, CASE WHEN count(*) >= 2 THEN 1.0 ELSE 0.0 END AS outcome FROM events
         WHERE ${whereClause(b, q, 'events', map.personas, { ignorePlace: true })} AND value > 0 AND customer_id IS NOT NULL
         GROUP BY customer_id`;
  const sql = `WITH s AS (
      SELECT customer_id, touchpoint_id,
        avg(CASE WHEN nps IS NOT NULL THEN nps / 10 WHEN csat IS NOT NULL THEN (csat - 1) / 4
                 WHEN ces IS NOT NULL THEN (ces - 1) / 6 END) AS score
      FROM responses WHERE ${scoreWhere} GROUP BY ALL
    ), o AS (${outcomeSql})
    SELECT s.customer_id, s.touchpoint_id, s.score, o.outcome FROM s JOIN o USING (customer_id)
    WHERE s.score IS NOT NULL ORDER BY s.customer_id, s.touchpoint_id`;
  const rows = await engine.select(sql, b.params);
  return driversFromRows(
    rows.map((r) => ({
      customer: String(r.customer_id),
      touchpoint: String(r.touchpoint_id),
      score: Number(r.score),
      outcome: Number(r.outcome),
    })),
    input,
    outcome,
  );
}

export interface CustomerScore {
  customer: string;
  touchpoint: string;
  /** 0–1. */
  score: number;
  outcome: number;
}

/** The pure part of `drivers`: predictor choice, complete cases, weights, quadrants. */
export function driversFromRows(
  rows: readonly CustomerScore[],
  input: Pick<AnalysisInput, 'map' | 'privacyMinimum'>,
  outcome: DriverOutcome,
): DriversResult {
  // Performance is a mean of the complete cases' answers: never from fewer than the privacy minimum.
  const need = (k: number) => Math.max(minimumDriverCases(k), input.privacyMinimum);
  const byCustomer = new Map<string, { outcome: number; scores: Map<string, number> }>();
  for (const r of rows) {
    let c = byCustomer.get(r.customer);
    if (!c) {
      c = { outcome: r.outcome, scores: new Map() };
      byCustomer.set(r.customer, c);
    }
    c.scores.set(r.touchpoint, r.score);
  }
  const customers = [...byCustomer.values()];
  const order = sortedTouchpoints(input);
  const coverage = order
    .map((tp) => ({ tp, n: customers.filter((c) => c.scores.has(tp.id)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const chosen: typeof coverage = [];
  let cases = customers;
  for (const cand of coverage) {
    if (chosen.length >= MAX_DRIVERS) break;
    const next = cases.filter((c) => c.scores.has(cand.tp.id));
    if (next.length < need(chosen.length + 1)) continue;
    chosen.push(cand);
    cases = next;
  }
  const empty = (refusal: string, n: number): DriversResult => ({
    outcome,
    n,
    r2: null,
    method: 'none',
    drivers: [],
    refusal,
  });
  if (chosen.length === 0) {
    const best = coverage[0]?.n ?? 0;
    return empty(
      `Not enough data: key drivers need at least ${need(1)} customers who answered both a touchpoint survey and ${
        outcome === 'nps' ? 'the relationship NPS survey' : 'placed orders'
      }; the best-covered touchpoint has ${best}.`,
      best,
    );
  }
  const names = chosen.map((c) => c.tp.id);
  const data = {
    names,
    rows: cases.map((c) => names.map((id) => c.scores.get(id) as number)),
    outcome: cases.map((c) => c.outcome),
  };
  const perf = names.map(
    (id) => (100 * cases.reduce((s, c) => s + (c.scores.get(id) as number), 0)) / cases.length,
  );
  const rw = relativeWeights(data);
  let importance: { importance: number; sign: 1 | -1 }[];
  let r2: number | null = null;
  let method: DriversResult['method'] = 'relative_weights';
  if (rw.ok) {
    r2 = rw.r2;
    importance = rw.drivers.map((d) => ({ importance: d.share, sign: d.sign }));
  } else if (rw.reason === 'singular' || rw.reason === 'constant_predictor') {
    method = 'correlation';
    importance = correlations(data).map((c) => ({ importance: Math.abs(c.r), sign: c.r < 0 ? -1 : 1 }));
  } else {
    return empty(rw.message, rw.n);
  }
  const meanImp = importance.reduce((s, x) => s + x.importance, 0) / importance.length;
  const meanPerf = perf.reduce((s, x) => s + x, 0) / perf.length;
  return {
    outcome,
    n: cases.length,
    r2,
    method,
    drivers: chosen.map((c, i) => {
      const imp = importance[i] as { importance: number; sign: 1 | -1 };
      const p = perf[i] as number;
      const high = imp.importance >= meanImp;
      const good = p >= meanPerf;
      return {
        touchpointId: c.tp.id,
        name: c.tp.name,
        importance: imp.importance,
        sign: imp.sign,
        performance: p,
        quadrant: high ? (good ? 'keep' : 'fix') : good ? 'maintain' : 'monitor',
      };
    }),
    refusal: null,
  };
}
