import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/domain/journey/journey.schema.js';
import { type Actor, actor, addTouchpoint, newJourney, type TestApp, testApp } from '../support/test-app.js';

/** Odd request bodies against the analytics API: 400 naming the field, never a 500 or an absurd answer. */
let t: TestApp;
let anna: Actor;
let map: JourneyMap;
let empty: JourneyMap;
let other: JourneyMap;

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  map = await newJourney(anna, 'Delivery');
  empty = await newJourney(anna, 'Empty', 'empty');
  other = await newJourney(anna, 'Other');
  await addTouchpoint(anna, map, 0, { name: 'Ad', channel: 'web', key: 'ad' });
  await addTouchpoint(anna, other, 0, { name: 'Other ad', channel: 'web', key: 'other-ad' });
  map = (
    await anna.req({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/journeys/${map.journey.id}` })
  ).json();
  other = (
    await anna.req({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/journeys/${other.journey.id}` })
  ).json();
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

  it('answers 400 naming the field for ids that are not on this journey', async () => {
    const cases: [unknown, string, string][] = [
      [{ touchpointId: other.touchpoints[0]?.id }, 'touchpointId', 'not a touchpoint of this journey'],
      [
        { filters: { touchpointIds: [map.touchpoints[0]?.id, 'tp_nope'] } },
        'filters.touchpointIds.1',
        'not a touchpoint of this journey',
      ],
      [{ filters: { stageIds: [other.stages[0]?.id] } }, 'filters.stageIds.0', 'not a stage of this journey'],
      [{ filters: { personaIds: ['pe_nope'] } }, 'filters.personaIds.0', 'not a persona of this journey'],
    ];
    for (const [body, path, message] of cases)
      for (const kind of ['themes', 'scorecards', null]) {
        const res = await post(kind, body);
        expect(res.statusCode).toBe(400);
        expect(res.json().issues).toEqual([{ path, message }]);
      }
    const own = await post('themes', {
      touchpointId: map.touchpoints[0]?.id,
      filters: { stageIds: [map.stages[0]?.id] },
    });
    expect(own.statusCode).toBe(200);
  });
});
