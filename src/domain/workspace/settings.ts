import { z } from 'zod';
import { Channel } from '../journey/vocabulary.js';

/**
 * A mapping rule sends events without a touchpoint key to a touchpoint: every condition it
 * names must hold (event name equal, URL matching the pattern, channel equal). URL patterns
 * are paths or full URLs where `*` matches any run of characters, e.g. `/checkout/*`.
 * Rules are tried in order; the first that matches wins.
 */
export const MappingRule = z
  .object({
    touchpointKey: z.string().trim().min(1).max(80),
    eventName: z.string().trim().min(1).max(80).optional(),
    urlPattern: z.string().trim().min(1).max(500).optional(),
    channel: Channel.optional(),
  })
  .strict()
  .refine((r) => r.eventName !== undefined || r.urlPattern !== undefined || r.channel !== undefined, {
    message: 'a mapping rule needs at least one of eventName, urlPattern, channel',
  });
export type MappingRule = z.infer<typeof MappingRule>;

export const EvidenceThresholds = z
  .object({ partly: z.number().int().min(1).max(100_000), validated: z.number().int().min(1).max(100_000) })
  .strict()
  .refine((t) => t.validated > t.partly, { path: ['validated'], message: 'must be more than partly' });

/** A workspace's data-collection settings (the `settings` JSON of the workspace). */
export const WorkspaceSettings = z.object({
  /** Keep customer ids as sent instead of pseudonymising them with the workspace's keyed hash. */
  keepRawCustomerIds: z.boolean().default(false),
  /** Accept survey context as plain URL parameters (unsigned) as well as signed tokens. */
  allowPlainSurveyParams: z.boolean().default(false),
  /** Values computed from fewer responses than this are not shown (their counts are). */
  privacyMinimum: z.number().int().min(1).max(1000).default(5),
  mappingRules: z.array(MappingRule).max(500).default([]),
  /** Don't survey the same person again within this many days (email invitations honour it; 0 = off). */
  contactCooldownDays: z.number().int().min(0).max(365).default(30),
  /** Responses at a touchpoint that make its hypothesis partly supported, then validated. */
  evidenceThresholds: EvidenceThresholds.default({ partly: 30, validated: 100 }),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

export const WorkspaceSettingsPatch = z
  .object({
    keepRawCustomerIds: z.boolean(),
    allowPlainSurveyParams: z.boolean(),
    privacyMinimum: z.number().int().min(1).max(1000),
    mappingRules: z.array(MappingRule).max(500),
    contactCooldownDays: z.number().int().min(0).max(365),
    evidenceThresholds: EvidenceThresholds,
  })
  .partial()
  .strict();
export type WorkspaceSettingsPatch = z.infer<typeof WorkspaceSettingsPatch>;

/** Reads stored settings, falling back to defaults for anything missing or no longer valid. */
export function parseWorkspaceSettings(json: string): WorkspaceSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = {};
  }
  const parsed = WorkspaceSettings.safeParse(raw);
  return parsed.success ? parsed.data : WorkspaceSettings.parse({});
}

/** Converts a URL pattern with `*` wildcards into an anchored regular expression. */
export function urlPatternRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}
