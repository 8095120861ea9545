import type {
  CesCard,
  CsatCard,
  NpsCard,
  Scorecard,
  ScorecardsResult,
  Scores,
} from '../../../src/analytics/scorecards.schema.js';
import type { Cell } from './csv.js';
import type { Names } from './names.js';

export type ScoreMetric = 'nps' | 'csat' | 'ces';

/** A card's headline value: NPS, CSAT top-2-box %, CES mean. Null when hidden or missing. */
export function headline(scores: Scores, metric: ScoreMetric): number | null {
  const card = scores[metric];
  if (!card?.visible) return null;
  return metric === 'ces' ? (card as CesCard).mean : (card as NpsCard | CsatCard).value;
}

/** Decimals a metric is shown with. */
export const DIGITS: Record<ScoreMetric, number> = { nps: 0, csat: 0, ces: 1 };

export interface ScorecardRow {
  scope: Scorecard['scope'];
  id: string;
  name: string;
  card: Scorecard;
}

/** Stage rows each followed by its touchpoints (designed order), then the journey. */
export function scorecardRows(result: ScorecardsResult, names: Names): ScorecardRow[] {
  const stageCards = new Map(result.stages.map((s) => [s.id, s]));
  const tpCards = new Map(result.touchpoints.map((t) => [t.id, t]));
  const rows: ScorecardRow[] = [];
  for (const stage of names.stages) {
    const card = stageCards.get(stage.id);
    if (card) rows.push({ scope: 'stage', id: stage.id, name: names.stage(stage.id), card });
    for (const tp of names.touchpointsOf(stage.id)) {
      const c = tpCards.get(tp.id);
      if (c) rows.push({ scope: 'touchpoint', id: tp.id, name: names.touchpoint(tp.id), card: c });
    }
  }
  rows.push({ scope: 'journey', id: result.journey.id, name: '', card: result.journey });
  return rows;
}

/** The touchpoint with the lowest visible NPS (the demo's delivery wait), or null. */
export function lowestNps(result: ScorecardsResult): string | null {
  let best: { id: string; value: number } | null = null;
  for (const t of result.touchpoints) {
    const v = headline(t.scores, 'nps');
    if (v !== null && (best === null || v < best.value)) best = { id: t.id, value: v };
  }
  return best?.id ?? null;
}

/** The CSV columns of the scorecard table. */
export function scorecardCsvColumns(label: (key: string) => string): string[] {
  const metricCols = (m: string) => [
    m,
    `${m} n`,
    `${m} 95% low`,
    `${m} 95% high`,
    `${m} change`,
    `${m} significant`,
  ];
  return [
    label('scope'),
    label('name'),
    ...metricCols('NPS'),
    ...metricCols('CSAT'),
    ...metricCols('CES'),
    label('target'),
    label('responses'),
    label('events'),
    label('conversion'),
  ];
}

function metricCells(scores: Scores, metric: ScoreMetric): Cell[] {
  const card = scores[metric];
  if (!card) return [null, 0, null, null, null, null];
  const change = card.change;
  return [
    headline(scores, metric),
    card.n,
    card.interval?.low ?? null,
    card.interval?.high ?? null,
    change?.delta ?? null,
    change ? (change.significant ? 'yes' : 'no') : null,
  ];
}

/** One CSV row of the scorecard table (numbers raw). */
export function scorecardCsvRow(row: ScorecardRow, scopeLabel: string, targetLabel: string): Cell[] {
  const { scores, behaviour } = row.card;
  return [
    scopeLabel,
    row.name,
    ...metricCells(scores, 'nps'),
    ...metricCells(scores, 'csat'),
    ...metricCells(scores, 'ces'),
    targetLabel,
    scores.responses,
    behaviour.events,
    behaviour.conversion?.rate ?? null,
  ];
}
