import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { touchpointData } from '../../data-view/touchpoint-data.js';
import { listTouchpointKeys } from '../../data-view/touchpoint-keys.repository.js';
import { periodStart, volumeReport } from '../../data-view/volume.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendResult } from '../errors.js';
import { JourneyParams, WorkspaceParams } from '../schemas.js';

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
 * panel, and the website tracker's script `/t.js`, which any site may load (its events go to
 * `POST /api/ingest/tracker?key=…`, see ingest.routes.ts).
 */
export function dataRoutes(app: FastifyInstance, ctx: AppContext): void {
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
