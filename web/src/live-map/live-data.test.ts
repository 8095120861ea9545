import { describe, expect, it } from 'vitest';
import type { TouchpointScorecard } from '../../../src/analytics/scorecards.schema.js';
import type { ScorecardsResult, TrendResult } from '../analytics/api.js';
import { buildLiveData, hasData, trendMetrics } from './live-data.js';

const emptyScores = {
  responses: 0,
  nps: null,
  csat: null,
  ces: null,
  dimensions: { cognitive: null, emotional: null, social: null, sensory: null },
  expectationGap: null,
};
const behaviour = { events: 0, customers: 0, revenue: 0, conversion: null };

function tp(id: string, nps: number | null, n: number, patch: Partial<TouchpointScorecard> = {}) {
  return {
    scope: 'touchpoint',
    id,
    scores: {
      ...emptyScores,
      responses: n,
      nps:
        n === 0
          ? null
          : {
              n,
              visible: nps !== null,
              change: null,
              value: nps,
              interval: nps === null ? null : { low: nps - 10, high: nps + 10 },
              promoters: null,
              passives: null,
              detractors: null,
            },
    },
    behaviour,
    main: n === 0 ? null : 'nps',
    target: null,
    evidence: { own: 'hypothesis', fromData: 'hypothesis', responses: n },
    emotion: { hypothesis: null, measured: null },
    ...patch,
  } satisfies TouchpointScorecard;
}

function result(touchpoints: TouchpointScorecard[]): ScorecardsResult {
  return {
    period: { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' },
    compareTo: null,
    privacyMinimum: 5,
    journey: { scope: 'journey', id: 'j', scores: emptyScores, behaviour, main: null, target: null },
    journeyLevel: emptyScores,
    relational: emptyScores,
    stages: [],
    touchpoints,
  };
}

const point = (v: number | null) => ({
  at: '2026-01-05',
  responses: 6,
  events: 0,
  nps:
    v === null
      ? null
      : { n: 6, visible: true, value: v, interval: null, promoters: null, passives: null, detractors: null },
  csat: null,
  ces: null,
  significantChange: false,
});
const trend = (series: { key: string; values: (number | null)[] }[]): TrendResult => ({
  granularity: 'week',
  metric: 'nps',
  splitBy: 'touchpoint',
  buckets: [],
  series: series.map((s) => ({ key: s.key, label: s.key, points: s.values.map(point) })),
});

describe('buildLiveData', () => {
  const cards = result([
    tp('a', -12, 46, {
      target: { kpi: 'NPS', metric: 'nps', target: 20, direction: 'higher', status: 'missed' },
      evidence: { own: 'hypothesis', fromData: 'partly_supported', responses: 46 },
      emotion: { hypothesis: -1, measured: -0.5 },
    }),
    tp('b', null, 3),
    tp('c', null, 0),
  ]);
  const waiting = {
    rule: { minHours: 24, minGoOnShare: 0.8, maxMeasuredShare: 0.1, minCustomers: 5 },
    gaps: [
      {
        fromTouchpointId: 'a',
        toTouchpointId: 'b',
        designed: true,
        observedRank: 1,
        customersAtFrom: 10,
        customers: 9,
        gaps: 9,
        goOnShare: 0.9,
        measuredShare: 0,
        medianHours: 50,
        p75Hours: 70,
        waitingPhase: true,
      },
      {
        fromTouchpointId: 'b',
        toTouchpointId: 'c',
        designed: true,
        observedRank: null,
        customersAtFrom: 10,
        customers: 9,
        gaps: 9,
        goOnShare: 0.9,
        measuredShare: 0.5,
        medianHours: 50,
        p75Hours: 70,
        waitingPhase: false,
      },
    ],
  };

  it('joins scores, target, raised evidence, trend, measured emotion and waiting phases per card', () => {
    const data = buildLiveData(cards, {}, waiting, undefined, null);
    const a = data.cards.get('a')!;
    expect(a.score).toEqual({
      kind: 'shown',
      metric: 'nps',
      value: '\u221212',
      interval: '\u221222…\u22122',
      n: 46,
    });
    expect(a.target).toBe('missed');
    expect(a.raisedEvidence).toBe('partly_supported');
    expect(a.trend).toBeNull();
    expect(a.measured).toBe(-0.5);
    expect(a.waiting).toEqual({ toTouchpointId: 'b', medianHours: 50 });
    expect(data.cards.get('b')!.score).toEqual({ kind: 'hidden', metric: 'nps', n: 3 });
    expect(data.cards.get('b')!.waiting).toBeNull();
    expect(data.cards.get('c')!.score).toEqual({ kind: 'none' });
    expect(trendMetrics(cards)).toEqual(['nps']);
  });

  it('takes the main metric trend per touchpoint, hidden buckets as gaps, and keeps unchanged cards', () => {
    const first = buildLiveData(
      cards,
      { nps: trend([{ key: 'a', values: [10, null, -5] }]) },
      undefined,
      undefined,
      null,
    );
    expect(first.cards.get('a')!.trend).toEqual([10, null, -5]);
    expect(first.cards.get('b')!.trend).toEqual([]);
    const again = buildLiveData(
      cards,
      { nps: trend([{ key: 'a', values: [10, null, -5] }]) },
      undefined,
      undefined,
      first,
    );
    expect(again.cards.get('a')).toBe(first.cards.get('a'));
    const changed = buildLiveData(
      cards,
      { nps: trend([{ key: 'a', values: [10, 2, -5] }]) },
      undefined,
      undefined,
      first,
    );
    expect(changed.cards.get('a')).not.toBe(first.cards.get('a'));
    expect(changed.cards.get('b')).toBe(first.cards.get('b'));
  });

  it('knows whether the journey has data', () => {
    expect(hasData(cards)).toBe(true);
    expect(hasData(result([tp('c', null, 0)]))).toBe(false);
  });
});
