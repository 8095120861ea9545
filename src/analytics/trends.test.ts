import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseAt, smallJourney, tempStore } from '../../test/support/analytics-fixture.js';
import type { EventStore } from '../store/events/event-store.js';
import { Query } from './query.js';
import { trends } from './trends.js';

const map = smallJourney();
let store: EventStore;
let cleanup: () => Promise<void>;
const input = {
  query: Query.parse({
    workspaceId: 'ws_a',
    journeyId: map.journey.id,
    period: { from: '2026-03-02T00:00:00Z', to: '2026-03-23T00:00:00Z' },
    granularity: 'week',
  }),
  map,
  privacyMinimum: 5,
};

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T12:00:00Z`;
  await store.appendResponses([
    // Week of 2 March: six 10s by email → NPS 100.
    ...[2, 3, 4, 5, 6, 7].map((d) => responseAt(map, 'wait', at(d), { nps: 10, channel: 'email' })),
    // Weeks of 9 and 16 March: six 0s each → NPS −100.
    ...[9, 10, 11, 12, 13, 14].map((d) => responseAt(map, 'wait', at(d), { nps: 0 })),
    ...[16, 17, 18, 19, 20, 21].map((d) => responseAt(map, 'wait', at(d), { nps: 0 })),
    // Four answers at checkout in week 3: fewer than the privacy minimum 5.
    ...[16, 17, 18, 19].map((d) => responseAt(map, 'checkout', at(d), { nps: 9 })),
  ]);
});
afterAll(() => cleanup());

describe('trends on a real DuckDB file', () => {
  it('gives each week its NPS and marks only significant changes', async () => {
    const r = await trends(store, input, { metric: 'nps', splitBy: 'touchpoint' });
    expect(r.buckets).toEqual([
      '2026-03-02T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
      '2026-03-16T00:00:00.000Z',
    ]);
    const wait = r.series.find((s) => s.label === 'Waiting for delivery');
    expect(wait?.points.map((p) => p.nps?.value)).toEqual([100, -100, -100]);
    // Week 1: n′ = 9, NPS′ = (6.75 − 0.75)/9 = 0.6667, SE′² = (0.8333 − 0.4444)/9 = 0.043210;
    // week 2 mirrors it: z = 1.3333 / √(2 · 0.043210) = 4.536 > 1.96 → significant.
    // Week 3 equals week 2: z = 0 → not significant.
    expect(wait?.points.map((p) => p.significantChange)).toEqual([false, true, false]);
    // Checkout's four answers are counted but their NPS is hidden.
    const checkout = r.series.find((s) => s.label === 'Checkout');
    expect(checkout?.points[2]?.nps).toMatchObject({ n: 4, visible: false, value: null });
    expect(checkout?.points[0]?.responses).toBe(0);
  });

  it('splits by channel and sums the whole journey', async () => {
    const byChannel = await trends(store, input, { metric: 'nps', splitBy: 'channel' });
    expect(byChannel.series.map((s) => s.key).sort()).toEqual(['', 'email']);
    const all = await trends(store, input, { metric: 'nps' });
    expect(all.series).toHaveLength(1);
    expect(all.series[0]?.points.map((p) => p.responses)).toEqual([6, 6, 10]);
    // Week 3: 6 zeros and 4 nines → P 4, D 6, n 10 → NPS 100 · (4 − 6)/10 = −20.
    expect(all.series[0]?.points[2]?.nps?.value).toBeCloseTo(-20, 10);
  });
});
