import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { buildApp } from '../../src/http/app.js';
import { createAppContext } from '../../src/http/context.js';
import { type EventStore, openEventStore } from '../../src/store/events/event-store.js';
import { type MetaDb, migrateMetaDb, openMetaDb } from '../../src/store/meta/db.js';

/** The web app's files and the SPA fallback, on a real HTTP listener. */
let dir: string;
let db: MetaDb;
let events: EventStore;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'polku-web-'));
  mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>Polku</title><div id="root"></div>');
  writeFileSync(join(dir, 'web', 'assets', 'app-1.js'), 'console.log(1)');
  db = openMetaDb(join(dir, 'polku.sqlite'));
  await migrateMetaDb(db);
  events = await openEventStore(':memory:');
  app = await buildApp(
    createAppContext({ db, events, config: loadConfig({ POLKU_DATA_DIR: dir }), publicUrl: () => '' }),
    { webRoot: join(dir, 'web') },
  );
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await events.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('serves assets and falls back to index.html for app routes', async () => {
    const asset = await fetch(`${base}/assets/app-1.js`);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log(1)');
    const route = await fetch(`${base}/w/ws_1/j/jr_1`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    expect(route.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers a missing asset with 404, not the app page (a stale tab after an upgrade)', async () => {
    const res = await fetch(`${base}/assets/app-0.js`);
    expect(res.status).toBe(404);
  });
});
