import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../src/domain/journey/journey.schema.js';
import { pseudonymiseCustomerId } from '../../src/ingest/pseudonymise.js';
import { workspaceSecret } from '../../src/store/meta/workspace-settings.repository.js';
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
let checkout: Touchpoint;
let wait: Touchpoint;
let ingestKey: string;
let readKey: string;
const T = '2026-05-04T10:00:00.000Z';

function send(path: string, body: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: path,
    headers: { authorization: `Bearer ${ingestKey}`, 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  bob = await actor(t, 'bob@example.com');
  map = await newJourney(anna, 'Shop');
  checkout = await addTouchpoint(anna, map, 2, { name: 'Checkout', channel: 'web' });
  wait = await addTouchpoint(anna, map, 3, { name: 'Delivery wait', channel: 'delivery' });
  ingestKey = await apiKey(anna, 'ingest');
  readKey = await apiKey(anna, 'read');
});
afterAll(() => t.close());

describe('POST /api/ingest/events', () => {
  it('accepts good events, rejects each bad one with its index, field and reason, and stores only the good', async () => {
    const res = await send('/api/ingest/events', {
      events: [
        {
          id: 'e1',
          touchpoint: 'checkout',
          name: 'order_placed',
          customerId: 'c-1',
          timestamp: T,
          value: 49.9,
        },
        { id: 'e2', name: 'page_view', timestamp: 'yesterday' },
        { id: 'e3', touchpoint: 'delivery-wait', name: 'parcel_shipped', timestamp: Date.parse(T) },
        { id: 'e4', name: '', timestamp: T },
        'not an object',
        { id: 'e6', name: 'x', channel: 'pigeon' },
        { id: 'e7', name: 'x', colour: 'red' },
        { id: 'e8', name: 'x', timestamp: '2099-01-01T00:00:00Z' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ accepted: 2, stored: 2, duplicates: 0 });
    expect(body.rejected.map((r: { index: number; field: string }) => [r.index, r.field])).toEqual([
      [1, 'timestamp'],
      [3, 'name'],
      [4, '(item)'],
      [5, 'channel'],
      [6, 'colour'],
      [7, 'timestamp'],
    ]);
    expect(body.rejected[0].reason).toMatch(/ISO 8601/);
    expect(body.rejected[4].reason).toBe('unknown field(s): colour');
    const nameless = await send('/api/ingest/events', { events: [{ id: 'n1' }] });
    expect(nameless.json().rejected).toEqual([{ index: 0, field: 'name', reason: 'is required' }]);
    expect(body.rejected[5].reason).toBe('is more than 24 hours in the future');
    const counts = await t.ctx.events.countsByTouchpoint(anna.workspaceId, map.journey.id);
    expect(counts).toEqual(
      [
        { touchpointId: checkout.id, events: 1, responses: 0 },
        { touchpointId: wait.id, events: 1, responses: 0 },
      ].sort((a, b) => a.touchpointId.localeCompare(b.touchpointId)),
    );
  });

  it('stores an event sent twice once, and says so', async () => {
    const event = { id: 'dup-1', touchpoint: 'checkout', name: 'x', timestamp: T };
    expect((await send('/api/ingest/events', { events: [event, event] })).json()).toMatchObject({
      accepted: 2,
      stored: 1,
      duplicates: 1,
    });
    expect((await send('/api/ingest/events', { events: [event] })).json()).toMatchObject({
      stored: 0,
      duplicates: 1,
    });
  });

  it('pseudonymises customer ids with the workspace key, or keeps them when the workspace opts out', async () => {
    const wsKey = await workspaceSecret(t.db, anna.workspaceId, 'pseudonym');
    const input = [{ touchpoint: 'delivery-wait', nps: 3, customerId: 'c-42', timestamp: T }];
    const hashed = await t.ctx.ingest.preview(anna.workspaceId, 'responses', input);
    expect(hashed.rows[0]?.customerId).toBe(pseudonymiseCustomerId(wsKey, 'c-42'));
    const settings = await anna.req({
      method: 'PATCH',
      url: `/api/workspaces/${anna.workspaceId}/settings`,
      payload: { keepRawCustomerIds: true },
    });
    expect(settings.json().keepRawCustomerIds).toBe(true);
    const raw = await t.ctx.ingest.preview(anna.workspaceId, 'responses', input);
    expect(raw.rows[0]?.customerId).toBe('c-42');
    await anna.req({
      method: 'PATCH',
      url: `/api/workspaces/${anna.workspaceId}/settings`,
      payload: { keepRawCustomerIds: false },
    });
    const badPatch = await anna.req({
      method: 'PATCH',
      url: `/api/workspaces/${anna.workspaceId}/settings`,
      payload: { mappingRules: [{ touchpointKey: 'checkout' }] },
    });
    expect(badPatch.statusCode).toBe(400);
    expect(badPatch.json().message).toMatch(/mappingRules\.0.*at least one of/);
  });

  it('maps events without a key by the workspace rules, and keeps unknown keys unmapped', async () => {
    const patch = await anna.req({
      method: 'PATCH',
      url: `/api/workspaces/${anna.workspaceId}/settings`,
      payload: { mappingRules: [{ touchpointKey: 'checkout', urlPattern: '/checkout/*' }] },
    });
    expect(patch.statusCode).toBe(200);
    const res = await send('/api/ingest/events', {
      events: [
        { id: 'm1', name: 'page_view', url: 'https://shop.example/checkout/pay?x=1', timestamp: T },
        { id: 'm2', name: 'page_view', url: 'https://shop.example/blog', timestamp: T },
        { id: 'm3', touchpoint: 'not-on-the-map', name: 'x', timestamp: T },
      ],
    });
    expect(res.json()).toMatchObject({
      accepted: 3,
      stored: 3,
      warnings: [
        {
          index: 2,
          field: 'touchpoint',
          reason: `no touchpoint with key "not-on-the-map" on the workspace's maps: stored unmapped`,
        },
      ],
    });
    const counts = await t.ctx.events.countsByTouchpoint(anna.workspaceId, map.journey.id);
    expect(counts.find((c) => c.touchpointId === checkout.id)?.events).toBe(3);
  });

  it('takes the key as ?key= and a text/plain JSON body (sendBeacon), with CORS headers', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/ingest/events?key=${encodeURIComponent(ingestKey)}`,
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://shop.example' },
      payload: JSON.stringify({ events: [{ id: 'b1', name: 'page_view', timestamp: T }] }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const pre = await t.app.inject({ method: 'OPTIONS', url: '/api/ingest/events' });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-headers']).toBe('authorization, content-type');
  });

  it('refuses missing, wrong and read-only keys, and bad batches, naming the problem', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/ingest/events', payload: { events: [{}] } });
    expect(none.statusCode).toBe(401);
    const wrong = await send(
      '/api/ingest/events',
      { events: [{ name: 'x' }] },
      { authorization: 'Bearer pk_nope' },
    );
    expect(wrong.statusCode).toBe(401);
    const read = await send(
      '/api/ingest/events',
      { events: [{ name: 'x' }] },
      { authorization: `Bearer ${readKey}` },
    );
    expect(read.statusCode).toBe(403);
    const tooMany = await send('/api/ingest/events', {
      events: Array.from({ length: 1001 }, () => ({ name: 'x' })),
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().message).toMatch(/events.*at most 1000/);
    const notJson = await send('/api/ingest/events', '{"events": [', { 'content-type': 'text/plain' });
    expect(notJson.statusCode).toBe(400);
    const wrongShape = await send('/api/ingest/events', { event: [] });
    expect(wrongShape.statusCode).toBe(400);
    const big = await send('/api/ingest/events', {
      events: [{ name: 'x', properties: { a: 'x'.repeat(1_100_000) } }],
    });
    expect(big.statusCode).toBe(413);
  });

  it('an ingest key reads nothing, and cannot reach another workspace', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${anna.workspaceId}/journeys`,
      headers: { authorization: `Bearer ${ingestKey}` },
    });
    expect(res.statusCode).toBe(403);
    const bobKey = await apiKey(bob, 'ingest');
    await send(
      '/api/ingest/events',
      { events: [{ id: 'bob-1', touchpoint: 'checkout', name: 'x', timestamp: T }] },
      {
        authorization: `Bearer ${bobKey}`,
      },
    );
    // Bob's workspace has no touchpoint "checkout": the event is stored unmapped in Bob's workspace, not Anna's.
    const counts = await t.ctx.events.countsByTouchpoint(anna.workspaceId, map.journey.id);
    expect(counts.find((c) => c.touchpointId === checkout.id)?.events).toBe(3);
  });

  it('keeps the last rejections for the data page, without customer ids', async () => {
    await send('/api/ingest/events', {
      events: [{ name: 'x', customerId: 'secret-customer', channel: 'pigeon' }],
    });
    const res = await anna.req({
      method: 'GET',
      url: `/api/workspaces/${anna.workspaceId}/ingest/rejections?limit=1`,
    });
    const [last] = res.json().rejections;
    expect(last).toMatchObject({ source: 'api', position: 0, field: 'channel' });
    expect(last.payload).not.toContain('secret-customer');
    expect(last.payload).toContain('(removed)');
    const other = await bob.req({
      method: 'GET',
      url: `/api/workspaces/${anna.workspaceId}/ingest/rejections`,
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('POST /api/ingest/responses', () => {
  it('validates level, touchpoint and scores per response', async () => {
    const res = await send('/api/ingest/responses', {
      responses: [
        {
          id: 'r1',
          touchpoint: 'delivery-wait',
          nps: 2,
          comment: 'Liian hidas',
          language: 'fi',
          timestamp: T,
        },
        { id: 'r2', touchpoint: 'nope', nps: 2 },
        { id: 'r3', nps: 11 },
        { id: 'r4', level: 'touchpoint', nps: 5 },
        { id: 'r5', journeyId: 'jr_other', csat: 4 },
        { id: 'r6', touchpoint: 'checkout' },
        { id: 'r7', nps: 9, timestamp: T },
      ],
    });
    const body = res.json();
    expect(body).toMatchObject({ accepted: 2, stored: 2 });
    expect(body.rejected.map((r: { index: number; field: string }) => [r.index, r.field])).toEqual([
      [1, 'touchpoint'],
      [2, 'nps'],
      [3, 'touchpoint'],
      [4, 'journeyId'],
      [5, '(item)'],
    ]);
    const latest = await t.ctx.events.latestResponses(anna.workspaceId, wait.id, 10);
    expect(latest.find((r) => r.id === 'r1')).toMatchObject({
      nps: 2,
      comment: 'Liian hidas',
      level: 'touchpoint',
      audience: 'customer',
      source: 'api',
      complete: true,
    });
  });
});
