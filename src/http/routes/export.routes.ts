import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AnalysisRequest, toQuery } from '../../analytics/request.js';
import { scorecards } from '../../analytics/scorecards.js';
import { hashToken } from '../../auth/tokens.js';
import { newId, newSecret } from '../../domain/journey/ids.js';
import type { JourneyMap } from '../../domain/journey/journey.schema.js';
import { toMapDocument } from '../../domain/journey/map-document.js';
import { Language } from '../../domain/journey/vocabulary.js';
import { mapLabels } from '../../export/labels.js';
import { hasLiveData, type PosterNumbers, posterNumbers } from '../../export/live-numbers.js';
import { renderMapPdf } from '../../export/pdf.js';
import { renderMapSvg } from '../../export/svg.js';
import {
  findShareLink,
  insertShareLink,
  listShareLinks,
  revokeShareLink,
} from '../../store/meta/access.repository.js';
import { getJourney, loadMap } from '../../store/meta/journeys.repository.js';
import { getWorkspaceSettings } from '../../store/meta/workspace-settings.repository.js';
import { requireWorkspace, userId } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { IdParams, JourneyParams } from '../schemas.js';

const SHARE_NOT_FOUND = { code: 'not_found', message: 'this share link is unknown or was revoked' } as const;

const ExportQuery = z.object({
  format: z.enum(['json', 'svg', 'pdf']).default('pdf'),
  size: z.enum(['A3', 'A2', 'A1', 'A0']).default('A1'),
  lang: Language.optional(),
  /** Print the live numbers (main score with n, target status) on the touchpoints: default when data exists. */
  live: z.enum(['0', '1']).optional(),
});
type ExportQuery = z.infer<typeof ExportQuery>;
type PosterNumbersMap = ReadonlyMap<string, PosterNumbers>;

function fileName(map: JourneyMap, ext: string): string {
  const base = map.journey.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return `${base || 'journey'}.${ext}`;
}

/** Sends the map as a JSON document, an SVG or a poster PDF. */
async function sendExport(
  reply: FastifyReply,
  map: JourneyMap,
  q: ExportQuery,
  url: string | undefined,
  live?: PosterNumbersMap,
) {
  const lang = q.lang ?? map.journey.language;
  if (q.format === 'json') {
    reply.header('content-disposition', `attachment; filename="${fileName(map, 'json')}"`);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(toMapDocument(map), null, 2));
  }
  if (q.format === 'svg') {
    reply.header('content-disposition', `attachment; filename="${fileName(map, 'svg')}"`);
    return reply
      .type('image/svg+xml; charset=utf-8')
      .send(renderMapSvg(map, { lang, ...(url ? { url } : {}), ...(live ? { live } : {}) }));
  }
  const pdf = await renderMapPdf(map, {
    lang,
    size: q.size,
    ...(url ? { url } : {}),
    ...(live ? { live } : {}),
  });
  reply.header(
    'content-disposition',
    `attachment; filename="${fileName(map, `${q.size.toLowerCase()}.pdf`)}"`,
  );
  return reply.type('application/pdf').send(pdf);
}

export function exportRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const edit = requireWorkspace(ctx, 'edit');
  const tags = ['export and share'];

  /** The touchpoints' live numbers over the default period (the 90 days up to now), through the analytics pipeline. */
  const liveNumbers = async (map: JourneyMap, lang: Language, always: boolean) => {
    const workspaceId = map.journey.workspaceId;
    const settings = await getWorkspaceSettings(ctx.db, workspaceId);
    const request = AnalysisRequest.parse({});
    const result = await scorecards(ctx.events, {
      query: toQuery(request, workspaceId, map.journey.id, new Date(ctx.now())),
      map,
      privacyMinimum: settings.privacyMinimum,
      evidence: settings.evidenceThresholds,
    });
    return always || hasLiveData(result) ? posterNumbers(result, mapLabels(lang)) : undefined;
  };

  r.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/export',
    {
      schema: {
        tags,
        summary: 'Download the map as JSON, SVG or a poster PDF (A3–A0 landscape)',
        params: JourneyParams,
        querystring: ExportQuery,
      },
      preHandler: read,
    },
    async (req, reply) => {
      const { workspaceId, journeyId } = req.params;
      const map = await loadMap(ctx.db, workspaceId, journeyId);
      if (!map) return sendFailure(reply, { code: 'not_found', message: 'journey not found' });
      const live =
        req.query.format === 'json' || req.query.live === '0'
          ? undefined
          : await liveNumbers(map, req.query.lang ?? map.journey.language, req.query.live === '1');
      return sendExport(reply, map, req.query, `${ctx.publicUrl(req)}/w/${workspaceId}/j/${journeyId}`, live);
    },
  );

  r.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/share-links',
    { schema: { tags, params: JourneyParams }, preHandler: read },
    async (req, reply) => {
      const { workspaceId, journeyId } = req.params;
      if (!(await getJourney(ctx.db, workspaceId, journeyId)))
        return sendFailure(reply, { code: 'not_found', message: 'journey not found' });
      return listShareLinks(ctx.db, workspaceId, journeyId);
    },
  );

  r.post(
    '/api/workspaces/:workspaceId/journeys/:journeyId/share-links',
    {
      schema: {
        tags,
        summary: 'Create a read-only share link; its URL is shown once',
        params: JourneyParams,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const { workspaceId, journeyId } = req.params;
      if (!(await getJourney(ctx.db, workspaceId, journeyId)))
        return sendFailure(reply, { code: 'not_found', message: 'journey not found' });
      const token = newSecret('sh_');
      const link = {
        id: newId('sl'),
        journeyId,
        workspaceId,
        tokenHash: hashToken(token),
        createdBy: userId(req) ?? 'api',
        createdAt: ctx.now(),
      };
      await insertShareLink(ctx.db, link);
      return reply.code(201).send({
        link: { id: link.id, createdAt: link.createdAt },
        url: `${ctx.publicUrl(req)}/share/${token}`,
      });
    },
  );

  r.delete(
    '/api/workspaces/:workspaceId/journeys/:journeyId/share-links/:id',
    { schema: { tags, summary: 'Revoke a share link', params: IdParams }, preHandler: edit },
    async (req, reply) => {
      const { workspaceId, journeyId, id } = req.params;
      if (!(await revokeShareLink(ctx.db, workspaceId, journeyId, id, ctx.now())))
        return sendFailure(reply, { code: 'not_found', message: 'share link not found' });
      return reply.code(204).send();
    },
  );

  // ---- public, by token -------------------------------------------------------------------
  const TokenParams = z.object({ token: z.string().min(10).max(200) });
  const sharedMap = async (token: string) => {
    const link = await findShareLink(ctx.db, hashToken(token));
    return link ? loadMap(ctx.db, link.workspaceId, link.journeyId) : undefined;
  };

  r.get(
    '/api/share/:token',
    {
      schema: { tags, summary: 'A shared map, read-only, without an account', params: TokenParams },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const map = await sharedMap(req.params.token);
      if (!map) return sendFailure(reply, SHARE_NOT_FOUND);
      return map;
    },
  );

  r.get(
    '/api/share/:token/export',
    {
      schema: {
        tags,
        summary: 'Download a shared map as SVG or PDF',
        params: TokenParams,
        querystring: ExportQuery,
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const map = await sharedMap(req.params.token);
      if (!map) return sendFailure(reply, SHARE_NOT_FOUND);
      return sendExport(reply, map, req.query, `${ctx.publicUrl(req)}/share/${req.params.token}`);
    },
  );
}
