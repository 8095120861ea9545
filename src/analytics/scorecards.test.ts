import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventAt,
  responseAt,
  smallJourney,
  tempStore,
  touchpointOf,
} from '../../test/support/analytics-fixture.js';
import type { EventStore } from '../store/events/event-store.js';
import { Query } from './query.js';
import { scorecards } from './scorecards.js';

const map = smallJourney();
const wait = touchpointOf(map, 'wait');
const checkout = touchpointOf(map, 'checkout');
const MARCH = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const FEB = { from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' };
const query = (over: Partial<Query> = {}) =>
  Query.parse({ workspaceId: 'ws_a', journeyId: map.journey.id, period: MARCH, compareTo: FEB, ...over });

let store: EventStore;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  const day = (d: number, h = 12) =>
    `2026-03-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00Z`;
  // March, waiting: P = 6 (10, 10, 9, 9, 9, 9), passives 8 and 7, D = 2 (3, 0) → NPS 40.
  const marchNps = [10, 10, 9, 9, 9, 9, 8, 7, 3, 0];
  // February, waiting: P = 1, D = 9 → NPS −80.
  const febNps = [0, 0, 0, 1, 2, 3, 4, 5, 6, 10];
  // March, checkout CSAT 5, 5, 4, 4, 3, 2: top-2-box 4 of 6.
  const marchCsat = [5, 5, 4, 4, 3, 2];
  await store.appendResponses([
    ...marchNps.map((nps, i) => responseAt(map, 'wait', day(i + 1), { nps })),
    ...febNps.map((nps, i) =>
      responseAt(map, 'wait', `2026-02-${String(i + 1).padStart(2, '0')}T12:00:00Z`, { nps }),
    ),
    ...marchCsat.map((csat, i) => responseAt(map, 'checkout', day(i + 10), { csat })),
    // Employees are kept out of customer scores.
    responseAt(map, 'checkout', day(20), { csat: 1, audience: 'employee' }),
    // Relationship answers: never merged with touchpoint NPS; 2 < privacy minimum 5.
    responseAt(map, null, day(21), { nps: 10, journeyId: null }),
    responseAt(map, null, day(22), { nps: 0, journeyId: null }),
    // Another workspace's answer is never counted.
    responseAt(map, 'wait', day(23), { nps: 0, workspaceId: 'ws_b' }),
  ]);
  await store.appendEvents([
    eventAt(map, 'checkout', day(2, 10), { customerId: 'c1' }),
    eventAt(map, 'checkout', day(2, 11), { customerId: 'c1', name: 'order_placed', value: 50 }),
    eventAt(map, 'checkout', day(5), { customerId: 'c2' }),
    eventAt(map, 'wait', day(10), { customerId: 'c3', name: 'tracking_viewed' }),
    eventAt(map, 'wait', day(11), { customerId: 'c3', name: 'tracking_viewed' }),
    eventAt(map, 'checkout', day(12), { customerId: null }),
  ]);
});
afterAll(() => cleanup());

