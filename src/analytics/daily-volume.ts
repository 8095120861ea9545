import { SqlBuilder, type SqlEngine } from './engine.js';
import { utcTimestamp } from './filters.js';

/**
 * Rows per UTC day in [from, to) for a workspace, optionally one journey and some
 * touchpoints: responses (customers' and employees') or events. Days without rows are 0.
 */
export async function dailyVolume(
  engine: SqlEngine,
  q: {
    workspaceId: string;
    journeyId: string | null;
    touchpointIds: string[];
    measure: 'responses' | 'events';
    from: string;
    to: string;
  },
): Promise<Map<string, number>> {
  const b = new SqlBuilder();
  const table = q.measure === 'responses' ? 'responses' : 'events';
  const where = [
    `workspace_id = ${b.param(q.workspaceId)}`,
    `ts >= ${utcTimestamp(b, q.from)}`,
    `ts < ${utcTimestamp(b, q.to)}`,
    ...(q.journeyId ? [`journey_id = ${b.param(q.journeyId)}`] : []),
    ...(q.touchpointIds.length ? [`touchpoint_id IN ${b.list(q.touchpointIds)}`] : []),
  ];
  const sql = `SELECT strftime(date_trunc('day', ts), '%Y-%m-%d') AS day, count(*) AS n FROM ${table}
    WHERE ${where.join(' AND ')} GROUP BY 1`;
  const rows = await engine.select(sql, b.params);
  return new Map(rows.map((r) => [String(r.day), Number(r.n)]));
}
