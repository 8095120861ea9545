import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, actor, apiKey, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
let anna: Actor;
let bob: Actor;
let vera: Actor;
let base: string;

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  bob = await actor(t, 'bob@example.com');
  vera = await actor(t, 'vera@example.com', { workspaceId: anna.workspaceId, role: 'viewer' });
  base = `/api/workspaces/${anna.workspaceId}/themes`;
});
afterAll(() => t.close());

describe('user themes API', () => {
  it('creates, lists, reads, renames, re-keys and deletes a theme', async () => {
    const created = await anna.req({
      method: 'POST',
      url: base,
      payload: { name: ' Toimitus ', keywords: ['toimitus', ' leverans ', 'Toimitus', 'delivery  time'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const theme = created.json();
    expect(theme).toMatchObject({
      workspaceId: anna.workspaceId,
      name: 'Toimitus',
      // trimmed, inner spaces collapsed, each keyword once (case-insensitively)
      keywords: ['toimitus', 'leverans', 'delivery time'],
    });
    expect(theme.id).toMatch(/^th_/);

    const list = await vera.req({ method: 'GET', url: base });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ themes: [theme] });
    expect((await vera.req({ method: 'GET', url: `${base}/${theme.id}` })).json()).toEqual(theme);

    const patched = await anna.req({
      method: 'PATCH',
      url: `${base}/${theme.id}`,
      payload: { name: 'Delivery', keywords: ['toimitus'] },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ id: theme.id, name: 'Delivery', keywords: ['toimitus'] });
    const keysOnly = await anna.req({
      method: 'PATCH',
      url: `${base}/${theme.id}`,
      payload: { keywords: ['paketti'] },
    });
    expect(keysOnly.json()).toMatchObject({ name: 'Delivery', keywords: ['paketti'] });

    expect((await anna.req({ method: 'DELETE', url: `${base}/${theme.id}` })).statusCode).toBe(204);
    expect((await anna.req({ method: 'GET', url: `${base}/${theme.id}` })).statusCode).toBe(404);
    expect((await anna.req({ method: 'DELETE', url: `${base}/${theme.id}` })).statusCode).toBe(404);
    expect((await anna.req({ method: 'GET', url: base })).json()).toEqual({ themes: [] });
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ keywords: ['x'] }, 'name'],
      [{ name: '', keywords: ['x'] }, 'name'],
      [{ name: 'x'.repeat(81), keywords: ['x'] }, 'name'],
      [{ name: 'A' }, 'keywords'],
      [{ name: 'A', keywords: [] }, 'keywords'],
      [{ name: 'A', keywords: Array.from({ length: 51 }, (_, i) => `k${i}`) }, 'keywords'],
      [{ name: 'A', keywords: ['ok', '  '] }, 'keywords.1'],
      [{ name: 'A', keywords: ['x'.repeat(61)] }, 'keywords.0'],
      [{ name: 'A', keywords: ['x'], extra: 1 }, '(body)'],
    ];
    for (const [payload, field] of cases) {
      const res = await anna.req({ method: 'POST', url: base, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    const created = (
      await anna.req({ method: 'POST', url: base, payload: { name: 'Hinta', keywords: ['hinta'] } })
    ).json();
    const bad = await anna.req({ method: 'PATCH', url: `${base}/${created.id}`, payload: { keywords: [] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('keywords');
    // The same name twice (case-insensitively) is a conflict.
    const twice = await anna.req({
      method: 'POST',
      url: base,
      payload: { name: 'HINTA', keywords: ['price'] },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().issues[0].path).toBe('name');
  });

  it('lets a viewer read but not write, and keeps other workspaces out', async () => {
    const own = (
      await anna.req({ method: 'POST', url: base, payload: { name: 'Secret', keywords: ['salainen'] } })
    ).json();
    expect(
      (await vera.req({ method: 'POST', url: base, payload: { name: 'V', keywords: ['v'] } })).statusCode,
    ).toBe(403);
    expect(
      (await vera.req({ method: 'PATCH', url: `${base}/${own.id}`, payload: { name: 'V' } })).statusCode,
    ).toBe(403);
    expect((await vera.req({ method: 'DELETE', url: `${base}/${own.id}` })).statusCode).toBe(403);

    // Bob is no member of Anna's workspace: 404 everywhere, nothing leaks.
    for (const [method, url] of [
      ['GET', base],
      ['GET', `${base}/${own.id}`],
      ['POST', base],
      ['PATCH', `${base}/${own.id}`],
      ['DELETE', `${base}/${own.id}`],
    ] as const) {
      const res = await bob.req({ method, url, payload: { name: 'pwned', keywords: ['x'] } });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body).not.toContain('Secret');
    }
    // Anna's theme id under Bob's own workspace is not found either.
    const cross = await bob.req({
      method: 'GET',
      url: `/api/workspaces/${bob.workspaceId}/themes/${own.id}`,
    });
    expect(cross.statusCode).toBe(404);
    expect(
      (await bob.req({ method: 'GET', url: `/api/workspaces/${bob.workspaceId}/themes` })).json(),
    ).toEqual({
      themes: [],
    });

    // A read-only API key reads, a write key writes, no key nothing.
    const readKey = await apiKey(anna, 'read');
    const headers = { authorization: `Bearer ${readKey}` };
    expect((await t.app.inject({ method: 'GET', url: base, headers })).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'POST', url: base, headers, payload: { name: 'K', keywords: ['k'] } }))
        .statusCode,
    ).toBe(403);
    const writeKey = await apiKey(anna, 'write');
    const write = await t.app.inject({
      method: 'POST',
      url: base,
      headers: { authorization: `Bearer ${writeKey}` },
      payload: { name: 'K', keywords: ['k'] },
    });
    expect(write.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: base })).statusCode).toBe(401);
  });
});

describe('themes in the OpenAPI document', () => {
  it('documents the routes with their bodies', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const path = doc.paths['/api/workspaces/{workspaceId}/themes'];
    expect(Object.keys(path).sort()).toEqual(['get', 'post']);
    expect(JSON.stringify(path.post.requestBody)).toContain('keywords');
    expect(Object.keys(doc.paths['/api/workspaces/{workspaceId}/themes/{themeId}']).sort()).toEqual([
      'delete',
      'get',
      'patch',
    ]);
  });
});
