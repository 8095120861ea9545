import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseAt, smallJourney, tempStore, touchpointOf } from '../../test/support/analytics-fixture.js';
import type { EventStore } from '../store/events/event-store.js';
import { Query } from './query.js';
import { scorecards } from './scorecards.js';

const map = smallJourney();
const checkout = touchpointOf(map, 'checkout');
const query = Query.parse({
  workspaceId: 'ws_a',
  journeyId: map.journey.id,
  period: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
});

let store: EventStore;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T12:00:00Z`;
  // Five valid answers on the 1–5 scales: cognitive 1 2 3 4 5 (mean 3), gap experienced − expected 2 1 0 −1 −2 (mean 0).
  const valid = [1, 2, 3, 4, 5].map((x, i) =>
    responseAt(map, 'checkout', day(i + 1), {
      answers: {
        dims: { cognitive: x, emotional: 4, social: 4, sensory: 4 },
        pair: { expected: x, experienced: 3 },
      },
    }),
  );
  // Ingest keeps answers as sent: out-of-scale values (one large enough that its square is
  // Infinity) are not valid answers and must not count, nor break the scorecards.
  const invalid = [
    {
      dims: { cognitive: 1e200, emotional: 0, social: 6, sensory: -1 },
      pair: { expected: 1e200, experienced: 5 },
    },
    {
      dims: { cognitive: 9, emotional: 1e308, social: 1e308, sensory: 1e308 },
      pair: { expected: 0, experienced: 6 },
    },
  ].map((answers, i) => responseAt(map, 'checkout', day(i + 10), { answers }));
  await store.appendResponses([...valid, ...invalid]);
});
afterAll(() => cleanup());

describe('scorecard experience dimensions', () => {
  it('count only answers on the 1–5 scale', async () => {
    const r = await scorecards(store, { query, map, privacyMinimum: 5 });
    const card = r.touchpoints.find((c) => c.id === checkout.id);
    expect(card?.scores.responses).toBe(7);
    expect(card?.scores.dimensions.cognitive).toMatchObject({ n: 5, visible: true, mean: 3 });
    expect(card?.scores.dimensions.emotional).toMatchObject({ n: 5, visible: true, mean: 4 });
    expect(card?.scores.expectationGap).toMatchObject({ n: 5, visible: true, mean: 0 });
  });
});
