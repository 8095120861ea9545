import { z } from 'zod';
import { Channel } from '../domain/journey/vocabulary.js';

/**
 * The one typed analytics query. Every analysis (scorecards, funnel, paths, drivers,
 * themes, trends) takes a `Query`; a compiler turns it into DuckDB SQL (see filters.ts and
 * each analysis' `*.sql.ts`), the engine runs it, and pure functions shape the rows into a
 * typed result. The API, the app, exports and alert rules all go through here.
 */

const id = z.string().min(1).max(64);
const instant = z.iso.datetime({
  offset: true,
  message: 'use an ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z',
});

/** A half-open time range [from, to). */
export const Period = z
  .object({ from: instant, to: instant })
  .refine((p) => Date.parse(p.from) < Date.parse(p.to), { path: ['to'], message: 'must be after from' });
export type Period = z.infer<typeof Period>;

/** A customer or event property name, e.g. region or loyaltyMember. */
export const PropertyName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'use letters, digits, _ . - (starting with a letter)');

export const Filters = z
  .object({
    touchpointIds: z.array(id).min(1).max(500).optional(),
    stageIds: z.array(id).min(1).max(100).optional(),
    channels: z.array(Channel).min(1).optional(),
    /** Persona ids of the journey; matches rows whose `properties.persona` is the persona's id or name. */
    personaIds: z.array(id).min(1).max(50).optional(),
    /** Responses only: whose experience (events have no audience). Default: customers. */
    audience: z.enum(['customer', 'employee']).optional(),
    /** Any row property: the row matches when its value is one of the listed values. */
    properties: z.record(PropertyName, z.array(z.string().max(200)).min(1).max(50)).optional(),
  })
  .strict();
export type Filters = z.infer<typeof Filters>;

export const Granularity = z.enum(['day', 'week', 'month']);
export type Granularity = z.infer<typeof Granularity>;

export const Query = z
  .object({
    workspaceId: id,
    journeyId: id,
    period: Period,
    /** The period to compare with (change and significance); usually the one before. */
    compareTo: Period.optional(),
    filters: Filters.default({}),
    granularity: Granularity.default('week'),
  })
  .strict();
export type Query = z.infer<typeof Query>;
export type QueryInput = z.input<typeof Query>;
