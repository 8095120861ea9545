import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashToken } from '../../auth/tokens.js';
import { touchpointData } from '../../data-view/touchpoint-data.js';
import { listTouchpointKeys } from '../../data-view/touchpoint-keys.repository.js';
import { periodStart, volumeReport } from '../../data-view/volume.js';
import { UnknownWorkspaceError } from '../../ingest/create-ingestor.js';
import { touchApiKey } from '../../store/meta/access.repository.js';
import { lookupApiKey, requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure, sendResult } from '../errors.js';
import { JourneyParams, WorkspaceParams } from '../schemas.js';

/** The tracker sends small batches (it flushes every second and on page hide). */
const MAX_TRACKER_BATCH = 100;

const VolumeQuery = z
  .object({
    days: z.coerce.number().int().min(1).max(366).default(30),
    bucket: z.enum(['day', 'hour']).default('day'),
  })
  .refine((q) => q.bucket === 'day' || q.days <= 14, {
    path: ['days'],
    message: 'at most 14 days per hour',
  });

const Counts = z.object({ events: z.number().int(), responses: z.number().int() });
const VolumeSchema = z.object({
  bucket: z.enum(['day', 'hour']),
  since: z.string(),
  sources: z.array(z.string()),
  series: z.array(
    z.object({ at: z.string(), total: z.number().int(), bySource: z.record(z.string(), z.number().int()) }),
  ),
  totals: Counts.extend({ bySource: z.record(z.string(), Counts) }),
});

const TouchpointDataSchema = z.object({
  touchpointId: z.string(),
  events: z.number().int(),
  responses: z.number().int(),
  latest: z.array(
    z.object({
      id: z.string(),
      surveyId: z.string().nullable(),
      ts: z.string(),
      audience: z.enum(['customer', 'employee']),
      level: z.enum(['touchpoint', 'journey', 'relationship']),
      nps: z.number().int().nullable(),
      csat: z.number().int().nullable(),
      ces: z.number().int().nullable(),
      comment: z.string().nullable(),
      language: z.string(),
      channel: z.string().nullable(),
      source: z.string(),
      complete: z.boolean(),
    }),
  ),
});

/**
 * Routes of the workspace data page (ingest volume), per-touchpoint data for the side
 * panel, and the website tracker: its script `/t.js` may be loaded by any site, and its
 * events arrive at `POST /api/ingest/tracker?key=…` (marked as coming from the tracker).
 */
export function dataRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Helmet marks responses same-origin only; customers' sites load the tracker from here.
  app.addHook('onSend', async (req, reply) => {
    if (req.url === '/t.js' || req.url.startsWith('/t.js?')) {
      reply.header('cross-origin-resource-policy', 'cross-origin');
      reply.header('access-control-allow-origin', '*');
    }
  });

  app.register(async (scope) => {
    // sendBeacon sends text/plain (a CORS-simple request, no preflight).
    scope.addContentTypeParser('text/plain', { parseAs: 'string' }, (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        const err = new Error('the body is not valid JSON') as Error & { statusCode: number };
        err.statusCode = 400;
        done(err, undefined);
      }
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/ingest/tracker',
      {
        schema: {
          tags: ['ingest'],
          summary: "The website tracker's events (t.js); the ingest key travels as ?key=",
          querystring: z.object({ key: z.string().min(1).max(200) }),
          body: z
            .object({
              events: z
                .array(z.unknown())
                .min(1)
                .max(MAX_TRACKER_BATCH, `at most ${MAX_TRACKER_BATCH} events per request`),
            })
            .strict(),
        },
      },
      async (req, reply) => {
        const key = await lookupApiKey(ctx, hashToken(req.query.key));
        if (!key || key.scope === 'read')
          return sendFailure(reply, {
            code: 'unauthorized',
            message: 'key: invalid, revoked or read-only API key',
          });
        const now = ctx.now();
        if (!key.lastUsedAt || Date.parse(now) - Date.parse(key.lastUsedAt) > 60_000) {
          await touchApiKey(ctx.db, key.id, now);
          key.lastUsedAt = now;
        }
        try {
          return await ctx.ingest.ingestEvents(key.workspaceId, req.body.events, 'tracker');
        } catch (err) {
          if (err instanceof UnknownWorkspaceError)
            return sendFailure(reply, {
              code: 'unauthorized',
              message: 'this key belongs to a deleted workspace',
            });
          throw err;
        }
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/workspaces/:workspaceId/data/volume',
    {
      preHandler: requireWorkspace(ctx, 'read'),
      schema: {
        tags: ['data'],
        summary: 'Events and responses received per day or hour and source',
        params: WorkspaceParams,
        querystring: VolumeQuery,
        response: { 200: VolumeSchema },
      },
    },
    async (req) => {
      const now = new Date(ctx.now());
      const { days, bucket } = req.query;
      const since = periodStart(now, days, bucket);
      const rows = await ctx.events.ingestVolume(req.params.workspaceId, since, bucket);
      return volumeReport(rows, since, now, bucket);
    },
  );

  r.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/touchpoints/:touchpointId/data',
    {
      preHandler: requireWorkspace(ctx, 'read'),
      schema: {
        tags: ['data'],
        summary: "A touchpoint's event and response counts and its 10 newest responses",
        params: JourneyParams.extend({ touchpointId: z.string().min(1).max(64) }),
        response: { 200: TouchpointDataSchema },
      },
    },
    async (req, reply) => {
      const { workspaceId, journeyId, touchpointId } = req.params;
      return sendResult(
        reply,
        await touchpointData(ctx.db, ctx.events, workspaceId, journeyId, touchpointId),
      );
    },
  );

  r.get(
    '/api/workspaces/:workspaceId/data/touchpoints',
    {
      preHandler: requireWorkspace(ctx, 'read'),
      schema: {
        tags: ['data'],
        summary: 'Every touchpoint key of the workspace, with its name and journey (for mapping rules)',
        params: WorkspaceParams,
        response: {
          200: z.object({
            touchpoints: z.array(
              z.object({
                key: z.string(),
                name: z.string(),
                channel: z.string(),
                journeyId: z.string(),
                journeyName: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ touchpoints: await listTouchpointKeys(ctx.db, req.params.workspaceId) }),
  );
}
