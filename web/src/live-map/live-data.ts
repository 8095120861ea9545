import type { PathsResult } from '../../../src/analytics/paths.js';
import type { TouchpointScorecard } from '../../../src/analytics/scorecards.schema.js';
import type { WaitingGap, WaitingResult } from '../../../src/analytics/waiting.js';
import { type MainScore, mainScore } from '../../../src/export/live-numbers.js';
import type { ScorecardsResult, TrendResult } from '../analytics/api.js';

type Level = 'hypothesis' | 'partly_supported' | 'validated';
const RANK: Record<Level, number> = { hypothesis: 0, partly_supported: 1, validated: 2 };

/** What one touchpoint card shows in live mode. */
export interface LiveCard {
  score: MainScore;
  target: 'met' | 'missed' | 'not_enough_data' | 'no_target';
  /** The evidence status the data supports, when it is above the team's own. */
  raisedEvidence: Level | null;
  /** The team marked it supported or validated, yet no response in the period backs it. */
  unbacked: boolean;
  /** The main metric's values per trend bucket (null where hidden or unanswered); null until the trend loads. */
  trend: (number | null)[] | null;
  measured: number | null;
  /** The waiting phase that starts after this touchpoint, if flagged. */
  waiting: { toTouchpointId: string; medianHours: number | null } | null;
  /** Cheap identity of the content: cards keep their object when nothing changed. */
  sig: string;
}

export interface LiveMapData {
  cards: Map<string, LiveCard>;
  unmapped: { key: string; customers: number; events: number }[];
  granularity: string;
  hasData: boolean;
}

function pointValue(p: TrendResult['series'][number]['points'][number], metric: 'nps' | 'csat' | 'ces') {
  if (metric === 'nps') return p.nps?.visible ? p.nps.value : null;
  if (metric === 'csat') return p.csat?.visible ? p.csat.value : null;
  return p.ces?.visible ? p.ces.mean : null;
}

function liveCard(
  tp: TouchpointScorecard,
  trends: Partial<Record<'nps' | 'csat' | 'ces', TrendResult>>,
  waiting: WaitingGap | undefined,
): Omit<LiveCard, 'sig'> {
  const trend = tp.main ? trends[tp.main] : undefined;
  const series = trend?.series.find((s) => s.key === tp.id);
  const own = tp.evidence.own as Level;
  const fromData = tp.evidence.fromData as Level;
  return {
    score: mainScore(tp),
    target: tp.target?.status ?? 'no_target',
    raisedEvidence: RANK[fromData] > RANK[own] ? fromData : null,
    unbacked: own !== 'hypothesis' && tp.evidence.responses === 0,
    trend: !trend ? null : tp.main && series ? series.points.map((p) => pointValue(p, tp.main!)) : [],
    measured: tp.emotion.measured,
    waiting: waiting ? { toTouchpointId: waiting.toTouchpointId, medianHours: waiting.medianHours } : null,
  };
}

/** The metrics whose trends the map needs (each touchpoint's main metric). */
export function trendMetrics(scorecards: ScorecardsResult | undefined): ('nps' | 'csat' | 'ces')[] {
  const set = new Set<'nps' | 'csat' | 'ces'>();
  for (const tp of scorecards?.touchpoints ?? []) if (tp.main) set.add(tp.main);
  return (['nps', 'csat', 'ces'] as const).filter((m) => set.has(m));
}

/** Joins the analyses into what each card shows; cards whose content did not change keep their object. */
export function buildLiveData(
  scorecards: ScorecardsResult,
  trends: Partial<Record<'nps' | 'csat' | 'ces', TrendResult>>,
  waiting: WaitingResult | undefined,
  paths: PathsResult | undefined,
  previous: LiveMapData | null,
): LiveMapData {
  const waitingFrom = new Map<string, WaitingGap>();
  // Every flagged phase (next on the map, or a common observed move such as delivery wait →
  // parcel pick-up); per touchpoint the one most customers go through.
  for (const g of waiting?.gaps ?? []) {
    if (!g.waitingPhase) continue;
    const had = waitingFrom.get(g.fromTouchpointId);
    if (!had || g.customers > had.customers) waitingFrom.set(g.fromTouchpointId, g);
  }
  const cards = new Map<string, LiveCard>();
  for (const tp of scorecards.touchpoints) {
    const content = liveCard(tp, trends, waitingFrom.get(tp.id));
    const sig = JSON.stringify(content);
    const old = previous?.cards.get(tp.id);
    cards.set(tp.id, old && old.sig === sig ? old : { ...content, sig });
  }
  const unmapped = (paths?.differences.unmapped ?? [])
    .filter((u) => u.reason === 'unknown-key' && u.key !== null)
    .map((u) => ({ key: u.key as string, customers: u.customers, events: u.events }));
  return {
    cards,
    unmapped,
    granularity: Object.values(trends)[0]?.granularity ?? 'week',
    hasData: hasData(scorecards),
  };
}

/** Whether the journey has any event or response in the period. */
export function hasData(s: ScorecardsResult): boolean {
  return (
    s.journey.behaviour.events > 0 ||
    s.journey.scores.responses > 0 ||
    s.touchpoints.some((tp) => tp.scores.responses > 0 || tp.behaviour.events > 0)
  );
}
