import { z } from 'zod';
import { Channel, Language } from '../domain/journey/vocabulary.js';
import { Audience, ResponseLevel } from '../store/events/event-rows.js';

/**
 * What a sender may give for one event (ingest API, website tracker, CSV import).
 * Validated per event: a bad event is rejected with its field and reason, never its batch.
 */
const MAX_FUTURE_MS = 24 * 3_600_000;
const EARLIEST = Date.UTC(2000, 0, 1);

/** ISO 8601 with a time zone, or epoch milliseconds. */
export const Timestamp = z
  .union([z.string().max(40), z.number().finite()])
  .transform((v, c) => {
    const ms = typeof v === 'number' ? v : /(Z|[+-]\d\d:?\d\d)$/i.test(v) ? Date.parse(v) : Number.NaN;
    if (!Number.isFinite(ms)) {
      c.addIssue({
        code: 'custom',
        message: 'must be ISO 8601 with a time zone (e.g. 2026-05-01T12:00:00Z) or epoch milliseconds',
      });
      return z.NEVER;
    }
    return new Date(ms);
  })
  .refine((d) => d.getTime() >= EARLIEST, 'must not be before 2000-01-01');

const Properties = z
  .record(z.string().max(80), z.unknown())
  .refine((p) => Object.keys(p).length <= 50, 'at most 50 properties')
  .refine((p) => JSON.stringify(p).length <= 8_000, 'at most 8,000 characters as JSON');

export const EventInput = z
  .object({
    /** The sender's id for the event: with the timestamp it makes a resend idempotent. */
    id: z.string().trim().min(1).max(128).optional(),
    /** Touchpoint key; without it the workspace's mapping rules decide. */
    touchpoint: z.string().trim().min(1).max(80).optional(),
    name: z.string().trim().min(1).max(80),
    customerId: z.string().trim().min(1).max(128).optional(),
    sessionId: z.string().trim().min(1).max(128).optional(),
    timestamp: Timestamp.optional(),
    channel: Channel.optional(),
    /** Revenue in euros (negative for refunds). */
    value: z.number().finite().min(-1e9).max(1e9).optional(),
    /** Page URL, for URL mapping rules (kept as the `url` property). */
    url: z.string().max(2000).optional(),
    properties: Properties.optional(),
  })
  .strict();
export type EventInput = z.input<typeof EventInput>;
export type ParsedEventInput = z.output<typeof EventInput>;

/** What a sender may give for one survey response (API, survey exports, Polku's own surveys). */
export const ResponseInput = z
  .object({
    id: z.string().trim().min(1).max(128).optional(),
    /** Touchpoint key (touchpoint level). */
    touchpoint: z.string().trim().min(1).max(80).optional(),
    /** Journey id (journey level without a touchpoint). */
    journeyId: z.string().trim().min(1).max(64).optional(),
    surveyId: z.string().trim().min(1).max(64).optional(),
    surveyVersion: z.number().int().min(1).optional(),
    customerId: z.string().trim().min(1).max(128).optional(),
    timestamp: Timestamp.optional(),
    audience: Audience.default('customer'),
    level: ResponseLevel.optional(),
    nps: z.number().int().min(0).max(10).optional(),
    csat: z.number().int().min(1).max(5).optional(),
    ces: z.number().int().min(1).max(7).optional(),
    comment: z.string().max(5000).optional(),
    language: Language.default('fi'),
    channel: Channel.optional(),
    answers: z.record(z.string().max(80), z.unknown()).optional(),
    properties: Properties.optional(),
    /** False for a partial answer (the respondent left before the end). */
    complete: z.boolean().default(true),
  })
  .strict();
export type ResponseInput = z.input<typeof ResponseInput>;
export type ParsedResponseInput = z.output<typeof ResponseInput>;

/** Where ingested data came from. */
export type IngestSource = 'api' | 'tracker' | 'import' | 'survey';

/** One rejected input: its position (batch index or file line), the field and the reason. */
export interface Rejection {
  index: number;
  field: string;
  reason: string;
}

export interface IngestResult {
  /** Inputs that passed validation: stored now or already stored earlier (duplicates). */
  accepted: number;
  stored: number;
  duplicates: number;
  rejected: Rejection[];
  /** Accepted inputs worth a second look, e.g. an event for a touchpoint key on no map. */
  warnings: Rejection[];
}

export { MAX_FUTURE_MS };
