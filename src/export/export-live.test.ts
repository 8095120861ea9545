import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Actor,
  actor,
  addTouchpoint,
  apiKey,
  newJourney,
  type TestApp,
  testApp,
} from '../../test/support/test-app.js';
import type { JourneyMap } from '../domain/journey/journey.schema.js';

/** The poster export carries the live numbers (through the analytics pipeline) when data exists or when asked. */
let t: TestApp;
let anna: Actor;
let map: JourneyMap;
let empty: JourneyMap;

const exportOf = (journeyId: string, qs: string) =>
  anna.req({
    method: 'GET',
    url: `/api/workspaces/${anna.workspaceId}/journeys/${journeyId}/export?${qs}`,
  });

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  map = await newJourney(anna, 'Delivery');
  await addTouchpoint(anna, map, 2, { name: 'Waiting for delivery', channel: 'delivery', key: 'wait' });
  await addTouchpoint(anna, map, 1, { name: 'Newsletter', channel: 'email', key: 'news' });
  empty = await newJourney(anna, 'Returns');
  await addTouchpoint(anna, empty, 1, { name: 'Return form', channel: 'web', key: 'return-form' });
  const key = await apiKey(anna, 'ingest');
  // NPS 10, 10, 9, 9, 9, 9, 8, 7, 3, 0: P = 6, D = 2, n = 10 → NPS 40, adjusted Wald −12.6…74.1
  const scores = [10, 10, 9, 9, 9, 9, 8, 7, 3, 0];
  const now = Date.now();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/ingest/responses',
    headers: { authorization: `Bearer ${key}` },
    payload: {
      responses: scores.map((nps, i) => ({
        id: `r${i}`,
        touchpoint: 'wait',
        timestamp: new Date(now - (i + 1) * 3_600_000).toISOString(),
        customerId: `customer-${i}`,
        nps,
      })),
    },
  });
  expect(res.json()).toMatchObject({ accepted: 10 });
});
afterAll(() => t.close());

describe('poster export with live numbers', () => {
  it('prints the main score with interval and n on each touchpoint when the journey has data', async () => {
    const res = await exportOf(map.journey.id, 'format=svg&lang=en');
    expect(res.statusCode).toBe(200);
    const svg = res.body;
    expect(svg).toContain('>NPS 40 (\u221213…74) · n 10<');
    expect(svg).toContain('>Not measured<');
    const fi = await exportOf(map.journey.id, 'format=svg&lang=fi');
    expect(fi.body).toContain('>Ei mitattu<');
  });
  it('leaves them out with live=0, and without data unless asked with live=1', async () => {
    expect((await exportOf(map.journey.id, 'format=svg&live=0')).body).not.toContain('NPS 40');
    expect((await exportOf(empty.journey.id, 'format=svg&lang=en')).body).not.toContain('Not measured');
    expect((await exportOf(empty.journey.id, 'format=svg&lang=en&live=1')).body).toContain('>Not measured<');
    const bad = await exportOf(map.journey.id, 'format=svg&live=yes');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('live');
  });
  it('renders the PDF poster with the numbers', async () => {
    const res = await exportOf(map.journey.id, 'format=pdf&size=A3&lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
