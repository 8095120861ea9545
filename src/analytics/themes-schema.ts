import { z } from 'zod';

/** The API's shape of open-text themes (see themes.ts). Values are null when hidden by the privacy minimum. */
const IntervalSchema = z.object({ low: z.number(), high: z.number() });

/** NPS of a set of commented responses: n always, the values only from `privacyMinimum` answers up. */
export const ThemeNpsSchema = z.object({
  /** Responses with an NPS answer (always shown). */
  n: z.number().int(),
  visible: z.boolean(),
  /** The mean 0–10 answer. */
  mean: z.number().nullable(),
  /** NPS, −100…100, with its adjusted-Wald 95 % interval. */
  value: z.number().nullable(),
  interval: IntervalSchema.nullable(),
});
export type ThemeNps = z.infer<typeof ThemeNpsSchema>;

/** A comment as the customer wrote it: raw text, for the web layer to escape (React does). */
export const VerbatimSchema = z.object({
  id: z.string(),
  text: z.string(),
  nps: z.number().int().nullable(),
  /** The language the text was detected in (fi, sv, en). */
  language: z.enum(['fi', 'sv', 'en']),
  ts: z.string(),
});
export type Verbatim = z.infer<typeof VerbatimSchema>;

export const ThemeRowSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['user', 'auto']),
  /** Its terms as customers write them (user themes: the keywords). */
  terms: z.array(z.string()),
  /** Commented responses in the theme. */
  count: z.number().int(),
  /** count / commented responses analysed, 0…1. */
  share: z.number(),
  nps: ThemeNpsSchema,
  /** The commented responses not in the theme. */
  rest: ThemeNpsSchema,
  /** The theme's effect on NPS: its NPS minus the rest's, and whether they differ (z > 1.96); null unless both are visible. */
  effect: z.object({ difference: z.number(), z: z.number(), significant: z.boolean() }).nullable(),
  /** Up to 5 of its comments, newest first. */
  verbatims: z.array(VerbatimSchema),
});
export type ThemeRow = z.infer<typeof ThemeRowSchema>;

export const ThemesResult = z.object({
  /** Responses with a comment that match the query. */
  commented: z.number().int(),
  /** How many of them were grouped: the newest, at most `maxTexts`. */
  analysed: z.number().int(),
  /** A term counted when it was in at least this many comments. */
  minSupport: z.number().int(),
  /** Analysed comments per detected language. */
  languages: z.object({ fi: z.number().int(), sv: z.number().int(), en: z.number().int() }),
  /** NPS of all analysed comments. */
  nps: ThemeNpsSchema,
  /** User themes first (in their order), then automatic themes by size. */
  themes: z.array(ThemeRowSchema),
});
export type ThemesResult = z.infer<typeof ThemesResult>;
