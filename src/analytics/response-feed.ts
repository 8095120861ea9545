import { SqlBuilder, type SqlEngine } from './engine.js';
import { utcTimestamp } from './filters.js';

/** A stored response as the alert engine and the case view read it. */
export interface FeedResponse {
  id: string;
  workspaceId: string;
  surveyId: string | null;
  journeyId: string | null;
  touchpointId: string | null;
  customerId: string | null;
  ts: string;
  receivedAt: string;
  audience: 'customer' | 'employee';
  level: string;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  language: string;
  channel: string | null;
  answers: Record<string, unknown>;
  properties: Record<string, unknown>;
}

const COLUMNS = `id, workspace_id, survey_id, journey_id, touchpoint_id, customer_id, ts, received_at,
  audience, level, nps, csat, ces, comment, language, channel, answers::VARCHAR AS answers,
  properties::VARCHAR AS properties`;

function obj(v: unknown): Record<string, unknown> {
  if (v && typeof v === 'object') return v as Record<string, unknown>;
  if (typeof v !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(v);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const iso = (v: unknown) => new Date(String(v).replace(' ', 'T').replace(/(\d)$/, '$1Z')).toISOString();

function toFeed(r: Record<string, unknown>): FeedResponse {
  return {
    id: String(r.id),
    workspaceId: String(r.workspace_id),
    surveyId: str(r.survey_id),
    journeyId: str(r.journey_id),
    touchpointId: str(r.touchpoint_id),
    customerId: str(r.customer_id),
    ts: iso(r.ts),
    receivedAt: iso(r.received_at),
    audience: r.audience === 'employee' ? 'employee' : 'customer',
    level: String(r.level),
    nps: num(r.nps),
    csat: num(r.csat),
    ces: num(r.ces),
    comment: str(r.comment),
    language: String(r.language),
    channel: str(r.channel),
    answers: obj(r.answers),
    properties: obj(r.properties),
  };
}

/**
 * Responses of every workspace received at or after `since`, oldest first: the alert
 * engine's feed, a page at a time (`after`: the last row of the previous page). Whatever path stored them (survey page, API, import) they are seen here.
 */
export async function responsesReceivedSince(
  engine: SqlEngine,
  since: string,
  limit: number,
  after?: { receivedAt: string; id: string },
): Promise<FeedResponse[]> {
  const b = new SqlBuilder();
  const where = after
    ? `(received_at > ${utcTimestamp(b, after.receivedAt)} OR (received_at = ${utcTimestamp(b, after.receivedAt)} AND id > ${b.param(after.id)}))`
    : `received_at >= ${utcTimestamp(b, since)}`;
  const sql = `SELECT ${COLUMNS} FROM responses WHERE ${where}
    ORDER BY received_at, id LIMIT ${Math.max(1, Math.floor(limit))}`;
  return (await engine.select(sql, b.params)).map(toFeed);
}

/** One response of a workspace, or undefined. */
export async function responseById(
  engine: SqlEngine,
  workspaceId: string,
  id: string,
): Promise<FeedResponse | undefined> {
  const b = new SqlBuilder();
  const sql = `SELECT ${COLUMNS} FROM responses WHERE workspace_id = ${b.param(workspaceId)} AND id = ${b.param(id)} LIMIT 1`;
  const [row] = await engine.select(sql, b.params);
  return row ? toFeed(row) : undefined;
}

/** What a customer did and said on a journey (newest first), for the case view. */
export interface CustomerHistoryItem {
  kind: 'event' | 'response';
  id: string;
  ts: string;
  touchpointId: string | null;
  name: string | null;
  channel: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
}

export async function customerHistory(
  engine: SqlEngine,
  workspaceId: string,
  customerId: string,
  limit: number,
): Promise<CustomerHistoryItem[]> {
  const b = new SqlBuilder();
  const ws = b.param(workspaceId);
  const cust = b.param(customerId);
  const sql = `SELECT * FROM (
      SELECT 'event' AS kind, id, ts, touchpoint_id, name, channel, NULL::SMALLINT AS nps,
        NULL::SMALLINT AS csat, NULL::SMALLINT AS ces, NULL::VARCHAR AS comment
      FROM events WHERE workspace_id = ${ws} AND customer_id = ${cust}
      UNION ALL
      SELECT 'response', id, ts, touchpoint_id, NULL, channel, nps, csat, ces, comment
      FROM responses WHERE workspace_id = ${ws} AND customer_id = ${cust}
    ) ORDER BY ts DESC, id LIMIT ${Math.max(1, Math.floor(limit))}`;
  return (await engine.select(sql, b.params)).map((r) => ({
    kind: r.kind === 'event' ? 'event' : 'response',
    id: String(r.id),
    ts: iso(r.ts),
    touchpointId: str(r.touchpoint_id),
    name: str(r.name),
    channel: str(r.channel),
    nps: num(r.nps),
    csat: num(r.csat),
    ces: num(r.ces),
    comment: str(r.comment),
  }));
}
