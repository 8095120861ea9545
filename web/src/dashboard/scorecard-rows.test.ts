import { describe, expect, it } from 'vitest';
import type {
  ScorecardsResult,
  Scores,
  TouchpointScorecard,
} from '../../../src/analytics/scorecards.schema.js';
import type { JourneyMap } from '../api/types.js';
import { audienceRows } from './audience-rows.js';
import { namesOf } from './names.js';
import { headline, lowestNps, scorecardCsvRow, scorecardRows } from './scorecard-rows.js';

const map = {
  stages: [
    { id: 's2', name: 'Delivery', position: 2, translations: { fi: { name: 'Toimitus' } } },
    { id: 's1', name: 'Purchase', position: 1, translations: {} },
  ],
  touchpoints: [
    { id: 't3', stageId: 's2', name: 'Waiting for delivery', position: 1, translations: {} },
    { id: 't1', stageId: 's1', name: 'Checkout', position: 2, translations: {} },
    { id: 't2', stageId: 's1', name: 'Product page', position: 1, translations: {} },
  ],
} as unknown as JourneyMap;

const none: Scores = {
  responses: 0,
  nps: null,
  csat: null,
  ces: null,
  dimensions: { cognitive: null, emotional: null, social: null, sensory: null },
  expectationGap: null,
};
const nps = (value: number | null, n: number, visible = true): Scores => ({
  ...none,
  responses: n,
  nps: {
    n,
    visible,
    value: visible ? value : null,
    interval: visible && value !== null ? { low: value - 10, high: value + 10 } : null,
    promoters: null,
    passives: null,
    detractors: null,
    change: {
      previous: 10,
      previousN: 40,
      delta: visible && value !== null ? value - 10 : null,
      significant: true,
      statistic: -2.5,
    },
  },
});
const csat = (value: number, n: number): Scores => ({
  ...none,
  responses: n,
  csat: { n, visible: true, value, interval: null, mean: 4, meanInterval: null, change: null },
});
const behaviour = { events: 7, customers: 5, revenue: 0, conversion: null };
const card = (id: string, scope: 'touchpoint' | 'stage' | 'journey', scores: Scores) => ({
  scope,
  id,
  scores,
  behaviour,
  main: null,
  target: null,
});
const tp = (id: string, scores: Scores): TouchpointScorecard => ({
  ...card(id, 'touchpoint', scores),
  evidence: { own: 'hypothesis', fromData: 'hypothesis', responses: scores.responses },
  emotion: { hypothesis: null, measured: null },
});
const result = (touchpoints: TouchpointScorecard[]): ScorecardsResult => ({
  period: { from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
  compareTo: null,
  privacyMinimum: 5,
  journey: card('j1', 'journey', none),
  journeyLevel: none,
  relational: none,
  stages: [card('s1', 'stage', none), card('s2', 'stage', none)],
  touchpoints,
});

describe('scorecard rows', () => {
  const names = namesOf(map, 'fi');
  const r = result([tp('t1', nps(20, 50)), tp('t2', nps(-90, 3, false)), tp('t3', nps(-35, 40))]);

  it('orders stages by position, each followed by its touchpoints, then the journey (names in the UI language)', () => {
    expect(scorecardRows(r, names).map((x) => `${x.scope}:${x.name}`)).toEqual([
      'stage:Purchase',
      'touchpoint:Product page',
      'touchpoint:Checkout',
      'stage:Toimitus',
      'touchpoint:Waiting for delivery',
      'journey:',
    ]);
  });

  it('finds the lowest visible NPS, ignoring scores hidden by the privacy minimum', () => {
    expect(lowestNps(r)).toBe('t3');
    expect(headline(r.touchpoints[1]!.scores, 'nps')).toBeNull();
    expect(lowestNps(result([tp('t2', nps(-90, 3, false))]))).toBeNull();
  });

  it('exports a row with raw numbers: value, n, interval, change and its significance', () => {
    const row = scorecardRows(r, names).find((x) => x.id === 't3')!;
    expect(scorecardCsvRow(row, 'Touchpoint', 'No target')).toEqual([
      'Touchpoint',
      'Waiting for delivery',
      -35,
      40,
      -45,
      -25,
      -45,
      'yes',
      null,
      0,
      null,
      null,
      null,
      null,
      null,
      0,
      null,
      null,
      null,
      null,
      'No target',
      40,
      7,
      null,
    ]);
  });

  it('pairs customers and employees at touchpoints both answered, per metric either answered', () => {
    const customers = result([tp('t1', nps(20, 50)), tp('t3', nps(-35, 40))]);
    const employees = result([tp('t1', none), tp('t3', csat(53, 12))]);
    expect(audienceRows(customers, employees, names)).toEqual([
      {
        touchpointId: 't3',
        metric: 'nps',
        customers: { value: -35, n: 40 },
        employees: { value: null, n: 0 },
      },
      {
        touchpointId: 't3',
        metric: 'csat',
        customers: { value: null, n: 0 },
        employees: { value: 53, n: 12 },
      },
    ]);
  });
});
