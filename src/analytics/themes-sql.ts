import type { AnalysisInput } from './analysis-input.js';
import { SqlBuilder, type SqlParams } from './engine.js';
import { whereClause } from './filters.js';

/** A commented response as the themes analysis reads it. */
export interface CommentRow {
  id: string;
  comment: string;
  language: string;
  nps: number | null;
  ts: string;
  /** Commented responses matching the query, before the limit. */
  total: number;
}

/**
 * The newest commented responses matching the query (optionally at one touchpoint), at most
 * `maxTexts`, with the total count before the limit.
 */
export function commentsSql(
  input: AnalysisInput,
  opts: { touchpointId?: string; maxTexts: number },
): { sql: string; params: SqlParams } {
  const b = new SqlBuilder();
  const conditions = [whereClause(b, input.query, 'responses', input.map.personas)];
  if (opts.touchpointId) conditions.push(`touchpoint_id = ${b.param(opts.touchpointId)}`);
  conditions.push(`comment IS NOT NULL AND trim(comment) <> ''`);
  const sql = `SELECT id, comment, language, nps, ts, count(*) OVER () AS total
FROM responses
WHERE ${conditions.join(' AND ')}
ORDER BY ts DESC, id
LIMIT ${b.param(opts.maxTexts)}`;
  return { sql, params: b.params };
}
