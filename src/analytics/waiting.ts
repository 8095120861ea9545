import { z } from 'zod';
import { type DesignedOrder, designedOrder } from '../domain/journey-flow/designed-order.js';
import {
  DEFAULT_WAITING_RULE,
  isWaitingPhase,
  type WaitingRule,
} from '../domain/journey-flow/waiting-rule.js';
import type { AnalysisInput } from './analysis-input.js';
import { SqlBuilder, type SqlEngine, type SqlParams } from './engine.js';
import { whereClause } from './filters.js';
import { customerQuery, hoursBetween, mapTableSql, visitsSql } from './paths-visits.js';

/**
 * Waiting phases (issue #4, item 3): long gaps between touchpoints where the customer waits
 * and nobody asks them anything, the stages companies forget (the days between paying and
 * getting the goods).
 *
 * Which gaps: every pair of consecutive touchpoints in the designed order (stage position,
 * then touchpoint position, across stage boundaries) and the `topTransitions` most common
 * observed transitions A → B (B the next touchpoint after A in a customer's events, repeats
 * collapsed; counted by customers; ties in the designed order of A, then B).
 *
 * A gap A → B is measured from *events* only (an answer given days later is not the moment
 * the customer was there): for each event of a customer at B, from the first event at A
 * since that customer's previous event at B, if any. Customer survey responses are what
 * "measured" means: a gap is measured when the customer answered a survey at a touchpoint
 * other than A and B strictly inside it. Rows without a customer id are left out.
 *
 * Per gap: customers, gaps, the share of customers with an event at A who went on to B,
 * the share of gaps measured, median and p75 hours (hidden below the privacy minimum of
 * customers). The rule that flags a waiting phase is in domain/journey-flow/waiting-rule.ts:
 * median ≥ minHours (24), go-on share ≥ 0.8, measured share ≤ 0.1, customers ≥ the
 * privacy minimum.
 */

export const WaitingOptions = z.object({
  minHours: z
    .number()
    .min(0)
    .max(24 * 365)
    .default(DEFAULT_WAITING_RULE.minHours),
  minGoOnShare: z.number().min(0).max(1).default(DEFAULT_WAITING_RULE.minGoOnShare),
  maxMeasuredShare: z.number().min(0).max(1).default(DEFAULT_WAITING_RULE.maxMeasuredShare),
  topTransitions: z.number().int().min(0).max(200).default(20),
});
export type WaitingOptions = z.input<typeof WaitingOptions>;

const share = z.number().nullable();

export const WaitingGap = z.object({
  fromTouchpointId: z.string(),
  toTouchpointId: z.string(),
  /** Consecutive on the map. */
  designed: z.boolean(),
  /** Rank among the most common observed transitions (1 = most common), or null. */
  observedRank: z.number().int().nullable(),
  /** Customers with an event at A in the period. */
  customersAtFrom: z.number().int(),
  /** Customers who went from A to B at least once. */
  customers: z.number().int(),
  gaps: z.number().int(),
  goOnShare: share,
  measuredShare: share,
  medianHours: z.number().nullable(),
  p75Hours: z.number().nullable(),
  waitingPhase: z.boolean(),
});
export type WaitingGap = z.infer<typeof WaitingGap>;

export const WaitingResult = z.object({
  rule: z.object({
    minHours: z.number(),
    minGoOnShare: z.number(),
    maxMeasuredShare: z.number(),
    minCustomers: z.number().int(),
  }),
  /** Designed pairs in map order, then the observed-only transitions by rank. */
  gaps: z.array(WaitingGap),
});
export type WaitingResult = z.infer<typeof WaitingResult>;

export async function waitingPhases(
  engine: SqlEngine,
  input: AnalysisInput,
  options: WaitingOptions = {},
): Promise<WaitingResult> {
  const o = WaitingOptions.parse(options);
  const rule: WaitingRule = {
    minHours: o.minHours,
    minGoOnShare: o.minGoOnShare,
    maxMeasuredShare: o.maxMeasuredShare,
    minCustomers: Math.max(1, input.privacyMinimum),
  };
  const order = designedOrder(input.map);
  if (order.touchpoints.length === 0) return { rule, gaps: [] };
  const rows = await engine.select(...waitingSql(input, order, o.topTransitions));
  const id = (i: unknown) => order.touchpoints[Number(i)]?.id as string;
  const gaps = rows.map((r): WaitingGap => {
    const customers = Number(r.customers ?? 0);
    const atFrom = Number(r.at_from ?? 0);
    const gapCount = Number(r.gaps ?? 0);
    const q = (r.q ?? null) as (number | null)[] | null;
    const shown = customers >= rule.minCustomers;
    const gap = {
      fromTouchpointId: id(r.a),
      toTouchpointId: id(r.b),
      designed: r.d_pos !== null,
      observedRank: r.rank === null ? null : Number(r.rank),
      customersAtFrom: atFrom,
      customers,
      gaps: gapCount,
      goOnShare: atFrom > 0 ? customers / atFrom : null,
      measuredShare: gapCount > 0 ? Number(r.measured) / gapCount : null,
      medianHours: shown ? (q?.[0] ?? null) : null,
      p75Hours: shown ? (q?.[1] ?? null) : null,
      waitingPhase: false,
    };
    return { ...gap, waitingPhase: isWaitingPhase(gap, rule) };
  });
  return { rule, gaps };
}

