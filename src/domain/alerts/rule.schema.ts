import { z } from 'zod';

/**
 * Alert rules: a condition over each new survey response (run at ingest, within seconds) or
 * over aggregates of a touchpoint (run on a schedule), and what to do when it holds: open a
 * case for the owner team, email people, call webhooks.
 */

const id = z.string().min(1).max(64);
const Question = z.enum(['nps', 'csat', 'ces']);
const SCALE_MAX = { nps: 10, csat: 5, ces: 7 } as const;

/** A response's score at or below `atMost` on one question (a detractor: nps ≤ 6). */
export const ScoreCondition = z
  .object({ type: z.literal('score'), question: Question, atMost: z.number().int().min(0).max(10) })
  .strict()
  .refine((c) => c.atMost <= SCALE_MAX[c.question], {
    path: ['atMost'],
    message: 'must be on the question’s scale (nps 0–10, csat 1–5, ces 1–7)',
  });

/** The open text mentions one of the keywords (stemmed in Finnish, Swedish and English). */
export const KeywordsCondition = z
  .object({
    type: z.literal('keywords'),
    keywords: z.array(z.string().trim().min(1, 'must not be empty').max(60)).min(1).max(50),
  })
  .strict();

/** The open text matches one of the workspace's own themes. */
export const ThemeCondition = z.object({ type: z.literal('theme'), themeId: id }).strict();

/**
 * An aggregate of a touchpoint over the last `days` days is below a line: `below` or, when
 * null, the touchpoint's KPI target. With `sure`, the whole 95 % interval must be below.
 */
export const MetricCondition = z
  .object({
    type: z.literal('metric'),
    metric: Question,
    below: z.number().min(-100).max(100).nullable().default(null),
    days: z.number().int().min(1).max(90).default(7),
    minResponses: z.number().int().min(1).max(100_000).default(30),
    sure: z.boolean().default(true),
  })
  .strict();

/** Yesterday's volume against the same weekday of the previous `weeks` weeks. */
export const VolumeCondition = z
  .object({
    type: z.literal('volume'),
    measure: z.enum(['responses', 'events']),
    direction: z.enum(['drop', 'spike', 'either']).default('either'),
    weeks: z.number().int().min(2).max(12).default(4),
  })
  .strict();

export const LeafCondition = z.union([
  ScoreCondition,
  KeywordsCondition,
  ThemeCondition,
  MetricCondition,
  VolumeCondition,
]);
export type LeafCondition = z.infer<typeof LeafCondition>;

export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafCondition,
    z.object({ all: z.array(Condition).min(1).max(20) }).strict(),
    z.object({ any: z.array(Condition).min(1).max(20) }).strict(),
  ]),
);

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');
const TimeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'not a known time zone (e.g. Europe/Helsinki)');

/** Notifications wait until these hours end (cases still open at once). */
export const QuietHours = z.object({ from: HHMM, to: HHMM, timeZone: TimeZone }).strict();
export type QuietHours = z.infer<typeof QuietHours>;

export const RuleFields = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120),
    enabled: z.boolean().default(true),
    /** Null: every journey of the workspace. */
    journeyId: id.nullable().default(null),
    /** Empty: every touchpoint in scope. */
    touchpointIds: z.array(id).max(200).default([]),
    audience: z.enum(['customer', 'employee']).nullable().default(null),
    condition: Condition,
    openCase: z.boolean().default(true),
    /** Null: the touchpoint's owner team (the team whose name is its `ownerTeam`). */
    teamId: id.nullable().default(null),
    /** Hours until a case opened by this rule is due; overdue cases notify the team lead. */
    slaHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(24),
    /** Email the team (its address and members). */
    notifyTeam: z.boolean().default(true),
    emails: z.array(z.email('must be an email address').max(320)).max(20).default([]),
    webhookIds: z.array(id).max(20).default([]),
    quietHours: QuietHours.nullable().default(null),
    /** At most this many notifications per hour from this rule (cases still open). */
    maxPerHour: z.number().int().min(1).max(10_000).nullable().default(null),
  })
  .strict();
export type RuleFields = z.infer<typeof RuleFields>;
export type RuleInput = z.input<typeof RuleFields>;

export const RulePatch = RuleFields.partial().strict();

export interface AlertRule extends RuleFields {
  id: string;
  workspaceId: string;
  createdAt: string;
  updatedAt: string;
}

/** Which leaves a condition holds. */
export function leaves(c: Condition): LeafCondition[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  return [c];
}

/** How a rule runs: on each response at ingest, or on aggregates on a schedule. */
export type RuleKind = 'response' | 'aggregate';

const AGGREGATE = new Set(['metric', 'volume']);

/**
 * The rule's kind, or a message when it mixes per-response and aggregate conditions
 * (they are judged at different moments, so an AND of both has no meaning).
 */
export function ruleKind(c: Condition): { kind: RuleKind } | { error: string } {
  const types = leaves(c).map((l) => l.type);
  const agg = types.filter((t) => AGGREGATE.has(t)).length;
  if (agg === 0) return { kind: 'response' };
  if (agg === types.length) return { kind: 'aggregate' };
  return {
    error:
      'combine per-response conditions (score, keywords, theme) or aggregate ones (metric, volume), not both in one rule',
  };
}
