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
let wait: Touchpoint;
let ingestKey: string;
const MARCH = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };

function ingest(kind: 'events' | 'responses', items: unknown[]) {
  return t.app.inject({
    method: 'POST',
    url: `/api/ingest/${kind}`,
    headers: { authorization: `Bearer ${ingestKey}` },
    payload: { [kind]: items },
  });
}

const analytics = (
  a: Actor,
  kind: string,
  body: unknown,
  journeyId = map.journey.id,
  ws = anna.workspaceId,
) =>
  a.req({
    method: 'POST',
    url: `/api/workspaces/${ws}/journeys/${journeyId}/analytics/${kind}`,
    payload: body as object,
  });

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  bob = await actor(t, 'bob@example.com');
  map = await newJourney(anna, 'Delivery');
  wait = await addTouchpoint(anna, map, 2, {
    name: 'Waiting for delivery',
    channel: 'delivery',
    key: 'wait',
  });
  ingestKey = await apiKey(anna, 'ingest');
  // NPS 10, 10, 9, 9, 9, 9, 8, 7, 3, 0: P = 6, D = 2, n = 10 → NPS 40.
  const scores = [10, 10, 9, 9, 9, 9, 8, 7, 3, 0];
  const res = await ingest(
    'responses',
    scores.map((nps, i) => ({
      id: `r${i}`,
      touchpoint: 'wait',
      timestamp: `2026-03-${String(i + 1).padStart(2, '0')}T12:00:00Z`,
      customerId: `customer-${i}`,
      nps,
      comment: i === 9 ? '<img src=x onerror=alert(1)> toimitus myöhässä' : undefined,
      language: 'fi',
    })),
  );
  expect(res.json()).toMatchObject({ accepted: 10, stored: 10 });
});
afterAll(() => t.close());

describe('the analytics API', () => {
  it('answers scorecards through the pipeline with exact values', async () => {
    const res = await analytics(anna, 'scorecards', { period: MARCH });
    expect(res.statusCode).toBe(200);
    const card = res.json().touchpoints.find((c: { id: string }) => c.id === wait.id);
    expect(card.scores.nps.n).toBe(10);
    expect(card.scores.nps.value).toBeCloseTo(40, 10);
    expect(card.scores.nps.interval.low).toBeCloseTo(-12.586, 2);
    expect(card.scores.nps.interval.high).toBeCloseTo(74.125, 2);
  });

  it('answers the whole dashboard in one call', async () => {
    const res = await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/journeys/${map.journey.id}/analytics`,
      payload: { period: MARCH, compareTo: 'previous' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.scorecards.journey.scores.nps.n).toBe(10);
    expect(body.scorecards.compareTo).toEqual({
      from: '2026-01-29T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
    });
    expect(body.trends.buckets.length).toBeGreaterThan(3);
    expect(body.drivers.refusal).toMatch(/Not enough data/);
  });

  it("groups comments under the workspace's own themes", async () => {
    const created = await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/themes`,
      payload: { name: 'Toimitus', keywords: ['toimitus'] },
    });
    expect(created.statusCode).toBe(201);
    const res = await analytics(anna, 'themes', { period: MARCH });
    expect(res.statusCode).toBe(200);
    const theme = res.json().themes.find((x: { kind: string }) => x.kind === 'user');
    expect(theme).toMatchObject({ label: 'Toimitus', count: 1 });
    // Customer text comes back as it was written; the web app renders it as text.
    expect(theme.verbatims[0].text).toBe('<img src=x onerror=alert(1)> toimitus myöhässä');
  });

  it('names the field of a bad request and never answers 500', async () => {
    const backwards = await analytics(anna, 'scorecards', { period: { from: MARCH.to, to: MARCH.from } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toMatch(/period/);
    const badProperty = await analytics(anna, 'scorecards', {
      filters: { properties: { "x') OR 1=1 --": ['a'] } },
    });
    expect(badProperty.statusCode).toBe(400);
    expect(badProperty.body).toMatch(/properties/);
    const unknownKind = await analytics(anna, 'horoscope', {});
    expect(unknownKind.statusCode).toBe(400);
    const unknownField = await analytics(anna, 'scorecards', { perid: MARCH });
    expect(unknownField.statusCode).toBe(400);
    // A hostile property value is a parameter, not SQL: it simply matches nothing.
    const hostile = await analytics(anna, 'scorecards', {
      period: MARCH,
      filters: { properties: { region: ["' OR 1=1 --"] } },
    });
    expect(hostile.statusCode).toBe(200);
    expect(hostile.json().journey.scores.responses).toBe(0);
  });

  it('keeps workspaces apart', async () => {
    const res = await analytics(bob, 'scorecards', { period: MARCH });
    expect([403, 404]).toContain(res.statusCode);
    const own = await newJourney(bob, 'Bob');
    const cross = await analytics(bob, 'scorecards', { period: MARCH }, map.journey.id, bob.workspaceId);
    expect(cross.statusCode).toBe(404);
    const mine = await analytics(bob, 'scorecards', { period: MARCH }, own.journey.id, bob.workspaceId);
    expect(mine.json().journey.scores.responses).toBe(0);
  });

  it('tells a watching client about new data through server-sent events', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const res = await fetch(`${address}/api/workspaces/${anna.workspaceId}/journeys/${map.journey.id}/live`, {
      headers: { cookie: anna.cookie },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil('event: ready');
    const t0 = Date.now();
    await ingest('responses', [
      { id: 'live-1', touchpoint: 'wait', timestamp: '2026-03-20T12:00:00Z', nps: 10 },
    ]);
    await readUntil('event: change');
    const elapsed = Date.now() - t0;
    controller.abort();
    const data = JSON.parse(/event: change\ndata: (.*)\n/.exec(text)?.[1] ?? '{}');
    expect(data).toMatchObject({
      journeyId: map.journey.id,
      responses: 1,
      touchpoints: { [wait.id]: { responses: 1 } },
    });
    expect(elapsed).toBeLessThan(5_000);
  });
});