/**
 * Touchpoints travel as their index in the designed order (integers sort and join faster than
 * ids); designed pairs are (j, j + 1). Each gap starts at the first event at A after the
 * customer's previous event at B: an ASOF join finds it (at 1 M events this took a third of
 * the time of the plain join and its min()). Both sides are the customer's steps (runs of
 * events at one touchpoint collapsed to their first event), half as many rows as events and
 * the same gaps: a repeated B has no A before it since the previous B, and the first A
 * since a B always starts a run.
 */
export function waitingSql(
  input: AnalysisInput,
  order: DesignedOrder,
  topTransitions: number,
): [string, SqlParams] {
  const b = new SqlBuilder();
  const q = customerQuery(input.query);
  const visits = visitsSql(b, input, order, { responses: false });
  const responses = whereClause(b, q, 'responses', input.map.personas, { ignorePlace: true, alias: 'x.' });
  const sql = `WITH v AS MATERIALIZED (SELECT c, ts, i FROM (${visits})),
    r AS (SELECT x.customer_id AS c, x.ts, m.i FROM responses AS x LEFT JOIN ${mapTableSql(b, order)} ON m.tp = x.touchpoint_id
      WHERE ${responses} AND x.customer_id IS NOT NULL AND x.touchpoint_id IS NOT NULL),
    seq AS MATERIALIZED (SELECT c, ts, i, lag(i) OVER (PARTITION BY c ORDER BY ts, i) AS prev FROM v),
    s AS MATERIALIZED (SELECT c, ts, i FROM seq WHERE prev IS NULL OR prev <> i),
    obs AS (SELECT prev AS a, i AS b, row_number() OVER (ORDER BY count(DISTINCT c) DESC, prev, i) AS rank
      FROM seq WHERE prev IS NOT NULL AND prev <> i GROUP BY prev, i
      QUALIFY rank <= CAST(${b.param(topTransitions)} AS INTEGER)),
    d AS (SELECT CAST(range AS INTEGER) AS a, CAST(range + 1 AS INTEGER) AS b, CAST(range AS INTEGER) AS pos
      FROM range(CAST(${b.param(order.touchpoints.length - 1)} AS BIGINT))),
    pairs AS MATERIALIZED (SELECT coalesce(d.a, obs.a) AS a, coalesce(d.b, obs.b) AS b, d.pos AS d_pos, obs.rank
      FROM d FULL OUTER JOIN obs ON d.a = obs.a AND d.b = obs.b),
    bv AS (SELECT c, i, ts, coalesce(lag(ts) OVER (PARTITION BY c, i ORDER BY ts), '-infinity'::TIMESTAMP) AS prev_ts FROM s),
    x AS (SELECT p.a, p.b, bv.c, bv.ts AS tb, bv.prev_ts FROM pairs AS p JOIN bv ON bv.i = p.b),
    inst AS (SELECT x.a, x.b, x.c, va.ts AS ta, x.tb FROM x ASOF JOIN s AS va
      ON va.c = x.c AND va.i = x.a AND x.prev_ts < va.ts WHERE va.ts < x.tb),
    m AS (SELECT inst.*, EXISTS (SELECT 1 FROM r WHERE r.c = inst.c AND r.ts > inst.ta AND r.ts < inst.tb
      AND r.i IS DISTINCT FROM inst.a AND r.i IS DISTINCT FROM inst.b) AS measured FROM inst),
    g AS (SELECT a, b, count(DISTINCT c) AS customers, count(*) AS gaps, count(*) FILTER (WHERE measured) AS measured,
      quantile_cont(${hoursBetween('ta', 'tb')}, [0.5, 0.75]) AS q FROM m GROUP BY a, b),
    at_from AS (SELECT i, count(DISTINCT c) AS n FROM s GROUP BY i)
    SELECT p.a, p.b, p.d_pos, p.rank, coalesce(at_from.n, 0) AS at_from, g.customers, g.gaps, g.measured, g.q
    FROM pairs AS p LEFT JOIN g ON g.a = p.a AND g.b = p.b LEFT JOIN at_from ON at_from.i = p.a
    ORDER BY p.d_pos NULLS LAST, p.rank`;
  return [sql, b.params];
}
