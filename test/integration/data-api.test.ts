import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../src/domain/journey/journey.schema.js';
import {
  type Actor,
  actor,
  addTouchpoint,
  apiKey,
  newJourney,
  type TestApp,
  testApp,
} from '../support/test-app.js';

let t: TestApp;
let anna: Actor;
let bob: Actor;
let map: JourneyMap;
let other: JourneyMap;
let checkout: Touchpoint;
let ingestKey: string;
let readKey: string;
const T = '2026-05-04T10:00:00.000Z';

/** What the tracker sends: sendBeacon's text/plain body, the key in the query string. */
function beacon(body: unknown, k = ingestKey) {
  return t.app.inject({
    method: 'POST',
    url: `/api/ingest/tracker?key=${encodeURIComponent(k)}`,
    headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://shop.example' },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function ingest(kind: 'events' | 'responses', items: unknown[]) {
  return t.app.inject({
    method: 'POST',
    url: `/api/ingest/${kind}`,
    headers: { authorization: `Bearer ${ingestKey}` },
    payload: { [kind]: items },
  });
}

const dataUrl = (ws: string, journeyId: string, tpId: string) =>
  `/api/workspaces/${ws}/journeys/${journeyId}/touchpoints/${tpId}/data`;

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  bob = await actor(t, 'bob@example.com');
  map = await newJourney(anna, 'Shop');
  other = await newJourney(anna, 'Other', 'empty');
  checkout = await addTouchpoint(anna, map, 2, { name: 'Checkout', channel: 'web' });
  ingestKey = await apiKey(anna, 'ingest');
  readKey = await apiKey(anna, 'read');
  const rules = await anna.req({
    method: 'PATCH',
    url: `/api/workspaces/${anna.workspaceId}/settings`,
    payload: { mappingRules: [{ touchpointKey: 'checkout', urlPattern: '/checkout/*' }] },
  });
  expect(rules.statusCode).toBe(200);
});
afterAll(() => t.close());

describe('POST /api/ingest/tracker', () => {
  it('takes a text/plain batch with ?key=, maps page URLs by the rules and marks the rows as tracker', async () => {
    const res = await beacon({
      events: [
        {
          id: 'tr-1',
          name: 'page_view',
          url: 'https://shop.example/checkout/pay',
          timestamp: T,
          channel: 'web',
        },
        { id: 'tr-2', name: 'page_view', url: 'https://shop.example/about', timestamp: T },
        {
          id: 'tr-3',
          name: 'engaged_time',
          url: 'https://shop.example/checkout/pay',
          properties: { ms: 4200 },
        },
        { id: 'tr-4', name: 'x', channel: 'pigeon' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.json()).toEqual({
      accepted: 3,
      stored: 3,
      duplicates: 0,
      rejected: [{ index: 3, field: 'channel', reason: expect.any(String) }],
      warnings: [],
    });
    const again = await beacon({ events: [{ id: 'tr-1', name: 'page_view', timestamp: T }] });
    expect(again.json()).toMatchObject({ accepted: 1, stored: 0, duplicates: 1 });

    const data = await anna.req({
      method: 'GET',
      url: dataUrl(anna.workspaceId, map.journey.id, checkout.id),
    });
    expect(data.statusCode).toBe(200);
    expect(data.json()).toEqual({ touchpointId: checkout.id, events: 2, responses: 0, latest: [] });
  });

  it('refuses read-only and unknown keys, a missing key and oversized batches', async () => {
    expect((await beacon({ events: [{ name: 'x' }] }, readKey)).statusCode).toBe(401);
    expect((await beacon({ events: [{ name: 'x' }] }, 'pk_nope')).statusCode).toBe(401);
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/ingest/tracker',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ events: [{ name: 'x' }] }),
    });
    expect(none.statusCode).toBe(401);
    expect(none.json().message).toMatch(/key/);
    const many = await beacon({ events: Array.from({ length: 101 }, () => ({ name: 'x' })) });
    expect(many.statusCode).toBe(400);
    expect(many.json().message).toMatch(/^events: at most 100/);
    expect((await beacon('{"events": [')).statusCode).toBe(400);
  });
});

describe('GET /api/workspaces/:workspaceId/data/volume', () => {
  it('counts events and responses per source in a dense daily series', async () => {
    await ingest('events', [{ id: 'api-1', name: 'order_placed', touchpoint: 'checkout', timestamp: T }]);
    await ingest('responses', [{ id: 'r-0', touchpoint: 'checkout', nps: 9, timestamp: T }]);
    const res = await anna.req({
      method: 'GET',
      url: `/api/workspaces/${anna.workspaceId}/data/volume?days=7`,
    });
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v.bucket).toBe('day');
    expect(v.series).toHaveLength(7);
    expect(v.sources).toEqual(['api', 'tracker']);
    expect(v.totals).toEqual({
      events: 4,
      responses: 1,
      bySource: { api: { events: 1, responses: 1 }, tracker: { events: 3, responses: 0 } },
    });
    const today = v.series.at(-1);
    expect(today).toEqual({ at: expect.any(String), total: 5, bySource: { api: 2, tracker: 3 } });
    expect(v.series.slice(0, 6).every((p: { total: number }) => p.total === 0)).toBe(true);

    const hourly = await anna.req({
      method: 'GET',
      url: `/api/workspaces/${anna.workspaceId}/data/volume?days=2&bucket=hour`,
    });
    expect(hourly.json().series).toHaveLength(48);
    expect(hourly.json().series.at(-1).total).toBe(5);
  });

  it('names the bad parameter', async () => {
    const u = `/api/workspaces/${anna.workspaceId}/data/volume`;
    const long = await anna.req({ method: 'GET', url: `${u}?days=30&bucket=hour` });
    expect(long.statusCode).toBe(400);
    expect(long.json().issues[0].path).toBe('querystring.days');
    const bucket = await anna.req({ method: 'GET', url: `${u}?bucket=week` });
    expect(bucket.statusCode).toBe(400);
    expect(bucket.json().issues[0].path).toBe('querystring.bucket');
  });
});

