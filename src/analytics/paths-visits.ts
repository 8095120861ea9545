import type { DesignedOrder } from '../domain/journey-flow/designed-order.js';
import type { AnalysisInput } from './analysis-input.js';
import type { SqlBuilder } from './engine.js';
import { whereClause } from './filters.js';
import type { Period, Query } from './query.js';

/**
 * Where a customer was, for funnels, paths and waiting phases: one row per
 * (customer, time, touchpoint) from the events AND the customer survey responses of the
 * journey. A response at a touchpoint counts as being there: a customer who answered the
 * delivery survey went through the delivery even if no event says so. Rows without a
 * customer id are left out (they cannot be followed), and so are rows whose touchpoint is
 * not on the map. The stage comes from the map as it is now (`k`, 0 = the first stage), so
 * a touchpoint moved to another stage counts where the map shows it.
 *
 * Columns: c (customer id), ts, tp (touchpoint id), k (stage index), i (touchpoint index in
 * the designed order). Place filters (touchpoint, stage) are ignored: these analyses need
 * the whole journey; the other filters apply.
 */
export interface VisitOptions {
  /** Default: the query's period. */
  period?: Period;
  /** Whether responses count as visits (default true). */
  responses?: boolean;
}

/** The query with its responses limited to customers (employees' answers say nothing of customers' paths). */
export function customerQuery(q: Query): Query {
  return { ...q, filters: { ...q.filters, audience: 'customer' } };
}

/** The map's touchpoints as a VALUES table `m(tp, k, i)`; the order must have a touchpoint. */
export function mapTableSql(b: SqlBuilder, order: DesignedOrder): string {
  const rows = order.touchpoints.map(
    (t, i) =>
      `(${b.param(t.id)}, CAST(${b.param(order.touchpointStage.get(t.id) ?? 0)} AS INTEGER), CAST(${b.param(i)} AS INTEGER))`,
  );
  return `(VALUES ${rows.join(', ')}) AS m(tp, k, i)`;
}

export function visitsSql(
  b: SqlBuilder,
  input: AnalysisInput,
  order: DesignedOrder,
  opts: VisitOptions = {},
): string {
  const q = customerQuery(input.query);
  const personas = input.map.personas;
  const where = (table: 'events' | 'responses') =>
    whereClause(b, q, table, personas, { period: opts.period, ignorePlace: true });
  const parts = [
    `SELECT customer_id AS c, ts, touchpoint_id AS tp FROM events
      WHERE ${where('events')} AND customer_id IS NOT NULL AND touchpoint_id IS NOT NULL`,
  ];
  if (opts.responses !== false) {
    parts.push(
      `SELECT customer_id AS c, ts, touchpoint_id AS tp FROM responses
        WHERE ${where('responses')} AND customer_id IS NOT NULL AND touchpoint_id IS NOT NULL`,
    );
  }
  return `SELECT v.c, v.ts, v.tp, m.k, m.i FROM (${parts.join(' UNION ALL ')}) AS v
    JOIN ${mapTableSql(b, order)} ON m.tp = v.tp`;
}

/** Hours between two TIMESTAMP expressions, exact to the microsecond. */
export const hoursBetween = (from: string, to: string): string =>
  `((epoch_us(${to}) - epoch_us(${from})) / 3600000000.0)`;
