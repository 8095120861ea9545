import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WorkspaceSettings, WorkspaceSettingsPatch } from '../../domain/workspace/settings.js';
import { UnknownWorkspaceError } from '../../ingest/create-ingestor.js';
import { listRejections } from '../../store/meta/ingest-rejections.repository.js';
import {
  getWorkspaceSettings,
  updateWorkspaceSettings,
} from '../../store/meta/workspace-settings.repository.js';
import { apiKeyFromSecret, requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { WorkspaceParams } from '../schemas.js';

/** A batch holds at most this many items (and at most 1 MB, the server's body limit). */
export const MAX_BATCH = 1000;
/** The website tracker sends small batches (it flushes every second and on page hide). */
export const MAX_TRACKER_BATCH = 100;

const KeyQuery = z.object({ key: z.string().max(200).optional() });

const IngestResultSchema = z.object({
  accepted: z.number().int(),
  stored: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(z.object({ index: z.number().int(), field: z.string(), reason: z.string() })),
  warnings: z.array(z.object({ index: z.number().int(), field: z.string(), reason: z.string() })),
});

function batch(name: 'events' | 'responses', max = MAX_BATCH) {
  return z
    .object({ [name]: z.array(z.unknown()).min(1).max(max, `at most ${max} ${name} per request`) })
    .strict();
}

/** The workspace of a key that may ingest (scope ingest or write), or the reply already sent. */
async function ingestWorkspace(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  key: string | undefined,
) {
  const auth = req.auth;
  if (auth?.kind === 'api_key') {
    if (auth.scope === 'read') {
      sendFailure(reply, {
        code: 'forbidden',
        message: 'this API key can only read; use an ingest or write key',
      });
      return null;
    }
    return auth.workspaceId;
  }
  if (key) {
    const found = await apiKeyFromSecret(ctx, key);
    if (found && found.scope !== 'read') return found.workspaceId;
    sendFailure(reply, { code: 'unauthorized', message: 'key: invalid, revoked or read-only API key' });
    return null;
  }
  sendFailure(reply, {
    code: 'unauthorized',
    message: 'send an ingest key as "Authorization: Bearer <key>" or as ?key=<key>',
  });
  return null;
}

async function guard<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof UnknownWorkspaceError)
      return sendFailure(reply, { code: 'unauthorized', message: 'this key belongs to a deleted workspace' });
    throw err;
  }
}

/**
 * Routes of the ingest API (POST /api/ingest/events, /api/ingest/responses) and the
 * workspace data-collection settings. Ingest answers only after the accepted items are
 * committed to the event store (group commit), so an acknowledged event survives a crash.
 */
export function ingestRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.register(async (scope) => {
    scope.addContentTypeParser('text/plain', { parseAs: 'string' }, (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        const err = new Error('the body is not valid JSON') as Error & { statusCode: number };
        err.statusCode = 400;
        done(err, undefined);
      }
    });
    scope.options('/api/ingest/:kind', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .header('access-control-allow-methods', 'POST')
        .header('access-control-allow-headers', 'authorization, content-type')
        .header('access-control-max-age', '86400')
        .code(204)
        .send(),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const rateLimit = {
      max: 600_000,
      timeWindow: '1 minute',
      keyGenerator: (req: FastifyRequest) =>
        req.headers.authorization ?? (req.query as { key?: string }).key ?? req.ip,
    };
    for (const [url, source, max, summary] of [
      ['/api/ingest/events', 'api', MAX_BATCH, 'Send up to 1,000 events; each is validated on its own'],
      [
        '/api/ingest/tracker',
        'tracker',
        MAX_TRACKER_BATCH,
        "The website tracker's events (t.js, up to 100 per request); marked as coming from the tracker",
      ],
    ] as const) {
      r.post(
        url,
        {
          config: { rateLimit },
          schema: {
            tags: ['ingest'],
            summary,
            querystring: KeyQuery,
            body: batch('events', max),
            response: { 200: IngestResultSchema },
          },
        },
        async (req, reply) => {
          const ws = await ingestWorkspace(ctx, req, reply, req.query.key);
          if (ws === null) return reply;
          return guard(reply, () => ctx.ingest.ingestEvents(ws, req.body.events as unknown[], source));
        },
      );
    }
    r.post(
      '/api/ingest/responses',
      {
        config: { rateLimit },
        schema: {
          tags: ['ingest'],
          summary: 'Send up to 1,000 survey responses (e.g. from another survey tool)',
          querystring: KeyQuery,
          body: batch('responses'),
          response: { 200: IngestResultSchema },
        },
      },
      async (req, reply) => {
        const ws = await ingestWorkspace(ctx, req, reply, req.query.key);
        if (ws === null) return reply;
        return guard(reply, () => ctx.ingest.ingestResponses(ws, req.body.responses as unknown[], 'api'));
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/workspaces/:workspaceId/settings',
    {
      preHandler: requireWorkspace(ctx, 'read'),
      schema: { tags: ['workspaces'], params: WorkspaceParams, response: { 200: WorkspaceSettings } },
    },
    async (req) => getWorkspaceSettings(ctx.db, req.params.workspaceId),
  );
  r.patch(
    '/api/workspaces/:workspaceId/settings',
    {
      preHandler: requireWorkspace(ctx, 'admin'),
      schema: {
        tags: ['workspaces'],
        params: WorkspaceParams,
        body: WorkspaceSettingsPatch,
        response: { 200: WorkspaceSettings },
      },
    },
    async (req) => {
      const next = await updateWorkspaceSettings(ctx.db, req.params.workspaceId, req.body);
      ctx.ingest.invalidate(req.params.workspaceId);
      return next;
    },
  );
  r.get(
    '/api/workspaces/:workspaceId/ingest/rejections',
    {
      preHandler: requireWorkspace(ctx, 'read'),
      schema: {
        tags: ['ingest'],
        params: WorkspaceParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(50) }),
      },
    },
    async (req) => ({ rejections: await listRejections(ctx.db, req.params.workspaceId, req.query.limit) }),
  );
}
