import type { Kpi, Touchpoint } from '../domain/journey/journey.schema.js';
import {
  DEFAULT_EVIDENCE,
  type EvidenceThresholds,
  evidenceFromData,
  scoreToEmotion,
  targetStatus,
} from '../domain/metrics/index.js';
import type { AnalysisInput } from './analysis-input.js';
import { hideComplements } from './complement.js';
import type { SqlEngine } from './engine.js';
import { kpiMetric } from './kpi-metric.js';
import { behaviourOf, type SumsRow, scoresOf } from './scorecard-cards.js';
import type {
  Behaviour,
  Scorecard,
  ScorecardsResult,
  Scores,
  TouchpointScorecard,
} from './scorecards.schema.js';
import { behaviourSums, relationalSums, transactionalSums } from './scorecards.sql.js';

export { ScorecardsResultSchema } from './scorecards.schema.js';

/**
 * Scorecards per touchpoint, stage and journey: NPS, CSAT, CES, the experience dimensions,
 * responses, events, customers, revenue and conversion; the change against the compare-to
 * period; KPI target status; evidence status from data; the measured emotion beside the
 * hypothesis. Transactional (touchpoint), journey-level and relational NPS are kept apart.
 */
export async function scorecards(
  engine: SqlEngine,
  input: AnalysisInput & { evidence?: EvidenceThresholds },
): Promise<ScorecardsResult> {
  const { query: q, map, privacyMinimum: min } = input;
  const personas = map.personas;
  const periods = q.compareTo ? [q.period, q.compareTo] : [q.period];
  const runs = await Promise.all(
    periods.map(async (p) => {
      const t = transactionalSums(q, personas, p);
      const r = relationalSums(q, personas, p);
      const e = behaviourSums(q, personas, p);
      const [trans, rel, beh] = await Promise.all([
        engine.select(t.sql, t.params),
        engine.select(r.sql, r.params),
        engine.select(e.sql, e.params),
      ]);
      return { trans, rel: rel[0], beh };
    }),
  );
  const [cur, prev] = runs as [(typeof runs)[0], (typeof runs)[0] | undefined];
  const key = (r: SumsRow) => `${r.scope}:${r.scope === 'stage' ? r.stage_id : (r.touchpoint_id ?? '')}`;
  const index = (rows: SumsRow[], level?: string) =>
    new Map(rows.filter((r) => level === undefined || r.level === level).map((r) => [key(r), r]));
  const tpNow = index(cur.trans, 'touchpoint');
  const tpPrev = prev && index(prev.trans, 'touchpoint');
  const jNow = index(cur.trans, 'journey');
  const jPrev = prev && index(prev.trans, 'journey');
  const bNow = index(cur.beh);
  const bPrev = prev && index(prev.beh);
  const compare = prev !== undefined;

  const scoresAt = (k: string): Scores =>
    scoresOf(tpNow.get(k), compare ? (tpPrev?.get(k) ?? {}) : undefined, min);
  const behaviourAt = (k: string): Behaviour =>
    behaviourOf(bNow.get(k), compare ? (bPrev?.get(k) ?? {}) : undefined);

  const card = (scope: Scorecard['scope'], id: string, k: string, kpis: readonly Kpi[]): Scorecard => {
    const scores = scoresAt(k);
    const behaviour = behaviourAt(k);
    return { scope, id, scores, behaviour, ...mainAndTarget(scores, behaviour, kpis, min) };
  };

  const thresholds = input.evidence ?? DEFAULT_EVIDENCE;
  const touchpoints: TouchpointScorecard[] = sortedTouchpoints(input).map((tp) => {
    const c = card('touchpoint', tp.id, `touchpoint:${tp.id}`, tp.kpis);
    return {
      ...c,
      evidence: {
        own: tp.evidence,
        fromData: evidenceFromData(tp.evidence, c.scores.responses, thresholds),
        responses: c.scores.responses,
      },
      emotion: { hypothesis: tp.emotion, measured: measuredEmotion(c) },
    };
  });
  // A parent is hidden when it would reveal a hidden child by subtraction (complement.ts).
  const stageOf = new Map(map.touchpoints.map((t) => [t.id, t.stageId]));
  const stages = [...map.stages]
    .sort((a, b) => a.position - b.position)
    .map((s) => {
      const c = card('stage', s.id, `stage:${s.id}`, []);
      const children = touchpoints.filter((t) => stageOf.get(t.id) === s.id);
      return {
        ...c,
        scores: hideComplements(
          c.scores,
          children.map((t) => t.scores),
          min,
        ),
      };
    });
  const whole = card('journey', map.journey.id, 'journey:', []);
  const journey = {
    ...whole,
    scores: hideComplements(
      hideComplements(
        whole.scores,
        stages.map((s) => s.scores),
        min,
      ),
      touchpoints.map((t) => t.scores),
      min,
    ),
  };
  return {
    period: q.period,
    compareTo: q.compareTo ?? null,
    privacyMinimum: min,
    journey,
    journeyLevel: scoresOf(jNow.get('journey:'), compare ? (jPrev?.get('journey:') ?? {}) : undefined, min),
    relational: scoresOf(cur.rel, compare ? (prev?.rel ?? {}) : undefined, min),
    stages,
    touchpoints,
  };
}

