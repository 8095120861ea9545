import { z } from 'zod';

/** The API's shape of scorecards (see scorecards.ts); values are null when hidden by the privacy minimum. */
export const IntervalSchema = z.object({ low: z.number(), high: z.number() });

/** The change against the compare-to period; `significant` only where the test says so. */
export const ChangeSchema = z.object({
  previous: z.number().nullable(),
  previousN: z.number().int(),
  delta: z.number().nullable(),
  significant: z.boolean(),
  /** The test's statistic (z or t), null when not computable. */
  statistic: z.number().nullable(),
});
export type Change = z.infer<typeof ChangeSchema>;

const base = {
  /** Valid answers (always shown). */
  n: z.number().int(),
  /** False when n is below the workspace's privacy minimum: the values are null then. */
  visible: z.boolean(),
  change: ChangeSchema.nullable(),
};

export const NpsCardSchema = z.object({
  ...base,
  value: z.number().nullable(),
  interval: IntervalSchema.nullable(),
  promoters: z.number().int().nullable(),
  passives: z.number().int().nullable(),
  detractors: z.number().int().nullable(),
});
export type NpsCard = z.infer<typeof NpsCardSchema>;

export const MeanCardSchema = z.object({
  ...base,
  mean: z.number().nullable(),
  interval: IntervalSchema.nullable(),
});
export type MeanCard = z.infer<typeof MeanCardSchema>;

export const CsatCardSchema = z.object({
  ...base,
  /** Top-2-box share, 0–100, with its Wilson interval. */
  value: z.number().nullable(),
  interval: IntervalSchema.nullable(),
  mean: MeanCardSchema.shape.mean,
  meanInterval: IntervalSchema.nullable(),
});
export type CsatCard = z.infer<typeof CsatCardSchema>;

export const CesCardSchema = z.object({
  ...base,
  mean: z.number().nullable(),
  interval: IntervalSchema.nullable(),
  /** % easy (answers 5–7), with its Wilson interval. */
  easy: z.number().nullable(),
  easyInterval: IntervalSchema.nullable(),
});
export type CesCard = z.infer<typeof CesCardSchema>;

export const ConversionSchema = z.object({
  customers: z.number().int(),
  converted: z.number().int(),
  /** % of customers seen here who placed an order afterwards (null when there are no customers). */
  rate: z.number().nullable(),
  interval: IntervalSchema.nullable(),
  change: ChangeSchema.nullable(),
});

export const Metric = z.enum(['nps', 'csat', 'ces', 'cesEasy', 'conversion']);
export type Metric = z.infer<typeof Metric>;

export const TargetSchema = z.object({
  kpi: z.string(),
  metric: Metric,
  target: z.number(),
  direction: z.enum(['higher', 'lower']),
  status: z.enum(['met', 'missed', 'not_enough_data', 'no_target']),
});

export const ScoresSchema = z.object({
  responses: z.number().int(),
  nps: NpsCardSchema.nullable(),
  csat: CsatCardSchema.nullable(),
  ces: CesCardSchema.nullable(),
  dimensions: z.object({
    cognitive: MeanCardSchema.nullable(),
    emotional: MeanCardSchema.nullable(),
    social: MeanCardSchema.nullable(),
    sensory: MeanCardSchema.nullable(),
  }),
  /** Experienced minus expected, from expectation-versus-experience pairs. */
  expectationGap: MeanCardSchema.nullable(),
});
export type Scores = z.infer<typeof ScoresSchema>;

export const BehaviourSchema = z.object({
  events: z.number().int(),
  customers: z.number().int(),
  revenue: z.number(),
  conversion: ConversionSchema.nullable(),
});
export type Behaviour = z.infer<typeof BehaviourSchema>;

export const ScorecardSchema = z.object({
  scope: z.enum(['touchpoint', 'stage', 'journey']),
  /** Touchpoint or stage id; the journey id for the journey. */
  id: z.string(),
  /** Transactional scores (touchpoint-level surveys; at journey scope, journey-level surveys apart). */
  scores: ScoresSchema,
  behaviour: BehaviourSchema,
  /** The score shown first on a card: the one with a KPI target, else the one most answered. */
  main: z.enum(['nps', 'csat', 'ces']).nullable(),
  target: TargetSchema.nullable(),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;

export const EvidenceSchema = z.object({
  /** What the team has set on the map. */
  own: z.enum(['hypothesis', 'partly_supported', 'validated']),
  /** What the data supports: responses can only raise the status. */
  fromData: z.enum(['hypothesis', 'partly_supported', 'validated']),
  responses: z.number().int(),
});

export const TouchpointScorecardSchema = ScorecardSchema.extend({
  evidence: EvidenceSchema,
  emotion: z.object({
    /** The team's hypothesis, −2…+2. */
    hypothesis: z.number().nullable(),
    /** Measured from the main score, scaled to −2…+2 (null when hidden or unmeasured). */
    measured: z.number().nullable(),
  }),
});
export type TouchpointScorecard = z.infer<typeof TouchpointScorecardSchema>;

export const ScorecardsResultSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  compareTo: z.object({ from: z.string(), to: z.string() }).nullable(),
  privacyMinimum: z.number().int(),
  journey: ScorecardSchema,
  /** Journey-level survey answers (about the whole journey), kept apart from touchpoint ones. */
  journeyLevel: ScoresSchema,
  /** Relationship (relational) NPS and other scores: never merged with transactional ones. */
  relational: ScoresSchema,
  stages: z.array(ScorecardSchema),
  touchpoints: z.array(TouchpointScorecardSchema),
});
export type ScorecardsResult = z.infer<typeof ScorecardsResultSchema>;
