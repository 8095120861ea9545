import { z } from 'zod';
import { type ActionMetric, ImprovementAction } from '../domain/actions/action.schema.js';
import { type ImpactWindow, impactWindow } from '../domain/actions/impact-window.js';
import type { JourneyMap } from '../domain/journey/journey.schema.js';
import type { SqlEngine } from './engine.js';
import { Query } from './query.js';
import { scorecards } from './scorecards.js';
import { IntervalSchema, type TouchpointScorecard } from './scorecards.schema.js';

/**
 * An improvement action's impact: its target metric on its touchpoint before and after the start,
 * through the scorecards analysis (period = after, compare-to = before; a second run over the
 * before window gives that side's interval). The significance is the scorecards' own test:
 * adjusted-Wald difference for NPS, two proportions for CSAT top-2-box and conversion, Welch for
 * the CES mean. Values under the privacy minimum stay hidden (their n is shown).
 */

export const ImpactSide = z.object({
  n: z.number().int(),
  visible: z.boolean(),
  value: z.number().nullable(),
  interval: IntervalSchema.nullable(),
});
export type ImpactSide = z.infer<typeof ImpactSide>;

export const Verdict = z.enum(['improved', 'worsened', 'no_significant_change', 'not_enough_data']);
export type Verdict = z.infer<typeof Verdict>;

export const ImpactTest = z.enum(['nps_adjusted_wald', 'two_proportion', 'welch']);

export const ActionImpact = z.object({
  action: ImprovementAction,
  status: z.enum(['measured', 'not_started', 'no_target_metric']),
  metric: z.enum(['nps', 'csat', 'ces', 'conversion']).nullable(),
  touchpointId: z.string().nullable(),
  target: z.number().nullable(),
  window: z
    .object({
      before: z.object({ from: z.string(), to: z.string() }),
      after: z.object({ from: z.string(), to: z.string() }),
      days: z.number(),
      capped: z.boolean(),
    })
    .nullable(),
  privacyMinimum: z.number().int(),
  before: ImpactSide.nullable(),
  after: ImpactSide.nullable(),
  change: z
    .object({
      delta: z.number().nullable(),
      significant: z.boolean(),
      statistic: z.number().nullable(),
      test: ImpactTest,
    })
    .nullable(),
  verdict: Verdict.nullable(),
});
export type ActionImpact = z.infer<typeof ActionImpact>;

export const TEST_OF: Record<ActionMetric, z.infer<typeof ImpactTest>> = {
  nps: 'nps_adjusted_wald',
  csat: 'two_proportion',
  ces: 'welch',
  conversion: 'two_proportion',
};

const EMPTY: ImpactSide = { n: 0, visible: false, value: null, interval: null };

/** One side of the comparison, read off a touchpoint scorecard. */
export function sideOf(card: TouchpointScorecard | undefined, metric: ActionMetric): ImpactSide {
  if (!card) return EMPTY;
  const s = card.scores;
  switch (metric) {
    case 'nps':
      return s.nps
        ? { n: s.nps.n, visible: s.nps.visible, value: s.nps.value, interval: s.nps.interval }
        : EMPTY;
    case 'csat':
      return s.csat
        ? { n: s.csat.n, visible: s.csat.visible, value: s.csat.value, interval: s.csat.interval }
        : EMPTY;
    case 'ces':
      return s.ces
        ? { n: s.ces.n, visible: s.ces.visible, value: s.ces.mean, interval: s.ces.interval }
        : EMPTY;
    case 'conversion': {
      const c = card.behaviour.conversion;
      return c ? { n: c.customers, visible: c.rate !== null, value: c.rate, interval: c.interval } : EMPTY;
    }
  }
}

/** The change (after against before) the scorecards computed for this metric. */
export function changeOf(card: TouchpointScorecard | undefined, metric: ActionMetric) {
  const s = card?.scores;
  const c =
    metric === 'nps'
      ? s?.nps?.change
      : metric === 'csat'
        ? s?.csat?.change
        : metric === 'ces'
          ? s?.ces?.change
          : card?.behaviour.conversion?.change;
  return c
    ? { delta: c.delta, significant: c.significant, statistic: c.statistic, test: TEST_OF[metric] }
    : null;
}

/** Improved or worsened only when the test says so; CES is better when higher (easier). */
export function verdictOf(change: ActionImpact['change']): Verdict {
  if (!change || change.delta === null) return 'not_enough_data';
  if (!change.significant) return 'no_significant_change';
  return change.delta > 0 ? 'improved' : 'worsened';
}

export interface ImpactInput {
  action: ImprovementAction;
  map: JourneyMap;
  privacyMinimum: number;
  now: Date;
  /** The after-window's length the user chose (days); default: to today or the done date. */
  days?: number;
}

export async function actionImpact(engine: SqlEngine, input: ImpactInput): Promise<ActionImpact> {
  const { action, map, privacyMinimum } = input;
  const tm = action.targetMetric;
  const base = {
    action,
    metric: tm?.metric ?? null,
    touchpointId: tm?.touchpointId ?? null,
    target: tm?.target ?? null,
    privacyMinimum,
    before: null,
    after: null,
    change: null,
    verdict: null,
  };
  if (!tm) return { ...base, status: 'no_target_metric', window: null };
  const window: ImpactWindow | null = impactWindow(action, input.now, input.days);
  if (!window) return { ...base, status: 'not_started', window: null };
  const query = (period: ImpactWindow['after'], compareTo?: ImpactWindow['before']) =>
    Query.parse({
      workspaceId: action.workspaceId,
      journeyId: action.journeyId,
      period,
      ...(compareTo ? { compareTo } : {}),
      filters: { touchpointIds: [tm.touchpointId] },
    });
  const [afterRun, beforeRun] = await Promise.all([
    scorecards(engine, { query: query(window.after, window.before), map, privacyMinimum }),
    scorecards(engine, { query: query(window.before), map, privacyMinimum }),
  ]);
  const pick = (r: typeof afterRun) => r.touchpoints.find((t) => t.id === tm.touchpointId);
  const change = changeOf(pick(afterRun), tm.metric);
  return {
    ...base,
    status: 'measured',
    window,
    before: sideOf(pick(beforeRun), tm.metric),
    after: sideOf(pick(afterRun), tm.metric),
    change,
    verdict: verdictOf(change),
  };
}
