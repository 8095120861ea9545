import type { SqlBuilder } from './engine.js';
import type { Filters, Period, Query } from './query.js';

/** What filter compilation needs to know beyond the query: the journey's personas. */
export interface PersonaRef {
  id: string;
  name: string;
}

export type RowTable = 'events' | 'responses';

export interface FilterOptions {
  /** Which period: the query's own (default) or its compare-to period. */
  period?: Period;
  /** Leave the touchpoint and stage filters out (funnels and paths need the whole journey). */
  ignorePlace?: boolean;
  /** Leave the journey condition out (relationship responses may have no journey). */
  ignoreJourney?: boolean;
  /** Leave the audience condition out (a split by audience shows both). */
  ignoreAudience?: boolean;
  /** Table alias prefix, e.g. 'r.' */
  alias?: string;
}

/**
 * The WHERE conditions (joined with AND) for rows of `table` matching the query: workspace,
 * journey, period, and every filter. Values are parameters of `b`, never spliced into SQL;
 * property names are checked by the `PropertyName` schema and still passed as parameters.
 */
export function whereClause(
  b: SqlBuilder,
  q: Query,
  table: RowTable,
  personas: readonly PersonaRef[],
  opts: FilterOptions = {},
): string {
  const a = opts.alias ?? '';
  const period = opts.period ?? q.period;
  const parts = [
    `${a}workspace_id = ${b.param(q.workspaceId)}`,
    `${a}ts >= ${utcTimestamp(b, period.from)}`,
    `${a}ts < ${utcTimestamp(b, period.to)}`,
  ];
  if (!opts.ignoreJourney) parts.push(`${a}journey_id = ${b.param(q.journeyId)}`);
  parts.push(...filterConditions(b, q.filters, table, personas, opts));
  return parts.join(' AND ');
}

/** An instant as a UTC TIMESTAMP literal parameter (the store keeps UTC TIMESTAMPs). */
export function utcTimestamp(b: SqlBuilder, iso: string): string {
  return `${b.param(new Date(iso).toISOString().replace('T', ' ').replace('Z', ''))}::TIMESTAMP`;
}

export function filterConditions(
  b: SqlBuilder,
  f: Filters,
  table: RowTable,
  personas: readonly PersonaRef[],
  opts: FilterOptions = {},
): string[] {
  const a = opts.alias ?? '';
  const parts: string[] = [];
  if (!opts.ignorePlace) {
    if (f.touchpointIds) parts.push(`${a}touchpoint_id IN ${b.list(f.touchpointIds)}`);
    if (f.stageIds) parts.push(`${a}stage_id IN ${b.list(f.stageIds)}`);
  }
  if (f.channels) parts.push(`${a}channel IN ${b.list(f.channels)}`);
  if (f.personaIds) {
    const values: string[] = [];
    for (const pid of f.personaIds) {
      values.push(pid);
      const p = personas.find((x) => x.id === pid);
      if (p) values.push(p.name);
    }
    parts.push(`json_extract_string(${a}properties, '$.persona') IN ${b.list(values)}`);
  }
  if (table === 'responses' && !opts.ignoreAudience)
    parts.push(`${a}audience = ${b.param(f.audience ?? 'customer')}`);
  for (const [name, values] of Object.entries(f.properties ?? {})) {
    parts.push(`json_extract_string(${a}properties, ${b.param(`$."${name}"`)}) IN ${b.list(values)}`);
  }
  return parts;
}
