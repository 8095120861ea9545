import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/domain/journey/journey.schema.js';
import { type Actor, actor, type TestApp, testApp } from '../support/test-app.js';

/**
 * Walks every registered route under /api/workspaces/… and calls it as Bob (owner of his
 * own workspace) against Anna's workspace, journey and entities: no route may answer 2xx,
 * and Anna's data must be unchanged afterwards.
 */
let t: TestApp;
let anna: Actor;
let bob: Actor;
let annaMap: JourneyMap;
let bobJourneyId: string;
const ids: Record<string, string> = {};

async function snapshot() {
  const res = await anna.req({
    method: 'GET',
    url: `/api/workspaces/${anna.workspaceId}/journeys/${annaMap.journey.id}`,
  });
  const members = await anna.req({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/members` });
  const keys = await anna.req({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/api-keys` });
  const surveys = await anna.req({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/surveys` });
  return JSON.stringify([res.json(), members.json(), keys.json(), surveys.json()]);
}

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@a.example');
  bob = await actor(t, 'bob@b.example');
  const u = `/api/workspaces/${anna.workspaceId}/journeys`;
  annaMap = (
    await anna.req({ method: 'POST', url: u, payload: { name: 'Secret', templateId: 'awareness-advocacy' } })
  ).json();
  const j = `${u}/${annaMap.journey.id}`;
  const stageId = annaMap.stages[0]!.id;
  ids.stages = stageId;
  ids.lanes = annaMap.lanes[0]!.id;
  ids.touchpoints = (
    await anna.req({ method: 'POST', url: `${j}/touchpoints`, payload: { name: 'Secret tp', stageId } })
  ).json().id;
  ids.cards = (
    await anna.req({
      method: 'POST',
      url: `${j}/cards`,
      payload: { laneId: ids.lanes, stageId, text: 'Secret card' },
    })
  ).json().id;
  ids.personas = (
    await anna.req({ method: 'POST', url: `${j}/personas`, payload: { name: 'Secret persona' } })
  ).json().id;
  ids['share-links'] = (await anna.req({ method: 'POST', url: `${j}/share-links` })).json().link.id;
  ids['api-keys'] = (
    await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/api-keys`,
      payload: { name: 'k', scope: 'read' },
    })
  ).json().apiKey.id;
  ids.invitations = (
    await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/invitations`,
      payload: { email: 'c@a.example', role: 'viewer' },
    })
  ).json().invitation.id;
  ids.surveys = (
    await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/surveys`,
      payload: {
        name: 'Secret survey',
        level: 'touchpoint',
        touchpointId: ids.touchpoints,
        languages: ['en'],
        questions: [{ id: 'q_nps', type: 'nps', text: { en: 'Secret question' } }],
      },
    })
  ).json().id;
  await anna.req({
    method: 'POST',
    url: `/api/workspaces/${anna.workspaceId}/surveys/${ids.surveys}/publish`,
  });
  ids.actions = (
    await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/actions`,
      payload: { journeyId: annaMap.journey.id, title: 'Secret action', startDate: '2026-01-01' },
    })
  ).json().id;
  bobJourneyId = (
    await bob.req({
      method: 'POST',
      url: `/api/workspaces/${bob.workspaceId}/journeys`,
      payload: { name: 'Mine', templateId: 'empty' },
    })
  ).json().journey.id;
});
afterAll(() => t.close());

function fill(url: string, workspaceId: string, journeyId: string): string {
  const kind = url.match(/\/([a-z-]+)\/:id$/)?.[1] ?? '';
  return url
    .replace(':workspaceId', workspaceId)
    .replace(':journeyId', journeyId)
    .replace(':userId', anna.userId)
    .replace(':surveyId', ids.surveys ?? 'x_unknown')
    .replace(':version', '1')
    .replace(':id', ids[kind] ?? 'x_unknown');
}

const BODIES: Record<string, unknown> = {
  POST: {
    name: 'pwned',
    templateId: 'empty',
    stageId: 'x',
    laneId: 'x',
    text: 'x',
    email: 'p@b.example',
    scope: 'write',
  },
  PATCH: { version: 0, name: 'pwned', role: 'viewer' },
  PUT: { personaId: 'x', touchpointId: 'x', value: 1 },
};

describe('workspace isolation', () => {
  it('covers the workspace routes', () => {
    const scoped = t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/workspaces/:workspaceId'));
    expect(scoped.length).toBeGreaterThan(25);
  });

  it("no workspace route lets Bob read or change Anna's data", async () => {
    const before = await snapshot();
    const scoped = t.app.registeredRoutes.filter(
      (r) => r.url.startsWith('/api/workspaces/:workspaceId') && r.method !== 'HEAD',
    );
    const failures: string[] = [];
    for (const route of scoped) {
      // Anna's workspace in the URL, and Anna's journey inside Bob's own workspace in the URL.
      for (const url of [
        fill(route.url, anna.workspaceId, annaMap.journey.id),
        fill(route.url, bob.workspaceId, annaMap.journey.id),
      ]) {
        if (url.includes(bob.workspaceId) && !route.url.includes(':journeyId')) continue; // Bob's own workspace-level routes
        const body = BODIES[route.method];
        const res = await bob.req({ method: route.method as 'GET', url, ...(body ? { payload: body } : {}) });
        if (res.statusCode < 400 || ![400, 403, 404].includes(res.statusCode))
          failures.push(`${route.method} ${url} → ${res.statusCode}`);
        if (res.body.includes('Secret')) failures.push(`${route.method} ${url} leaked data`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it("an API key of Bob's workspace cannot reach Anna's", async () => {
    const key = (
      await bob.req({
        method: 'POST',
        url: `/api/workspaces/${bob.workspaceId}/api-keys`,
        payload: { name: 'b', scope: 'write' },
      })
    ).json();
    const headers = { authorization: `Bearer ${key.secret}` };
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${bob.workspaceId}/journeys/${bobJourneyId}`,
      headers,
    });
    expect(own.statusCode).toBe(200);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${anna.workspaceId}/journeys/${annaMap.journey.id}`,
      headers,
    });
    expect(other.statusCode).toBe(404);
    const cross = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${bob.workspaceId}/journeys/${annaMap.journey.id}`,
      headers,
    });
    expect(cross.statusCode).toBe(404);
    const admin = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${bob.workspaceId}/api-keys`,
      headers,
    });
    expect(admin.statusCode).toBe(403);
  });

  it('a viewer can read but not change, and a read-only API key cannot write', async () => {
    const viewer = await actor(t, 'vera@a.example', { workspaceId: anna.workspaceId, role: 'viewer' });
    const u = `/api/workspaces/${anna.workspaceId}/journeys/${annaMap.journey.id}`;
    expect((await viewer.req({ method: 'GET', url: u })).statusCode).toBe(200);
    const res = await viewer.req({ method: 'PATCH', url: u, payload: { version: 0, name: 'x' } });
    expect(res.statusCode).toBe(403);
    const key = (
      await anna.req({
        method: 'POST',
        url: `/api/workspaces/${anna.workspaceId}/api-keys`,
        payload: { name: 'r', scope: 'read' },
      })
    ).json();
    const write = await t.app.inject({
      method: 'POST',
      url: `${u}/stages`,
      headers: { authorization: `Bearer ${key.secret}` },
      payload: { name: 'x' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('an unauthenticated caller gets 401 everywhere in a workspace', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/journeys` });
    expect(res.statusCode).toBe(401);
  });
});
