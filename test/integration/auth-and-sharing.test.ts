import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/domain/journey/journey.schema.js';
import { type Actor, actor, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
let anna: Actor;
let map: JourneyMap;

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  map = (
    await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/journeys`,
      payload: { name: '<script>x</script>', templateId: 'empty' },
    })
  ).json();
});
afterAll(() => t.close());

const cookieOf = (setCookie: string | string[] | undefined) =>
  [setCookie ?? []].flat()[0]?.split(';')[0] ?? '';

describe('sign-in and sessions', () => {
  it('signs in with the right password: httpOnly SameSite cookie and a CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'ANNA@example.com', password: 'password-123456' },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/polku_session=.+; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax/);
    const body = res.json();
    expect(body.user.email).toBe('anna@example.com');
    expect(body.workspaces).toEqual([
      { id: anna.workspaceId, name: "anna@example.com's workspace", role: 'owner' },
    ]);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: cookieOf(res.headers['set-cookie']) },
    });
    expect(me.json().csrfToken).toBe(body.csrfToken);
  });

  it('refuses a wrong password or unknown email with the same message', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'anna@example.com', password: 'nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'who@example.com', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('signs out: the session stops working', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'anna@example.com', password: 'password-123456' },
    });
    const cookie = cookieOf(res.headers['set-cookie']);
    const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });
});

describe('invitations', () => {
  it('invites by email, the invitee sets a password and lands in the workspace with the role', async () => {
    const inv = await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/invitations`,
      payload: { email: 'Ville@Example.com', role: 'viewer' },
    });
    expect(inv.statusCode).toBe(201);
    const token = inv.json().url.split('/invite/')[1];
    expect(inv.json().url).toBe(`http://polku.test/invite/${token}`);
    const look = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(look.json()).toMatchObject({ email: 'ville@example.com', role: 'viewer', existingUser: false });
    const short = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Ville', password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().issues[0]).toEqual({ path: 'password', message: 'must be at least 10 characters' });
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Ville', password: 'ville-password-1' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().workspaces).toEqual([expect.objectContaining({ id: anna.workspaceId, role: 'viewer' })]);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Ville', password: 'ville-password-1' },
    });
    expect(again.statusCode).toBe(404);
    const members = (
      await anna.req({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/members` })
    ).json();
    expect(members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`)).toEqual([
      'anna@example.com:owner',
      'ville@example.com:viewer',
    ]);
  });

  it('keeps at least one owner', async () => {
    const res = await anna.req({
      method: 'PATCH',
      url: `/api/workspaces/${anna.workspaceId}/members/${anna.userId}`,
      payload: { role: 'editor' },
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('share links and API keys', () => {
  it('a share link shows the map read-only without an account, until revoked', async () => {
    const u = `/api/workspaces/${anna.workspaceId}/journeys/${map.journey.id}/share-links`;
    const created = (await anna.req({ method: 'POST', url: u })).json();
    const token = created.url.split('/share/')[1];
    expect(token.length).toBeGreaterThan(40);
    const shared = await t.app.inject({ method: 'GET', url: `/api/share/${token}` });
    expect(shared.statusCode).toBe(200);
    expect(shared.json().journey.name).toBe('<script>x</script>');
    const svg = await t.app.inject({ method: 'GET', url: `/api/share/${token}/export?format=svg` });
    expect(svg.statusCode).toBe(200);
    expect(svg.body).not.toContain('<script>x');
    expect((await anna.req({ method: 'GET', url: u })).json()).toEqual([created.link]);
    expect((await anna.req({ method: 'DELETE', url: `${u}/${created.link.id}` })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/share/${token}` })).statusCode).toBe(404);
  });

  it('an API key is shown once, stored hashed, works as a bearer token and stops when revoked', async () => {
    const res = await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/api-keys`,
      payload: { name: 'BI', scope: 'read' },
    });
    const { apiKey, secret } = res.json();
    expect(secret.startsWith('pk_')).toBe(true);
    const stored = await t.db
      .selectFrom('apiKeys')
      .selectAll()
      .where('id', '=', apiKey.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(secret);
    const list = (
      await anna.req({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/api-keys` })
    ).json();
    expect(JSON.stringify(list)).not.toContain(secret);
    const headers = { authorization: `Bearer ${secret}` };
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/journeys`, headers }))
        .statusCode,
    ).toBe(200);
    await anna.req({ method: 'DELETE', url: `/api/workspaces/${anna.workspaceId}/api-keys/${apiKey.id}` });
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/journeys`, headers }))
        .statusCode,
    ).toBe(401);
  });
});

describe('OpenAPI', () => {
  it('documents the API at /api/openapi.json with a browsable page at /api/docs', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain(
      '/api/workspaces/{workspaceId}/journeys/{journeyId}/touchpoints/{id}',
    );
    const patch = doc.paths['/api/workspaces/{workspaceId}/journeys/{journeyId}/touchpoints/{id}'].patch;
    expect(JSON.stringify(patch.requestBody)).toContain('momentOfTruth');
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found');
  });
});

describe('compression', () => {
  it('compresses large JSON answers for clients that accept it', async () => {
    const res = await anna.req({
      method: 'GET',
      url: `/api/workspaces/${anna.workspaceId}/journeys/${map.journey.id}/export?format=svg`,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});