/** The journey's touchpoints in map order: by stage position, then touchpoint position. */
export function sortedTouchpoints(input: Pick<AnalysisInput, 'map'>): Touchpoint[] {
  const stagePos = new Map(input.map.stages.map((s) => [s.id, s.position]));
  return [...input.map.touchpoints].sort(
    (a, b) => (stagePos.get(a.stageId) ?? 0) - (stagePos.get(b.stageId) ?? 0) || a.position - b.position,
  );
}

function metricValue(
  scores: Scores,
  behaviour: Behaviour,
  metric: string,
): { value: number | null; n: number } {
  switch (metric) {
    case 'nps':
      return { value: scores.nps?.value ?? null, n: scores.nps?.n ?? 0 };
    case 'csat':
      return { value: scores.csat?.value ?? null, n: scores.csat?.n ?? 0 };
    case 'ces':
      return { value: scores.ces?.mean ?? null, n: scores.ces?.n ?? 0 };
    case 'cesEasy':
      return { value: scores.ces?.easy ?? null, n: scores.ces?.n ?? 0 };
    default:
      return { value: behaviour.conversion?.rate ?? null, n: behaviour.conversion?.customers ?? 0 };
  }
}

function mainAndTarget(
  scores: Scores,
  behaviour: Behaviour,
  kpis: readonly Kpi[],
  min: number,
): Pick<Scorecard, 'main' | 'target'> {
  const measured = kpis.map((k) => ({ kpi: k, metric: kpiMetric(k) })).filter((x) => x.metric !== null);
  const withTarget = measured.find((x) => x.kpi.target !== null);
  let target: Scorecard['target'] = null;
  if (withTarget?.metric && withTarget.kpi.target !== null) {
    const { value, n } = metricValue(scores, behaviour, withTarget.metric);
    target = {
      kpi: withTarget.kpi.name,
      metric: withTarget.metric,
      target: withTarget.kpi.target,
      direction: withTarget.kpi.direction,
      status: targetStatus(value, withTarget.kpi.target, withTarget.kpi.direction, n, min),
    };
  }
  const counts = { nps: scores.nps?.n ?? 0, csat: scores.csat?.n ?? 0, ces: scores.ces?.n ?? 0 } as const;
  const fromKpi = measured
    .map((x) => (x.metric === 'cesEasy' ? 'ces' : x.metric))
    .find((m): m is 'nps' | 'csat' | 'ces' => (m === 'nps' || m === 'csat' || m === 'ces') && counts[m] > 0);
  const most = (Object.entries(counts) as ['nps' | 'csat' | 'ces', number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  return { main: fromKpi ?? most ?? null, target };
}

function measuredEmotion(c: Scorecard): number | null {
  const s = c.scores;
  if (c.main === 'nps' && s.nps?.value != null) return scoreToEmotion('nps', s.nps.value);
  if (c.main === 'csat' && s.csat?.mean != null) return scoreToEmotion('csatMean', s.csat.mean);
  if (c.main === 'ces' && s.ces?.mean != null) return scoreToEmotion('cesMean', s.ces.mean);
  return null;
}