describe('GET …/touchpoints/:touchpointId/data', () => {
  it('gives counts and the 10 newest responses without customer ids, comments as sent', async () => {
    const comment = '<img src=x onerror=alert(1)>';
    const responses = Array.from({ length: 12 }, (_, i) => ({
      id: `r-${i + 1}`,
      touchpoint: 'checkout',
      customerId: `cust-${i}`,
      nps: i % 11,
      timestamp: Date.parse(T) + (i + 1) * 60_000,
      language: i % 2 ? 'en' : 'fi',
      ...(i === 11 ? { comment, complete: false, csat: 2 } : {}),
    }));
    expect((await ingest('responses', responses)).json()).toMatchObject({ stored: 12 });
    const res = await anna.req({
      method: 'GET',
      url: dataUrl(anna.workspaceId, map.journey.id, checkout.id),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.events).toBe(3);
    expect(body.responses).toBe(13);
    expect(body.latest.map((r: { id: string }) => r.id)).toEqual([
      'r-12',
      'r-11',
      'r-10',
      'r-9',
      'r-8',
      'r-7',
      'r-6',
      'r-5',
      'r-4',
      'r-3',
    ]);
    expect(body.latest[0]).toEqual({
      id: 'r-12',
      surveyId: null,
      ts: new Date(Date.parse(T) + 12 * 60_000).toISOString(),
      audience: 'customer',
      level: 'touchpoint',
      nps: 0,
      csat: 2,
      ces: null,
      comment,
      language: 'en',
      channel: null,
      source: 'api',
      complete: false,
    });
    expect(res.body).not.toContain('cust-');
  });

  it('answers 404 when the touchpoint is not in the journey, or the journey not in the workspace', async () => {
    const wrongJourney = await anna.req({
      method: 'GET',
      url: dataUrl(anna.workspaceId, other.journey.id, checkout.id),
    });
    expect(wrongJourney.statusCode).toBe(404);
    const unknown = await anna.req({ method: 'GET', url: dataUrl(anna.workspaceId, map.journey.id, 'tp_x') });
    expect(unknown.statusCode).toBe(404);
    const bobs = await bob.req({ method: 'GET', url: dataUrl(bob.workspaceId, map.journey.id, checkout.id) });
    expect(bobs.statusCode).toBe(404);
    const foreign = await bob.req({
      method: 'GET',
      url: dataUrl(anna.workspaceId, map.journey.id, checkout.id),
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('an ingest key cannot read it; a read key can', async () => {
    const url = dataUrl(anna.workspaceId, map.journey.id, checkout.id);
    const withIngest = await t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${ingestKey}` },
    });
    expect(withIngest.statusCode).toBe(403);
    const withRead = await t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${readKey}` },
    });
    expect(withRead.statusCode).toBe(200);
  });
});

describe('GET /api/workspaces/:workspaceId/data/touchpoints', () => {
  it("lists the workspace's touchpoint keys with their journeys", async () => {
    const res = await anna.req({
      method: 'GET',
      url: `/api/workspaces/${anna.workspaceId}/data/touchpoints`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().touchpoints).toEqual([
      { key: 'checkout', name: 'Checkout', channel: 'web', journeyId: map.journey.id, journeyName: 'Shop' },
    ]);
    const foreign = await bob.req({
      method: 'GET',
      url: `/api/workspaces/${anna.workspaceId}/data/touchpoints`,
    });
    expect(foreign.statusCode).toBe(404);
  });
});
