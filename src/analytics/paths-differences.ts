import type { DesignedOrder } from '../domain/journey-flow/designed-order.js';
import type { AnalysisInput } from './analysis-input.js';
import { SqlBuilder, type SqlEngine } from './engine.js';
import { whereClause } from './filters.js';
import type { PathDifferences, StageTransition } from './paths-schema.js';
import type { StageMoveRow } from './paths-steps.js';
import { customerQuery } from './paths-visits.js';

/** At most this many transitions are listed per kind (their customer total covers them all). */
export const MAX_TRANSITIONS = 50;

/** Designed versus actual: see PathDifferences in paths-schema.ts for each item. */
export async function pathDifferences(
  engine: SqlEngine,
  input: AnalysisInput,
  order: DesignedOrder,
  moves: readonly StageMoveRow[],
): Promise<PathDifferences> {
  const unmapped = await unmappedRows(engine, input, order);
  const coverage = order.touchpoints.length === 0 ? new Map() : await coverageRows(engine, input, order);
  const unreached: PathDifferences['unreached'] = [];
  const unmeasured: PathDifferences['unmeasured'] = [];
  for (const t of order.touchpoints) {
    const c = coverage.get(t.id);
    const place = { touchpointId: t.id, key: t.key, stageId: t.stageId };
    if (!c) unreached.push(place);
    else if (c.responses === 0) unmeasured.push({ ...place, customers: c.customers, events: c.events });
  }
  unmeasured.sort((a, b) => b.customers - a.customers || b.events - a.events);
  const group = (kind: 'skip' | 'back') => {
    const total = moves.find((m) => m.kind === kind && m.from === null);
    const stageId = (tp: string) => order.stages[order.touchpointStage.get(tp) ?? 0]?.id ?? '';
    const transitions: StageTransition[] = moves
      .filter((m) => m.kind === kind && m.from !== null)
      .map((m) => ({
        fromTouchpointId: m.from as string,
        toTouchpointId: m.to as string,
        fromStageId: stageId(m.from as string),
        toStageId: stageId(m.to as string),
        customers: m.customers,
        transitions: m.transitions,
      }))
      .sort(
        (a, b) =>
          b.customers - a.customers ||
          b.transitions - a.transitions ||
          a.fromTouchpointId.localeCompare(b.fromTouchpointId) ||
          a.toTouchpointId.localeCompare(b.toTouchpointId),
      )
      .slice(0, MAX_TRANSITIONS);
    return { customers: total?.customers ?? 0, transitions };
  };
  return { unmapped, unreached, unmeasured, skips: group('skip'), backwards: group('back') };
}

/**
 * Events in the workspace and period whose key matched no touchpoint (and is not on this map
 * now: a touchpoint added later), and events of this journey at touchpoints no longer on its map.
 */
async function unmappedRows(
  engine: SqlEngine,
  input: AnalysisInput,
  order: DesignedOrder,
): Promise<PathDifferences['unmapped']> {
  const b = new SqlBuilder();
  const q = customerQuery(input.query);
  const where = whereClause(b, q, 'events', input.map.personas, { ignorePlace: true, ignoreJourney: true });
  const keys = order.touchpoints.map((t) => t.key);
  const ids = order.touchpoints.map((t) => t.id);
  const unknown = `journey_id IS NULL AND touchpoint_id IS NULL AND touchpoint_key IS NOT NULL${
    keys.length > 0 ? ` AND touchpoint_key NOT IN ${b.list(keys)}` : ''
  }`;
  const offMap = `journey_id = ${b.param(q.journeyId)} AND touchpoint_id IS NOT NULL${
    ids.length > 0 ? ` AND touchpoint_id NOT IN ${b.list(ids)}` : ''
  }`;
  const rows = await engine.select(
    `SELECT touchpoint_key AS key, touchpoint_id AS tp, count(*) AS events, count(DISTINCT customer_id) AS customers
      FROM events WHERE ${where} AND ((${unknown}) OR (${offMap}))
      GROUP BY touchpoint_key, touchpoint_id ORDER BY customers DESC, events DESC, key, tp`,
    b.params,
  );
  return rows.map((r) => ({
    key: (r.key as string | null) ?? null,
    touchpointId: (r.tp as string | null) ?? null,
    reason: r.tp === null ? ('unknown-key' as const) : ('not-on-journey' as const),
    customers: Number(r.customers),
    events: Number(r.events),
  }));
}

interface Coverage {
  events: number;
  customers: number;
  responses: number;
}

/** Events (and their customers) and customer responses per touchpoint of the map in the period. */
async function coverageRows(
  engine: SqlEngine,
  input: AnalysisInput,
  order: DesignedOrder,
): Promise<Map<string, Coverage>> {
  const b = new SqlBuilder();
  const q = customerQuery(input.query);
  const ids = b.list(order.touchpoints.map((t) => t.id));
  const ev = whereClause(b, q, 'events', input.map.personas, { ignorePlace: true });
  const rs = whereClause(b, q, 'responses', input.map.personas, { ignorePlace: true });
  const rows = await engine.select(
    `SELECT tp, sum(events) AS events, sum(customers) AS customers, sum(responses) AS responses FROM (
        SELECT touchpoint_id AS tp, count(*) AS events, count(DISTINCT customer_id) AS customers, 0 AS responses
          FROM events WHERE ${ev} AND touchpoint_id IN ${ids} GROUP BY touchpoint_id
        UNION ALL
        SELECT touchpoint_id, 0, 0, count(*) FROM responses WHERE ${rs} AND touchpoint_id IN ${ids} GROUP BY touchpoint_id
      ) GROUP BY tp`,
    b.params,
  );
  return new Map(
    rows.map((r) => [
      r.tp as string,
      { events: Number(r.events), customers: Number(r.customers), responses: Number(r.responses) },
    ]),
  );
}
