import { SqlBuilder } from './engine.js';
import { type FilterOptions, type PersonaRef, whereClause } from './filters.js';
import type { Period, Query } from './query.js';

/**
 * The sums every score is computed from, per group, in one scan of `responses`: NPS counts,
 * CSAT and CES sums (with squares, for mean intervals), the four experience dimensions and
 * the expectation gap, read from the answers JSON (`{cognitive, emotional, social, sensory}`
 * and `{expected, experienced}` objects, each 1–5; the first such question of a response counts).
 */
export const RESPONSE_SUMS = `
  count(*) AS responses,
  count(nps) AS nps_n,
  count(*) FILTER (WHERE nps >= 9) AS promoters,
  count(*) FILTER (WHERE nps <= 6) AS detractors,
  count(csat) AS csat_n,
  count(*) FILTER (WHERE csat >= 4) AS csat_top2,
  coalesce(sum(csat), 0) AS csat_sum,
  coalesce(sum(csat * csat), 0) AS csat_sq,
  count(ces) AS ces_n,
  count(*) FILTER (WHERE ces >= 5) AS ces_easy,
  coalesce(sum(ces), 0) AS ces_sum,
  coalesce(sum(ces * ces), 0) AS ces_sq,
  ${['cognitive', 'emotional', 'social', 'sensory', 'gap']
    .map(
      (d) =>
        `count(${d}) AS ${d}_n, coalesce(sum(${d}), 0) AS ${d}_sum, coalesce(sum(${d} * ${d}), 0) AS ${d}_sq`,
    )
    .join(',\n  ')}`;

/** The responses matching `where`, with the experience dimensions and the gap as columns. */
export function responsesWithDimensions(where: string): string {
  // Answers are kept as sent: only values on the 1–5 scale are answers (a stray 1e200 would
  // otherwise count, and its square overflow the sums).
  const raw = (d: string) => `TRY_CAST(json_extract(answers, '$.*.${d}')[1] AS DOUBLE)`;
  const dim = (d: string) => `CASE WHEN ${raw(d)} BETWEEN 1 AND 5 THEN ${raw(d)} END`;
  return `SELECT *, ${['cognitive', 'emotional', 'social', 'sensory'].map((d) => `${dim(d)} AS ${d}`).join(', ')},
      ${dim('experienced')} - ${dim('expected')} AS gap
    FROM responses WHERE ${where}`;
}

export interface CompiledSql {
  sql: string;
  params: SqlBuilder['params'];
}

/**
 * Transactional responses (touchpoint and journey level) of the journey, summed per
 * touchpoint, per stage and for the whole journey, kept apart by level.
 */
export function transactionalSums(q: Query, personas: readonly PersonaRef[], period: Period): CompiledSql {
  const b = new SqlBuilder();
  const where = `${whereClause(b, q, 'responses', personas, { period })} AND level <> 'relationship'`;
  const sql = `WITH r AS (${responsesWithDimensions(where)})
    SELECT level, stage_id, touchpoint_id,
      CASE WHEN GROUPING(touchpoint_id) = 0 THEN 'touchpoint' WHEN GROUPING(stage_id) = 0 THEN 'stage' ELSE 'journey' END AS scope,
      ${RESPONSE_SUMS}
    FROM r
    GROUP BY GROUPING SETS ((level, stage_id, touchpoint_id), (level, stage_id), (level))`;
  return { sql, params: b.params };
}

/**
 * Relationship (relational) responses: about the company, not a touchpoint. They belong to
 * the journey when they name it, and to every journey of the workspace when they name none.
 */
export function relationalSums(q: Query, personas: readonly PersonaRef[], period: Period): CompiledSql {
  const b = new SqlBuilder();
  const opts: FilterOptions = { period, ignoreJourney: true, ignorePlace: true };
  const where = `${whereClause(b, q, 'responses', personas, opts)} AND level = 'relationship'
    AND (journey_id = ${b.param(q.journeyId)} OR journey_id IS NULL)`;
  return {
    sql: `WITH r AS (${responsesWithDimensions(where)}) SELECT ${RESPONSE_SUMS} FROM r`,
    params: b.params,
  };
}

/**
 * Behaviour per touchpoint, stage and journey: events, distinct customers, revenue, and
 * conversion: the share of the customers seen at the place who later (at or after their
 * first event there, within the period) placed an order, i.e. sent an event with a
 * positive value anywhere on the journey.
 */
export function behaviourSums(q: Query, personas: readonly PersonaRef[], period: Period): CompiledSql {
  const b = new SqlBuilder();
  const where = whereClause(b, q, 'events', personas, { period });
  const orderWhere = whereClause(b, q, 'events', personas, { period, ignorePlace: true });
  const sql = `WITH e AS (SELECT stage_id, touchpoint_id, customer_id, ts, value FROM events WHERE ${where}),
    orders AS (
      SELECT customer_id, max(ts) AS last_order FROM events
      WHERE ${orderWhere} AND value > 0 AND customer_id IS NOT NULL GROUP BY customer_id
    ),
    firsts AS (
      SELECT stage_id, touchpoint_id, customer_id, min(ts) AS first_ts,
        CASE WHEN GROUPING(touchpoint_id) = 0 THEN 'touchpoint' WHEN GROUPING(stage_id) = 0 THEN 'stage' ELSE 'journey' END AS scope
      FROM e
      WHERE customer_id IS NOT NULL GROUP BY GROUPING SETS ((stage_id, touchpoint_id, customer_id), (stage_id, customer_id), (customer_id))
    ),
    conv AS (
      SELECT f.scope, f.stage_id, f.touchpoint_id, count(*) AS customers, count(*) FILTER (WHERE o.last_order >= f.first_ts) AS converted
      FROM firsts f LEFT JOIN orders o USING (customer_id)
      GROUP BY ALL
    ),
    vol AS (
      SELECT stage_id, touchpoint_id,
        CASE WHEN GROUPING(touchpoint_id) = 0 THEN 'touchpoint' WHEN GROUPING(stage_id) = 0 THEN 'stage' ELSE 'journey' END AS scope,
        count(*) AS events, coalesce(sum(value), 0) AS revenue
      FROM e GROUP BY GROUPING SETS ((stage_id, touchpoint_id), (stage_id), ())
    )
    SELECT vol.scope, vol.stage_id, vol.touchpoint_id, vol.events, vol.revenue,
      coalesce(conv.customers, 0) AS customers, coalesce(conv.converted, 0) AS converted
    FROM vol LEFT JOIN conv ON vol.scope = conv.scope
      AND vol.stage_id IS NOT DISTINCT FROM conv.stage_id AND vol.touchpoint_id IS NOT DISTINCT FROM conv.touchpoint_id`;
  return { sql, params: b.params };
}
