import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashToken } from '../auth/tokens.js';
import type { Role } from '../domain/journey/vocabulary.js';
import { findApiKey, touchApiKey } from '../store/meta/access.repository.js';
import { findSession, membershipRole } from '../store/meta/accounts.repository.js';
import type { AppContext } from './context.js';
import { sendFailure } from './errors.js';

export const SESSION_COOKIE = 'polku_session';

export type Auth =
  | { kind: 'session'; sessionId: string; userId: string; email: string; name: string; csrfToken: string }
  | { kind: 'api_key'; keyId: string; workspaceId: string; scope: ApiKeyScope };

/** read: GET only; write: read and change; ingest: write-only, sends data to /api/ingest and nothing else. */
export type ApiKeyScope = 'read' | 'write' | 'ingest';

/** What a route needs in a workspace: read (any member), edit (owner, editor), admin (owner). */
export type Need = 'read' | 'edit' | 'admin';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
    workspace: { id: string; role: Role } | null;
  }
}

/**
 * API keys looked up in the last few seconds, by secret hash: a busy ingest client would
 * otherwise cost a SQLite query per request. Revoking a key clears the cache.
 */
const KEY_CACHE_MS = 10_000;
const keyCache = new Map<string, { at: number; key: Awaited<ReturnType<typeof findApiKey>> }>();

async function lookupApiKey(ctx: AppContext, secretHash: string) {
  const hit = keyCache.get(secretHash);
  const now = Date.now();
  if (hit && now - hit.at < KEY_CACHE_MS) return hit.key;
  const key = await findApiKey(ctx.db, secretHash);
  if (keyCache.size > 10_000) keyCache.clear();
  keyCache.set(secretHash, { at: now, key });
  return key;
}

/** The API key with this secret (recording its use at most once a minute), or undefined. */
export async function apiKeyFromSecret(ctx: AppContext, secret: string) {
  const key = await lookupApiKey(ctx, hashToken(secret));
  if (!key) return undefined;
  const now = ctx.now();
  if (!key.lastUsedAt || Date.parse(now) - Date.parse(key.lastUsedAt) > 60_000) {
    await touchApiKey(ctx.db, key.id, now);
    key.lastUsedAt = now;
  }
  return key;
}

/** Forget cached API keys (after a key is revoked). */
export function forgetApiKeys(): void {
  keyCache.clear();
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Resolves the caller (session cookie or API key) and enforces CSRF on cookie mutations. */
export function registerAuth(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('auth', null);
  app.decorateRequest('workspace', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const key = await apiKeyFromSecret(ctx, header.slice(7).trim());
      if (!key) return sendFailure(reply, { code: 'unauthorized', message: 'invalid or revoked API key' });
      req.auth = {
        kind: 'api_key',
        keyId: key.id,
        workspaceId: key.workspaceId,
        scope: key.scope as ApiKeyScope,
      };
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await findSession(ctx.db, hashToken(token), ctx.now());
    if (!session) return;
    req.auth = {
      kind: 'session',
      sessionId: session.id,
      userId: session.userId,
      email: session.email,
      name: session.name,
      csrfToken: session.csrfToken,
    };
    if (MUTATING.has(req.method) && req.url !== '/api/session') {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken))
        return sendFailure(reply, { code: 'forbidden', message: 'missing or invalid x-csrf-token header' });
    }
  });
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };
const NEED_RANK: Record<Need, number> = { read: 0, edit: 1, admin: 2 };

/**
 * A preHandler for `/api/workspaces/:workspaceId/…`: the caller must be signed in and a
 * member with enough rights. Non-members get 404 (a workspace's existence is not leaked).
 */
export function requireWorkspace(ctx: AppContext, need: Need) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const auth = req.auth;
    const workspaceId = (req.params as { workspaceId?: string }).workspaceId ?? '';
    if (!auth) return sendFailure(reply, { code: 'unauthorized', message: 'sign in or send an API key' });
    let role: Role | undefined;
    if (auth.kind === 'api_key') {
      if (auth.scope === 'ingest')
        return sendFailure(reply, {
          code: 'forbidden',
          message: 'an ingest key can only send data to /api/ingest/events and /api/ingest/responses',
        });
      if (auth.workspaceId === workspaceId) role = auth.scope === 'write' ? 'editor' : 'viewer';
      if (role && need === 'admin')
        return sendFailure(reply, { code: 'forbidden', message: 'API keys cannot manage a workspace' });
    } else {
      role = await membershipRole(ctx.db, workspaceId, auth.userId);
    }
    if (!role) return sendFailure(reply, { code: 'not_found', message: 'workspace not found' });
    if (RANK[role] < NEED_RANK[need])
      return sendFailure(reply, {
        code: 'forbidden',
        message:
          need === 'admin'
            ? 'only a workspace owner may do this'
            : 'your role in this workspace is read-only',
      });
    req.workspace = { id: workspaceId, role };
  };
}

/** A preHandler for routes that need a signed-in person (not an API key). */
export function requireUser() {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.auth?.kind !== 'session')
      return sendFailure(reply, { code: 'unauthorized', message: 'sign in first' });
  };
}

export function userId(req: FastifyRequest): string | null {
  return req.auth?.kind === 'session' ? req.auth.userId : null;
}
