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
let vera: Actor;
let map: JourneyMap;
let wait: Touchpoint;
let base: string;

beforeAll(async () => {
  t = await testApp();
  // "Today" is 2026-03-11: the after-window is [03-01, 03-11), the before-window [02-19, 03-01).
  t.ctx.now = () => '2026-03-11T00:00:00.000Z';
  anna = await actor(t, 'anna@example.com');
  bob = await actor(t, 'bob@example.com');
  vera = await actor(t, 'vera@example.com', { workspaceId: anna.workspaceId, role: 'viewer' });
  map = await newJourney(anna, 'Delivery');
  wait = await addTouchpoint(anna, map, 2, {
    name: 'Waiting for delivery',
    channel: 'delivery',
    key: 'wait',
  });
  base = `/api/workspaces/${anna.workspaceId}/actions`;
  const key = await apiKey(anna, 'ingest');
  // Before: P 2, D 5 of 10 → NPS −30. After: P 6, D 1 of 10 → NPS 50. Two answers fall outside.
  const before = [9, 10, 7, 8, 7, 0, 3, 5, 6, 6];
  const after = [9, 9, 10, 10, 9, 10, 7, 8, 8, 2];
  const rows = [
    ...before.map((nps, i) => ({ nps, at: `2026-02-${20 + (i % 9)}T12:00:00Z` })),
    ...after.map((nps, i) => ({ nps, at: `2026-03-0${1 + (i % 9)}T12:00:00Z` })),
    { nps: 0, at: '2026-02-18T23:59:00Z' },
    { nps: 0, at: '2026-03-11T00:00:00Z' },
  ];
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/ingest/responses',
    headers: { authorization: `Bearer ${key}` },
    payload: {
      responses: rows.map((r, i) => ({
        id: `r${i}`,
        touchpoint: 'wait',
        timestamp: r.at,
        customerId: `c${i}`,
        nps: r.nps,
      })),
    },
  });
  expect(res.json()).toMatchObject({ stored: rows.length });
});
afterAll(() => t.close());

const create = (a: Actor, payload: Record<string, unknown>) => a.req({ method: 'POST', url: base, payload });

