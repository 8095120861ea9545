import type { ScorecardsResult, TouchpointScorecard } from '../analytics/scorecards.schema.js';
import type { MapLabels } from './labels.js';

/**
 * A touchpoint's main score as the live map and the poster print it: "NPS 12 (−4…27) · n 134",
 * "CSAT 82 % (76…87) · n 120", "CES 5.1 (4.8…5.4) · n 80". Hidden values (below the privacy
 * minimum) keep their n; touchpoints without answers are "not measured".
 */
export type MainScore =
  | { kind: 'shown'; metric: 'nps' | 'csat' | 'ces'; value: string; interval: string | null; n: number }
  | { kind: 'hidden'; metric: 'nps' | 'csat' | 'ces'; n: number }
  | { kind: 'none' };

/** A minus sign (U+2212) for negative numbers, as in print. */
export function signed(v: number): string {
  return v < 0 ? `\u2212${Math.abs(v)}` : String(v);
}

const round0 = (v: number) => Math.round(v) + 0;
const round1 = (v: number) => Math.round(v * 10) / 10 + 0;

export function mainScore(card: TouchpointScorecard): MainScore {
  const metric = card.main;
  if (!metric) return { kind: 'none' };
  if (metric === 'nps') {
    const c = card.scores.nps;
    if (!c || c.n === 0) return { kind: 'none' };
    if (!c.visible || c.value === null) return { kind: 'hidden', metric, n: c.n };
    return {
      kind: 'shown',
      metric,
      value: signed(round0(c.value)),
      interval: c.interval ? `${signed(round0(c.interval.low))}…${signed(round0(c.interval.high))}` : null,
      n: c.n,
    };
  }
  if (metric === 'csat') {
    const c = card.scores.csat;
    if (!c || c.n === 0) return { kind: 'none' };
    if (!c.visible || c.value === null) return { kind: 'hidden', metric, n: c.n };
    return {
      kind: 'shown',
      metric,
      value: `${round0(c.value)} %`,
      interval: c.interval ? `${round0(c.interval.low)}…${round0(c.interval.high)}` : null,
      n: c.n,
    };
  }
  const c = card.scores.ces;
  if (!c || c.n === 0) return { kind: 'none' };
  if (!c.visible || c.mean === null) return { kind: 'hidden', metric, n: c.n };
  return {
    kind: 'shown',
    metric,
    value: round1(c.mean).toFixed(1),
    interval: c.interval
      ? `${round1(c.interval.low).toFixed(1)}…${round1(c.interval.high).toFixed(1)}`
      : null,
    n: c.n,
  };
}

const LABEL = { nps: 'NPS', csat: 'CSAT', ces: 'CES' } as const;

/** The one-line text of a main score ("NPS 12 (−4…27) · n 134"); `tooFew` words the hidden case. */
export function mainScoreText(
  s: MainScore,
  words: { notMeasured: string; tooFew: (n: number) => string },
): string {
  if (s.kind === 'none') return words.notMeasured;
  if (s.kind === 'hidden') return `${LABEL[s.metric]} · ${words.tooFew(s.n)}`;
  return `${LABEL[s.metric]} ${s.value}${s.interval ? ` (${s.interval})` : ''} · n ${s.n}`;
}

/** What the poster prints on a touchpoint card: the main score line and the target status in words. */
export interface PosterNumbers {
  score: string;
  target: 'met' | 'missed' | 'not_enough_data' | 'no_target';
  status: string;
}

/** The live numbers of each touchpoint for the poster, by touchpoint id. */
export function posterNumbers(result: ScorecardsResult, labels: MapLabels): Map<string, PosterNumbers> {
  const out = new Map<string, PosterNumbers>();
  for (const tp of result.touchpoints) {
    const s = mainScore(tp);
    const target = s.kind === 'none' ? 'no_target' : (tp.target?.status ?? 'no_target');
    out.set(tp.id, {
      score: mainScoreText(s, {
        notMeasured: labels.live.notMeasured,
        tooFew: (n) => labels.live.tooFew.replace('{n}', String(n)),
      }),
      target,
      status: labels.live.target[target],
    });
  }
  return out;
}

/** Whether the journey has any event or response in the scorecards' period. */
export function hasLiveData(s: ScorecardsResult): boolean {
  return (
    s.journey.behaviour.events > 0 ||
    s.journey.scores.responses > 0 ||
    s.touchpoints.some((tp) => tp.scores.responses > 0 || tp.behaviour.events > 0)
  );
}
