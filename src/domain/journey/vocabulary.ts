import { z } from 'zod';

/** Channels a touchpoint can live in (PRODUCT.md). */
export const CHANNELS = [
  'web',
  'app',
  'email',
  'social',
  'phone',
  'chat',
  'chatbot',
  'store',
  'delivery',
  'event',
  'print',
  'word_of_mouth',
  'partner',
  'other',
] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const Mode = z.enum(['online', 'offline']);
export const Directness = z.enum(['direct', 'indirect']);
/** Owned, paid or earned media: who controls the touchpoint. */
export const Ownership = z.enum(['owned', 'paid', 'earned']);
export const Evidence = z.enum(['hypothesis', 'partly_supported', 'validated']);
export type Evidence = z.infer<typeof Evidence>;
export const Variant = z.enum(['as_is', 'to_be']);
export type Variant = z.infer<typeof Variant>;

/** The content languages Polku knows; the app speaks en and fi, respondent pages also sv. */
export const Language = z.enum(['en', 'fi', 'sv']);
export type Language = z.infer<typeof Language>;

/**
 * Lane kinds. `touchpoints` and `emotions` are drawn from touchpoints; `kpis` shows the
 * touchpoints' KPIs (and may hold cards); every other kind holds free-text cards per stage.
 */
export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'emotions',
  'needs',
  'pain_points',
  'opportunities',
  'brand_promise',
  'frontstage',
  'backstage',
  'support',
  'kpis',
  'custom',
] as const;
export const LaneKind = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKind>;

/** Lanes whose content is free-text cards. */
export function laneHoldsCards(kind: LaneKind): boolean {
  return kind !== 'touchpoints' && kind !== 'emotions';
}

export const Role = z.enum(['owner', 'editor', 'viewer']);
export type Role = z.infer<typeof Role>;

/** The emotion scale: −2 (very negative) … +2 (very positive). */
export const EmotionValue = z.number().min(-2).max(2);