describe('improvement actions API', () => {
  it('creates, lists with filters, reads, changes and deletes an action', async () => {
    const res = await create(anna, {
      journeyId: map.journey.id,
      title: 'Fix the tracking link',
      touchpointIds: [wait.id],
      ownerUserId: anna.userId,
      ownerTeam: 'Logistics',
      status: 'in_progress',
      startDate: '2026-03-01',
      dueDate: '2026-04-30',
      targetMetric: { metric: 'nps', touchpointId: wait.id, target: 20 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({ id: expect.stringMatching(/^ac_/), createdBy: anna.userId, doneDate: null });
    const list = (q: string) =>
      vera.req({ method: 'GET', url: `${base}?${q}` }).then((r) => r.json().actions.length);
    expect(await list(`touchpointId=${wait.id}&status=planned,in_progress`)).toBe(1);
    expect(await list(`journeyId=${map.journey.id}&ownerUserId=${anna.userId}`)).toBe(1);
    expect(await list('status=done')).toBe(0);
    expect(await list(`touchpointId=${map.touchpoints[0]?.id}`)).toBe(0);
    expect((await vera.req({ method: 'GET', url: `${base}/${a.id}` })).json()).toEqual(a);
    expect(
      (await vera.req({ method: 'PATCH', url: `${base}/${a.id}`, payload: { status: 'done' } })).statusCode,
    ).toBe(403);
    const done = await anna.req({ method: 'PATCH', url: `${base}/${a.id}`, payload: { status: 'done' } });
    expect(done.json()).toMatchObject({ status: 'done', doneDate: '2026-03-11' });
    const extra = (
      await create(anna, { journeyId: map.journey.id, title: 'Temp', startDate: '2026-03-02' })
    ).json();
    expect((await anna.req({ method: 'DELETE', url: `${base}/${extra.id}` })).statusCode).toBe(204);
    expect((await anna.req({ method: 'GET', url: `${base}/${extra.id}` })).statusCode).toBe(404);
  });

  it('shows the NPS before and after the start with intervals, n and the significance', async () => {
    const a = (
      await create(anna, {
        journeyId: map.journey.id,
        title: 'Proactive delay messages',
        startDate: '2026-03-01',
        targetMetric: { metric: 'nps', touchpointId: wait.id },
      })
    ).json();
    const res = await vera.req({ method: 'GET', url: `${base}/${a.id}/impact` });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.window).toEqual({
      before: { from: '2026-02-19T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
      after: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-11T00:00:00.000Z' },
      days: 10,
      capped: false,
    });
    // Adjusted Wald by hand: before p′ = 2.75/13, q′ = 5.75/13, SE′ 0.21494; after p′ 6.75/13, q′ 1.75/13, SE′ 0.19727.
    expect(r.before).toMatchObject({ n: 10, visible: true, value: -30 });
    expect(r.before.interval.low).toBeCloseTo(-65.205, 2);
    expect(r.before.interval.high).toBeCloseTo(19.051, 2);
    expect(r.after).toMatchObject({ n: 10, visible: true, value: 50 });
    expect(r.after.interval.low).toBeCloseTo(-0.204, 2);
    expect(r.after.interval.high).toBeCloseTo(77.127, 2);
    // z = (0.38462 + 0.23077) / √(0.21494² + 0.19727²) = 2.109 > 1.96
    expect(r.change).toMatchObject({ delta: 80, significant: true, test: 'nps_adjusted_wald' });
    expect(r.change.statistic).toBeCloseTo(2.109, 2);
    expect(r.verdict).toBe('improved');

    // A 3-day window: after = 03-01…03-04 (4 answers: two on 03-01, under the privacy minimum of 5: hidden).
    const short = (await vera.req({ method: 'GET', url: `${base}/${a.id}/impact?days=3` })).json();
    expect(short.after).toEqual({ n: 4, visible: false, value: null, interval: null });
    expect(short.verdict).toBe('not_enough_data');
  });

  it('says when there is nothing to measure yet', async () => {
    const future = (
      await create(anna, {
        journeyId: map.journey.id,
        title: 'Later',
        startDate: '2026-05-01',
        targetMetric: { metric: 'csat', touchpointId: wait.id },
      })
    ).json();
    expect((await anna.req({ method: 'GET', url: `${base}/${future.id}/impact` })).json()).toMatchObject({
      status: 'not_started',
      before: null,
    });
    const none = (
      await create(anna, { journeyId: map.journey.id, title: 'No metric', startDate: '2026-03-01' })
    ).json();
    expect((await anna.req({ method: 'GET', url: `${base}/${none.id}/impact` })).json()).toMatchObject({
      status: 'no_target_metric',
    });
  });

  it('answers bad input with 400 naming the field', async () => {
    const ok = { journeyId: map.journey.id, title: 'X', startDate: '2026-03-01' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ok, title: '' }, 'title'],
      [{ ...ok, startDate: '1.3.2026' }, 'startDate'],
      [{ ...ok, status: 'open' }, 'status'],
      [{ ...ok, dueDate: '2026-02-01' }, 'dueDate'],
      [{ ...ok, journeyId: 'jr_nope' }, 'journeyId'],
      [{ ...ok, touchpointIds: ['tp_nope'] }, 'touchpointIds.0'],
      [{ ...ok, painPointIds: ['cd_nope'] }, 'painPointIds.0'],
      [{ ...ok, ownerUserId: bob.userId }, 'ownerUserId'],
      [{ ...ok, targetMetric: { metric: 'revenue', touchpointId: wait.id } }, 'targetMetric.metric'],
      [{ ...ok, targetMetric: { metric: 'nps', touchpointId: 'tp_nope' } }, 'targetMetric.touchpointId'],
      [{ ...ok, extra: 1 }, '(body)'],
    ];
    for (const [payload, field] of cases) {
      const res = await create(anna, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    const a = (await create(anna, ok)).json();
    expect((await anna.req({ method: 'GET', url: `${base}/${a.id}/impact?days=0` })).statusCode).toBe(400);
    expect((await anna.req({ method: 'GET', url: `${base}?status=open` })).statusCode).toBe(400);
    const p = await anna.req({ method: 'PATCH', url: `${base}/${a.id}`, payload: { dueDate: '2026-01-01' } });
    expect(p.statusCode).toBe(400);
    expect(p.json().issues[0].path).toBe('dueDate');
  });

  it("keeps a workspace's actions from another", async () => {
    const a = (
      await create(anna, { journeyId: map.journey.id, title: 'Secret', startDate: '2026-03-01' })
    ).json();
    for (const [method, url] of [
      ['GET', base],
      ['GET', `${base}/${a.id}`],
      ['GET', `${base}/${a.id}/impact`],
      ['PATCH', `${base}/${a.id}`],
      ['DELETE', `${base}/${a.id}`],
    ] as const)
      expect(
        (await bob.req({ method, url, payload: method === 'PATCH' ? { title: 'x' } : undefined })).statusCode,
      ).toBe(404);
    const own = `/api/workspaces/${bob.workspaceId}/actions`;
    expect((await bob.req({ method: 'GET', url: `${own}/${a.id}` })).statusCode).toBe(404);
    expect(
      (
        await bob.req({
          method: 'POST',
          url: own,
          payload: { journeyId: map.journey.id, title: 'x', startDate: '2026-03-01' },
        })
      ).statusCode,
    ).toBe(400);
  });
});
