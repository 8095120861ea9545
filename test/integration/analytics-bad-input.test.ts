import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/domain/journey/journey.schema.js';
import { type Actor, actor, newJourney, type TestApp, testApp } from '../support/test-app.js';

/** Odd request bodies against the analytics API: 400 naming the field, never a 500 or an absurd answer. */
let t: TestApp;
let anna: Actor;
let map: JourneyMap;
let empty: JourneyMap;

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  map = await newJourney(anna, 'Delivery');
  empty = await newJourney(anna, 'Empty', 'empty');
});
afterAll(() => t.close());

const post = (kind: string | null, body: unknown, journeyId = map.journey.id) =>
  anna.req({
    method: 'POST',
    url: `/api/workspaces/${anna.workspaceId}/journeys/${journeyId}/analytics${kind ? `/${kind}` : ''}`,
    payload: body as object,
  });

const TEN_YEARS = { from: '2016-03-01T00:00:00Z', to: '2026-03-01T00:00:00Z' };

describe('analytics API bad input', () => {
  it('refuses a trend of more than 1,000 buckets (10 years by day: 3,652) with a 400 naming granularity', async () => {
    for (const kind of ['trends', null]) {
      const res = await post(kind, { period: TEN_YEARS, granularity: 'day' });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([
        {
          path: 'granularity',
          message:
            'day over this period makes 3652 buckets, at most 1000: choose week or month, or a shorter period',
        },
      ]);
    }
  });

  it('still answers 10 years by week, and by day for analyses without buckets', async () => {
    const res = await post('trends', { period: TEN_YEARS, granularity: 'week' });
    expect(res.statusCode).toBe(200);
    expect(res.json().buckets).toHaveLength(522);
    expect((await post('scorecards', { period: TEN_YEARS, granularity: 'day' })).statusCode).toBe(200);
  });

  it('answers a one-second period and a journey with no touchpoints with empty results', async () => {
    const second = {
      period: { from: '2026-03-01T00:00:00Z', to: '2026-03-01T00:00:01Z' },
      granularity: 'day',
    };
    for (const j of [map, empty]) {
      const res = await post(null, second, j.journey.id);
      expect(res.statusCode).toBe(200);
      expect(res.json().trends.buckets).toEqual(['2026-03-01T00:00:00.000Z']);
    }
  });
});
