import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../src/domain/journey/journey.schema.js';
import { type Actor, actor, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
let anna: Actor;
let map: JourneyMap;
const base = () => `/api/workspaces/${anna.workspaceId}/journeys`;

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  const res = await anna.req({
    method: 'POST',
    url: base(),
    payload: { name: 'Online shop', templateId: 'awareness-advocacy' },
  });
  expect(res.statusCode).toBe(201);
  map = res.json();
});
afterAll(() => t.close());

describe('journeys API', () => {
  it('creates a journey from a template with its stages and the default lanes', () => {
    expect(map.stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Consideration',
      'Decision',
      'Retention',
      'Advocacy',
    ]);
    expect(map.stages[0]!.translations).toEqual({ fi: { name: 'Tietoisuus' } });
    expect(map.lanes.map((l) => l.kind)).toEqual([
      'actions',
      'touchpoints',
      'emotions',
      'needs',
      'pain_points',
      'opportunities',
      'brand_promise',
      'backstage',
      'kpis',
    ]);
  });

  it('adds a touchpoint with defaults and a key from its name, and bumps the revision', async () => {
    const before = (await anna.req({ method: 'GET', url: `${base()}/${map.journey.id}/revision` })).json()
      .revision;
    const res = await anna.req({
      method: 'POST',
      url: `${base()}/${map.journey.id}/touchpoints`,
      payload: { name: 'Toimituksen odotus', stageId: map.stages[3]!.id, channel: 'delivery' },
    });
    expect(res.statusCode).toBe(201);
    const tp: Touchpoint = res.json();
    expect(tp).toMatchObject({
      key: 'toimituksen-odotus',
      mode: 'offline',
      evidence: 'hypothesis',
      version: 0,
      position: 1000,
    });
    expect(Number(res.headers['x-journey-revision'])).toBe(before + 1);
  });

  it('rejects a second editor working from a stale version with 409 and the latest', async () => {
    const created = (
      await anna.req({
        method: 'POST',
        url: `${base()}/${map.journey.id}/touchpoints`,
        payload: { name: 'Checkout', stageId: map.stages[2]!.id },
      })
    ).json() as Touchpoint;
    const url = `${base()}/${map.journey.id}/touchpoints/${created.id}`;
    const first = await anna.req({ method: 'PATCH', url, payload: { version: 0, name: 'Checkout page' } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: 'Checkout page', version: 1 });
    const second = await anna.req({ method: 'PATCH', url, payload: { version: 0, name: 'Kassa' } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      error: 'conflict',
      current: { name: 'Checkout page', version: 1 },
    });
  });

  it('moves a touchpoint to another stage of the same journey only', async () => {
    const tp = (
      await anna.req({
        method: 'POST',
        url: `${base()}/${map.journey.id}/touchpoints`,
        payload: { name: 'Ad', stageId: map.stages[0]!.id },
      })
    ).json() as Touchpoint;
    const url = `${base()}/${map.journey.id}/touchpoints/${tp.id}`;
    const moved = await anna.req({
      method: 'PATCH',
      url,
      payload: { version: 0, stageId: map.stages[1]!.id, position: 500 },
    });
    expect(moved.json()).toMatchObject({ stageId: map.stages[1]!.id, position: 500, version: 1 });
    const bad = await anna.req({ method: 'PATCH', url, payload: { version: 1, stageId: 'st_nope' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([{ path: 'stageId', message: 'no such stage in this journey' }]);
  });

  it('names the field and the problem for bad input, never a 500', async () => {
    const url = `${base()}/${map.journey.id}/touchpoints`;
    const cases = [
      { payload: { name: '', stageId: map.stages[0]!.id }, path: 'name' },
      { payload: { name: 'x', stageId: map.stages[0]!.id, channel: 'pigeon' }, path: 'channel' },
      { payload: { name: 'x', stageId: map.stages[0]!.id, emotion: 3 }, path: 'emotion' },
      { payload: { name: 'x', stageId: map.stages[0]!.id, key: 'Bad Key!' }, path: 'key' },
      { payload: { name: 'x', stageId: map.stages[0]!.id, colour: 'red' }, path: '(body)' },
    ];
    for (const c of cases) {
      const res = await anna.req({ method: 'POST', url, payload: c.payload });
      expect(res.statusCode, JSON.stringify(c.payload)).toBe(400);
      expect(res.json().error).toBe('bad_request');
      expect(res.json().message).toContain(c.path === '(body)' ? 'colour' : c.path);
    }
    const notJson = await anna.req({
      method: 'POST',
      url,
      payload: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
    const huge = await anna.req({
      method: 'POST',
      url,
      payload: { name: 'x'.repeat(2_000_000), stageId: map.stages[0]!.id },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toBe('payload_too_large');
  });

  it('refuses a card in a lane drawn from touchpoints, naming laneId', async () => {
    const tpLane = map.lanes.find((l) => l.kind === 'touchpoints')!;
    const res = await anna.req({
      method: 'POST',
      url: `${base()}/${map.journey.id}/cards`,
      payload: { laneId: tpLane.id, stageId: map.stages[0]!.id, text: 'x' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([
      { path: 'laneId', message: 'the touchpoints lane does not hold cards' },
    ]);
  });

  it('names an unknown field instead of ignoring it', async () => {
    const res = await anna.req({
      method: 'POST',
      url: base(),
      payload: { name: 'x', template: 'awareness-advocacy' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('template');
  });

  it('refuses a duplicate touchpoint key in the workspace with 409 naming the key', async () => {
    const url = `${base()}/${map.journey.id}/touchpoints`;
    await anna.req({
      method: 'POST',
      url,
      payload: { name: 'A', key: 'same-key', stageId: map.stages[0]!.id },
    });
    const res = await anna.req({
      method: 'POST',
      url,
      payload: { name: 'B', key: 'same-key', stageId: map.stages[0]!.id },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().issues[0].path).toBe('key');
  });

  it('requires the CSRF header on cookie mutations', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: base(),
      headers: { cookie: anna.cookie },
      payload: { name: 'x', templateId: 'empty' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('x-csrf-token');
  });

  it('duplicates, archives, lists archived and makes a to-be version', async () => {
    const dup = await anna.req({ method: 'POST', url: `${base()}/${map.journey.id}/duplicate`, payload: {} });
    expect(dup.statusCode).toBe(201);
    const copy: JourneyMap = dup.json();
    expect(copy.journey.name).toBe('Online shop (copy)');
    expect(copy.stages).toHaveLength(5);
    expect(new Set(copy.touchpoints.map((x) => x.key)).size).toBe(copy.touchpoints.length);
    const archived = await anna.req({
      method: 'PATCH',
      url: `${base()}/${copy.journey.id}`,
      payload: { version: 0, archived: true },
    });
    expect(archived.json().archivedAt).not.toBeNull();
    const active = (await anna.req({ method: 'GET', url: base() })).json() as { id: string }[];
    const old = (await anna.req({ method: 'GET', url: `${base()}?archived=true` })).json() as {
      id: string;
    }[];
    expect(active.map((j) => j.id)).not.toContain(copy.journey.id);
    expect(old.map((j) => j.id)).toEqual([copy.journey.id]);
    const toBe = await anna.req({ method: 'POST', url: `${base()}/${map.journey.id}/to-be` });
    expect(toBe.statusCode).toBe(201);
    expect(toBe.json().journey).toMatchObject({ variant: 'to_be', variantOf: map.journey.id });
    const asIs = (await anna.req({ method: 'GET', url: `${base()}/${map.journey.id}` })).json() as JourneyMap;
    expect(asIs.journey.variantOf).toBe(toBe.json().journey.id);
  });

  it('sets and clears persona emotions, and deleting a stage takes its touchpoints along', async () => {
    const j = (
      await anna.req({
        method: 'POST',
        url: base(),
        payload: { name: 'E', templateId: 'image-purchase-usage' },
      })
    ).json() as JourneyMap;
    const u = `${base()}/${j.journey.id}`;
    const persona = (
      await anna.req({ method: 'POST', url: `${u}/personas`, payload: { name: 'Busy parent' } })
    ).json();
    const tp = (
      await anna.req({
        method: 'POST',
        url: `${u}/touchpoints`,
        payload: { name: 'Store', stageId: j.stages[1]!.id },
      })
    ).json();
    expect(
      (
        await anna.req({
          method: 'PUT',
          url: `${u}/emotions`,
          payload: { personaId: persona.id, touchpointId: tp.id, value: -1.5 },
        })
      ).statusCode,
    ).toBe(204);
    let got = (await anna.req({ method: 'GET', url: u })).json() as JourneyMap;
    expect(got.emotions).toEqual([{ personaId: persona.id, touchpointId: tp.id, value: -1.5 }]);
    const bad = await anna.req({
      method: 'PUT',
      url: `${u}/emotions`,
      payload: { personaId: persona.id, touchpointId: tp.id, value: -2.5 },
    });
    expect(bad.statusCode).toBe(400);
    expect((await anna.req({ method: 'DELETE', url: `${u}/stages/${j.stages[1]!.id}` })).statusCode).toBe(
      204,
    );
    got = (await anna.req({ method: 'GET', url: u })).json() as JourneyMap;
    expect(got.touchpoints).toEqual([]);
    expect(got.emotions).toEqual([]);
  });

  it('exports JSON that imports back to the same document', async () => {
    const json = await anna.req({ method: 'GET', url: `${base()}/${map.journey.id}/export?format=json` });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toContain('online-shop.json');
    const doc = json.json();
    const imported = await anna.req({ method: 'POST', url: `${base()}/import`, payload: doc });
    expect(imported.statusCode).toBe(201);
    const again = await anna.req({
      method: 'GET',
      url: `${base()}/${imported.json().journey.id}/export?format=json`,
    });
    const redo = again.json();
    // keys are made unique in the workspace on import; everything else comes back exactly
    redo.touchpoints = redo.touchpoints.map((tp: { key: string }, i: number) => ({
      ...tp,
      key: doc.touchpoints[i].key,
    }));
    expect(redo).toEqual(doc);
    const broken = await anna.req({
      method: 'POST',
      url: `${base()}/import`,
      payload: { ...doc, stages: [] },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().message).toContain('stages');
  });
});
