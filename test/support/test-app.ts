import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createUser, openSession } from '../../src/auth/session.service.js';
import { loadConfig } from '../../src/config/env.js';
import { newId } from '../../src/domain/journey/ids.js';
import type { JourneyMap, Touchpoint } from '../../src/domain/journey/journey.schema.js';
import { buildApp } from '../../src/http/app.js';
import { type AppContext, createAppContext } from '../../src/http/context.js';
import { openEventStore } from '../../src/store/events/event-store.js';
import { addMember, insertWorkspace } from '../../src/store/meta/accounts.repository.js';
import { type MetaDb, migrateMetaDb, openMetaDb } from '../../src/store/meta/db.js';

export interface TestApp {
  app: FastifyInstance;
  db: MetaDb;
  ctx: AppContext;
  dir: string;
  close(): Promise<void>;
}

/** The real Fastify app on a real SQLite file in a temp dir. */
export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'polku-test-'));
  const db = openMetaDb(join(dir, 'polku.sqlite'));
  await migrateMetaDb(db);
  // Tests stand behind a pretend proxy: X-Forwarded-For gives each simulated client its own address.
  const config = loadConfig({ POLKU_DATA_DIR: dir, LOG_LEVEL: 'silent', POLKU_TRUST_PROXY: 'on', ...env });
  const events = await openEventStore(join(dir, 'events.duckdb'), { memoryLimit: '256MB', threads: 1 });
  const ctx = createAppContext({ db, events, config, publicUrl: () => 'http://polku.test' });
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    db,
    ctx,
    dir,
    async close() {
      await app.close();
      await ctx.act.stop();
      await ctx.ingest.flush();
      await events.close();
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Actor {
  userId: string;
  workspaceId: string;
  cookie: string;
  csrf: string;
  /** Sends a request as this user (cookie + CSRF header). */
  req(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

/** A user with a session and a workspace of their own (role owner unless told). */
export async function actor(
  t: TestApp,
  email: string,
  opts: { workspaceId?: string; role?: 'owner' | 'editor' | 'viewer' } = {},
): Promise<Actor> {
  const now = new Date().toISOString();
  const user = await createUser(
    t.db,
    { email, name: email.split('@')[0]!, password: 'password-123456' },
    now,
  );
  if (!user.ok) throw new Error(user.error.message);
  const workspaceId = opts.workspaceId ?? newId('ws');
  if (!opts.workspaceId)
    await insertWorkspace(t.db, { id: workspaceId, name: `${email}'s workspace`, createdAt: now });
  await addMember(t.db, workspaceId, user.value.id, opts.role ?? 'owner', now);
  const session = await openSession(t.db, user.value, now);
  const cookie = `polku_session=${session.token}`;
  const csrf = session.view.csrfToken;
  return {
    userId: user.value.id,
    workspaceId,
    cookie,
    csrf,
    req: (o) => t.app.inject({ ...o, headers: { cookie, 'x-csrf-token': csrf, ...(o.headers ?? {}) } }),
  };
}

/** Creates an API key in the actor's workspace and returns its secret. */
export async function apiKey(a: Actor, scope: 'read' | 'write' | 'ingest'): Promise<string> {
  const res = await a.req({
    method: 'POST',
    url: `/api/workspaces/${a.workspaceId}/api-keys`,
    payload: { name: scope, scope },
  });
  if (res.statusCode !== 201) throw new Error(`creating a ${scope} key: ${res.statusCode} ${res.body}`);
  return res.json().secret;
}

/** Creates a journey from a template in the actor's workspace and returns its map. */
export async function newJourney(
  a: Actor,
  name: string,
  templateId = 'awareness-advocacy',
): Promise<JourneyMap> {
  const res = await a.req({
    method: 'POST',
    url: `/api/workspaces/${a.workspaceId}/journeys`,
    payload: { name, templateId },
  });
  if (res.statusCode !== 201) throw new Error(`creating journey ${name}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Adds a touchpoint to the map's stage number `stage` (0-based) and returns it. */
export async function addTouchpoint(
  a: Actor,
  map: JourneyMap,
  stage: number,
  fields: { name: string; channel: string; key?: string },
): Promise<Touchpoint> {
  const res = await a.req({
    method: 'POST',
    url: `/api/workspaces/${a.workspaceId}/journeys/${map.journey.id}/touchpoints`,
    payload: { ...fields, stageId: map.stages[stage]?.id },
  });
  if (res.statusCode !== 201)
    throw new Error(`adding touchpoint ${fields.name}: ${res.statusCode} ${res.body}`);
  return res.json();
}
