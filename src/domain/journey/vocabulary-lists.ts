/**
 * The vocabulary as plain lists, without zod, so the web app can import them without
 * carrying a schema library. `vocabulary.ts` builds the schemas from these.
 */

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

/** How far the data supports what the map says about a touchpoint. */
export const EVIDENCE = ['hypothesis', 'partly_supported', 'validated'] as const;

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

/** Lanes whose content is free-text cards. */
export function laneHoldsCards(kind: (typeof LANE_KINDS)[number]): boolean {
  return kind !== 'touchpoints' && kind !== 'emotions';
}
