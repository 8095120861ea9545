import { z } from 'zod';
import { Channel, Language } from '../../domain/journey/vocabulary.js';

/**
 * The rows of the event store: behavioural events and survey responses. Both are
 * append-only facts tied to a workspace and, where known, to a journey, stage and
 * touchpoint. Times are instants (`Date`); the store keeps them as UTC TIMESTAMPs.
 */

const id = z.string().min(1).max(128);
const refId = z.string().min(1).max(64);
const instant = z.date().refine((d) => Number.isFinite(d.getTime()), 'invalid date');
const json = z.record(z.string(), z.unknown());

/** Where a row came from: the demo generator, the ingest API, the website tracker or a CSV import. */
export const EventSource = z.enum(['demo', 'api', 'tracker', 'import']);
export type EventSource = z.infer<typeof EventSource>;

/** Where a response came from: the demo generator, a Polku survey, the API or an import. */
export const ResponseSource = z.enum(['demo', 'survey', 'api', 'import']);
export type ResponseSource = z.infer<typeof ResponseSource>;

export const EventRow = z.object({
  /** Event id, unique per workspace: a client-supplied id makes a retried send idempotent. */
  id,
  workspaceId: refId,
  /** Null when the event did not resolve to a journey or touchpoint (a touchpoint the map forgot). */
  journeyId: refId.nullable(),
  touchpointId: refId.nullable(),
  /** The key the event was sent with, kept even when it matched no touchpoint. */
  touchpointKey: z.string().min(1).max(80).nullable(),
  stageId: refId.nullable(),
  /** Already pseudonymised (keyed hash) unless the workspace keeps raw ids. */
  customerId: z.string().min(1).max(128).nullable(),
  sessionId: z.string().min(1).max(128).nullable(),
  ts: instant,
  /** Event name, e.g. page_view, order_placed. */
  name: z.string().min(1).max(80),
  channel: Channel.nullable(),
  /** Revenue in euros (negative for refunds), null when the event carries none. */
  value: z.number().finite().nullable(),
  properties: json,
  source: EventSource,
  receivedAt: instant,
});
export type EventRow = z.infer<typeof EventRow>;

export const Audience = z.enum(['customer', 'employee']);
export type Audience = z.infer<typeof Audience>;

/** Touchpoint (transactional), journey, or relationship (relational, no touchpoint). */
export const ResponseLevel = z.enum(['touchpoint', 'journey', 'relationship']);
export type ResponseLevel = z.infer<typeof ResponseLevel>;

export const ResponseRow = z.object({
  id,
  workspaceId: refId,
  surveyId: refId.nullable(),
  journeyId: refId.nullable(),
  /** Null at journey and relationship level. */
  touchpointId: refId.nullable(),
  stageId: refId.nullable(),
  customerId: z.string().min(1).max(128).nullable(),
  ts: instant,
  audience: Audience,
  level: ResponseLevel,
  /** 0–10, null when not asked. */
  nps: z.number().int().min(0).max(10).nullable(),
  /** 1–5, null when not asked. */
  csat: z.number().int().min(1).max(5).nullable(),
  /** 1–7, null when not asked. */
  ces: z.number().int().min(1).max(7).nullable(),
  comment: z.string().max(5000).nullable(),
  language: Language,
  /** The channel the answer was given in (email link, QR code in store, chat …). */
  channel: Channel.nullable(),
  /** Answers beyond the three standard scores, keyed by question. */
  answers: json,
  /** Segment attributes: region, loyaltyMember, persona … */
  properties: json,
  source: ResponseSource,
  receivedAt: instant,
  /** The survey version answered (editing a live survey makes a new version). */
  surveyVersion: z.number().int().min(1).nullable(),
  /** False for a partial answer the respondent left unfinished. */
  complete: z.boolean(),
});
export type ResponseRow = z.infer<typeof ResponseRow>;

/** Identity of a stored row for idempotency: workspace, id and timestamp (epoch ms). */
export function rowKey(workspaceId: string, id: string, tsMs: number): string {
  return `${workspaceId}\u0000${id}\u0000${tsMs}`;
}