describe('scorecards on a real DuckDB file', () => {
  it('computes NPS with its adjusted-Wald interval and a significant change', async () => {
    const r = await scorecards(store, { query: query(), map, privacyMinimum: 5 });
    const card = r.touchpoints.find((t) => t.id === wait.id);
    const nps = card?.scores.nps;
    expect(nps?.n).toBe(10);
    expect(nps?.value).toBeCloseTo(40, 10);
    // n′ = 13, p′ = 6.75/13, q′ = 2.75/13, NPS′ = 0.307692, SE′ = √((0.730769 − 0.094675)/13) = 0.221202
    // → 100·(0.307692 ± 1.96·0.221202) = −12.586 … 74.125
    expect(nps?.interval?.low).toBeCloseTo(-12.586, 2);
    expect(nps?.interval?.high).toBeCloseTo(74.125, 2);
    expect([nps?.promoters, nps?.passives, nps?.detractors]).toEqual([6, 2, 2]);
    // February: NPS′ = (1.75 − 9.75)/13 = −0.615385, SE′ = 0.197274;
    // z = 0.923077 / √(0.048930 + 0.038917) = 3.114 > 1.96
    expect(nps?.change?.previous).toBeCloseTo(-80, 10);
    expect(nps?.change?.delta).toBeCloseTo(120, 10);
    expect(nps?.change?.statistic).toBeCloseTo(3.114, 2);
    expect(nps?.change?.significant).toBe(true);
    expect(card?.main).toBe('nps');
    // 40 is above the target 20, but a survey score decides a target only from 30 answers.
    expect(card?.target).toMatchObject({ kpi: 'NPS', metric: 'nps', target: 20, status: 'not_enough_data' });
    // Measured emotion: NPS 40 on −100…100 scaled to −2…+2 = 0.8, beside the hypothesis −1.
    expect(card?.emotion.measured).toBeCloseTo(0.8, 10);
    expect(card?.emotion.hypothesis).toBe(-1);
  });

  it('computes CSAT top-2-box with a Wilson interval and the mean beside it; employees apart', async () => {
    const r = await scorecards(store, { query: query(), map, privacyMinimum: 5 });
    const csat = r.touchpoints.find((t) => t.id === checkout.id)?.scores.csat;
    expect(csat?.n).toBe(6);
    expect(csat?.value).toBeCloseTo(66.6667, 3);
    // Wilson, 4 of 6: centre 0.601609, half-width 0.301623 → 29.999 … 90.323
    expect(csat?.interval?.low).toBeCloseTo(29.999, 2);
    expect(csat?.interval?.high).toBeCloseTo(90.323, 2);
    // Mean 23/6 = 3.8333, sd 1.16905, t(0.975, 5) = 2.570582 → 2.6065 … 5.0602
    expect(csat?.mean).toBeCloseTo(3.83333, 4);
    expect(csat?.meanInterval?.low).toBeCloseTo(2.6065, 3);
    expect(csat?.meanInterval?.high).toBeCloseTo(5.0602, 3);
    // February had no CSAT answers: no previous value, no significance.
    expect(csat?.change).toMatchObject({ previous: null, previousN: 0, delta: null, significant: false });

    const employees = await scorecards(store, {
      query: query({ filters: { audience: 'employee' } }),
      map,
      privacyMinimum: 1,
    });
    expect(employees.touchpoints.find((t) => t.id === checkout.id)?.scores.csat).toMatchObject({
      n: 1,
      value: 0,
    });
  });

  it('hides values below the privacy minimum but keeps the counts; relational NPS stays apart', async () => {
    const r = await scorecards(store, { query: query(), map, privacyMinimum: 7 });
    const csat = r.touchpoints.find((t) => t.id === checkout.id)?.scores.csat;
    expect(csat).toMatchObject({ n: 6, visible: false, value: null, interval: null, mean: null });
    expect(r.touchpoints.find((t) => t.id === checkout.id)?.target?.status).toBe('not_enough_data');
    expect(r.relational.nps).toMatchObject({ n: 2, visible: false, value: null });
    // The journey's transactional NPS is the touchpoints' answers only: n = 10, not 12.
    expect(r.journey.scores.nps?.n).toBe(10);
    const shown = await scorecards(store, { query: query(), map, privacyMinimum: 2 });
    expect(shown.relational.nps?.value).toBeCloseTo(0, 10);
  });

  it('counts events, customers, revenue and conversion per touchpoint, stage and journey', async () => {
    const r = await scorecards(store, { query: query(), map, privacyMinimum: 5 });
    const at = (id: string) => r.touchpoints.find((t) => t.id === id)?.behaviour;
    // Checkout: 4 events, customers c1 and c2, c1 ordered (50 €) after arriving → 1 of 2.
    expect(at(checkout.id)).toMatchObject({ events: 4, customers: 2, revenue: 50 });
    expect(at(checkout.id)?.conversion).toMatchObject({ customers: 2, converted: 1, rate: 50 });
    expect(at(wait.id)).toMatchObject({ events: 2, customers: 1, revenue: 0 });
    expect(at(wait.id)?.conversion?.rate).toBe(0);
    expect(r.journey.behaviour).toMatchObject({ events: 6, customers: 3, revenue: 50 });
    expect(r.journey.behaviour.conversion?.rate).toBeCloseTo(100 / 3, 10);
    expect(r.stages.map((s) => s.behaviour.events)).toEqual([4, 2]);
    expect(r.stages[1]?.scores.nps?.value).toBeCloseTo(40, 10);
  });

  it('raises the evidence status from data by the workspace thresholds', async () => {
    const r = await scorecards(store, {
      query: query(),
      map,
      privacyMinimum: 5,
      evidence: { partly: 5, validated: 10 },
    });
    const ev = (id: string) => r.touchpoints.find((t) => t.id === id)?.evidence;
    expect(ev(wait.id)).toEqual({ own: 'hypothesis', fromData: 'validated', responses: 10 });
    expect(ev(checkout.id)).toEqual({ own: 'hypothesis', fromData: 'partly_supported', responses: 6 });
  });

  it('filters by channel (persona and property filters: demo-story.test.ts)', async () => {
    const r = await scorecards(store, {
      query: query({ filters: { channels: ['email'] } }),
      map,
      privacyMinimum: 5,
    });
    expect(r.journey.scores.responses).toBe(0);
    expect(r.journey.behaviour.events).toBe(0);
  });
});
