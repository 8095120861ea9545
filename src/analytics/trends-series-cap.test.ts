import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseAt, smallJourney, tempStore } from '../../test/support/analytics-fixture.js';
import type { EventStore } from '../store/events/event-store.js';
import { Query } from './query.js';
import { MAX_SERIES, trends } from './trends.js';

const map = smallJourney();
let store: EventStore;
let cleanup: () => Promise<void>;
const input = {
  query: Query.parse({
    workspaceId: 'ws_a',
    journeyId: map.journey.id,
    period: { from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' },
    granularity: 'day',
  }),
  map,
  privacyMinimum: 5,
};

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  // 103 order ids: o0 three responses, o1 two, o2 … o102 one each.
  const orders = ['o0', 'o0', 'o0', 'o1', 'o1', ...Array.from({ length: 101 }, (_, i) => `o${i + 2}`)];
  await store.appendResponses(
    orders.map((order) => responseAt(map, 'wait', '2026-03-03T12:00:00Z', { nps: 9, properties: { order } })),
  );
});
afterAll(() => cleanup());

describe('trends split by a property with many values', () => {
  it(`keeps the ${MAX_SERIES} series with the most data and says how many were left out`, async () => {
    const r = await trends(store, input, { splitBy: { property: 'order' } });
    expect(r.series).toHaveLength(100);
    expect(r.omittedSeries).toBe(3);
    const keys = new Set(r.series.map((s) => s.key));
    expect(keys.has('o0') && keys.has('o1')).toBe(true);
    expect(r.series.find((s) => s.key === 'o0')?.points.map((p) => p.responses)).toEqual([
      0, 3, 0, 0, 0, 0, 0,
    ]);
  });

  it('does not cap a split by touchpoint (the live map needs every card)', async () => {
    const r = await trends(store, input, { splitBy: 'touchpoint' });
    expect(r.series.map((s) => s.label)).toEqual(['Waiting for delivery']);
    expect(r.omittedSeries).toBe(0);
  });
});
