import { z } from 'zod';
import { CHANNELS, EVIDENCE, LANE_KINDS } from './vocabulary-lists.js';

export { CHANNELS, EVIDENCE, LANE_KINDS, laneHoldsCards } from './vocabulary-lists.js';

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const Mode = z.enum(['online', 'offline']);
export const Directness = z.enum(['direct', 'indirect']);
/** Owned, paid or earned media: who controls the touchpoint. */
export const Ownership = z.enum(['owned', 'paid', 'earned']);
export const Evidence = z.enum(EVIDENCE);
export type Evidence = z.infer<typeof Evidence>;
export const Variant = z.enum(['as_is', 'to_be']);
export type Variant = z.infer<typeof Variant>;

/** The content languages Polku knows; the app speaks en and fi, respondent pages also sv. */
export const Language = z.enum(['en', 'fi', 'sv']);
export type Language = z.infer<typeof Language>;

export const LaneKind = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKind>;

export const Role = z.enum(['owner', 'editor', 'viewer']);
export type Role = z.infer<typeof Role>;

/** The emotion scale: −2 (very negative) … +2 (very positive). */
export const EmotionValue = z.number().min(-2).max(2);
