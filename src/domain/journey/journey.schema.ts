import { z } from 'zod';
import {
  Channel,
  Directness,
  EmotionValue,
  Evidence,
  LaneKind,
  Language,
  Mode,
  Ownership,
  Variant,
} from './vocabulary.js';

const text = (max: number) => z.string().trim().max(max);
const name = z.string().trim().min(1, 'must not be empty').max(200);
const id = z.string().min(1).max(64);
const position = z.number().finite();
const version = z.number().int().nonnegative();
const isoTime = z.string();

/**
 * Translations of an entity's text fields into languages other than the journey's own:
 * `{ fi: { name: "…" }, sv: { … } }` (an English translation when the journey is Finnish).
 */
export const Translations = z.partialRecord(Language, z.record(z.string().max(64), z.string().max(5000)));
export type Translations = z.infer<typeof Translations>;

export const Kpi = z.object({
  name: name,
  target: z.number().finite().nullable().default(null),
  unit: text(40).default(''),
  /** Whether a higher value is better (NPS, conversion) or lower (wait time, contacts). */
  direction: z.enum(['higher', 'lower']).default('higher'),
});
export type Kpi = z.infer<typeof Kpi>;

export const Journey = z.object({
  id,
  workspaceId: id,
  name,
  description: text(5000),
  language: Language,
  variant: Variant,
  /** The as-is journey a to-be version was made from (or the reverse link), if any. */
  variantOf: id.nullable(),
  templateId: z.string().nullable(),
  archivedAt: isoTime.nullable(),
  version,
  /** Bumped by every change to anything on the map: clients poll it to pick up others' edits. */
  revision: version,
  translations: Translations,
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type Journey = z.infer<typeof Journey>;

export const Stage = z.object({
  id,
  journeyId: id,
  name,
  description: text(5000),
  position,
  version,
  translations: Translations,
});
export type Stage = z.infer<typeof Stage>;

export const Lane = z.object({
  id,
  journeyId: id,
  kind: LaneKind,
  name,
  position,
  version,
  translations: Translations,
});
export type Lane = z.infer<typeof Lane>;

export const TouchpointFields = z.object({
  name,
  /** Stable key used by events and surveys to find the touchpoint (unique in the workspace). */
  key: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'use lowercase letters, digits, "-", "_" or "."'),
  description: text(5000),
  channel: Channel,
  mode: Mode,
  directness: Directness,
  ownership: Ownership,
  ownerTeam: text(120),
  customerAction: text(2000),
  needs: text(2000),
  expectations: text(2000),
  motivations: text(2000),
  barriers: text(2000),
  brandPromise: text(2000),
  /** The team's hypothesis of the customer's emotion here, −2…+2 (the default curve). */
  emotion: EmotionValue.nullable(),
  momentOfTruth: z.boolean(),
  /** Short-term revenue weight and long-term engagement weight, 0…10 each. */
  revenueWeight: z.number().min(0).max(10),
  engagementWeight: z.number().min(0).max(10),
  kpis: z.array(Kpi).max(20),
  evidence: Evidence,
});

export const Touchpoint = TouchpointFields.extend({
  id,
  journeyId: id,
  stageId: id,
  position,
  version,
  translations: Translations,
});
export type Touchpoint = z.infer<typeof Touchpoint>;

/** A free-text card in a lane cell (stage × lane), optionally tied to a touchpoint. */
export const Card = z.object({
  id,
  journeyId: id,
  laneId: id,
  stageId: id,
  touchpointId: id.nullable(),
  text: z.string().trim().min(1, 'must not be empty').max(2000),
  position,
  version,
  translations: Translations,
});
export type Card = z.infer<typeof Card>;

export const Persona = z.object({
  id,
  journeyId: id,
  name,
  description: text(5000),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like #1f6feb'),
  position,
  version,
  translations: Translations,
});
export type Persona = z.infer<typeof Persona>;

/** One point of a persona's emotion curve at a touchpoint. */
export const EmotionPoint = z.object({
  personaId: id,
  touchpointId: id,
  value: EmotionValue,
});
export type EmotionPoint = z.infer<typeof EmotionPoint>;

/** Everything the editor needs to draw one journey: the API's read model. */
export const JourneyMap = z.object({
  journey: Journey,
  stages: z.array(Stage),
  lanes: z.array(Lane),
  touchpoints: z.array(Touchpoint),
  cards: z.array(Card),
  personas: z.array(Persona),
  emotions: z.array(EmotionPoint),
});
export type JourneyMap = z.infer<typeof JourneyMap>;

// ---- inputs ---------------------------------------------------------------------------

const withVersion = { version };

export const JourneyCreate = z
  .object({
    name,
    description: text(5000).default(''),
    language: Language.default('en'),
    templateId: z.string().default('empty'),
  })
  .strict();
export const JourneyPatch = z
  .object({
    name,
    description: text(5000),
    language: Language,
    archived: z.boolean(),
    translations: Translations,
  })
  .partial()
  .extend(withVersion)
  .strict();

export const StageCreate = z
  .object({
    name,
    description: text(5000).default(''),
    position: position.optional(),
    translations: Translations.default({}),
  })
  .strict();
export const StagePatch = z
  .object({ name, description: text(5000), position, translations: Translations })
  .partial()
  .extend(withVersion)
  .strict();

export const LaneCreate = z
  .object({
    kind: LaneKind.default('custom'),
    name,
    position: position.optional(),
    translations: Translations.default({}),
  })
  .strict();
export const LanePatch = z
  .object({ name, position, translations: Translations })
  .partial()
  .extend(withVersion)
  .strict();

export const TouchpointCreate = TouchpointFields.partial()
  .extend({ name, stageId: id, position: position.optional(), translations: Translations.optional() })
  .strict();
export const TouchpointPatch = TouchpointFields.partial()
  .extend({ stageId: id, position, translations: Translations })
  .partial()
  .extend(withVersion)
  .strict();

export const CardCreate = z
  .object({
    laneId: id,
    stageId: id,
    touchpointId: id.nullable().default(null),
    text: z.string().trim().min(1, 'must not be empty').max(2000),
    position: position.optional(),
    translations: Translations.default({}),
  })
  .strict();
export const CardPatch = z
  .object({
    laneId: id,
    stageId: id,
    touchpointId: id.nullable(),
    text: z.string().trim().min(1, 'must not be empty').max(2000),
    position,
    translations: Translations,
  })
  .partial()
  .extend(withVersion)
  .strict();

export const PersonaCreate = z
  .object({
    name,
    description: text(5000).default(''),
    color: Persona.shape.color.default('#1f6feb'),
    translations: Translations.default({}),
  })
  .strict();
export const PersonaPatch = z
  .object({ name, description: text(5000), color: Persona.shape.color, position, translations: Translations })
  .partial()
  .extend(withVersion)
  .strict();

export const EmotionSet = z
  .object({ personaId: id, touchpointId: id, value: EmotionValue.nullable() })
  .strict();

export type JourneyCreate = z.infer<typeof JourneyCreate>;
export type JourneyPatch = z.infer<typeof JourneyPatch>;
export type StageCreate = z.infer<typeof StageCreate>;
export type StagePatch = z.infer<typeof StagePatch>;
export type LaneCreate = z.infer<typeof LaneCreate>;
export type LanePatch = z.infer<typeof LanePatch>;
export type TouchpointCreate = z.infer<typeof TouchpointCreate>;
export type TouchpointPatch = z.infer<typeof TouchpointPatch>;
export type CardCreate = z.infer<typeof CardCreate>;
export type CardPatch = z.infer<typeof CardPatch>;
export type PersonaCreate = z.infer<typeof PersonaCreate>;
export type PersonaPatch = z.infer<typeof PersonaPatch>;
export type EmotionSet = z.infer<typeof EmotionSet>;
