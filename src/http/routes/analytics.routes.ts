import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANALYSES, ANALYSIS_KINDS, type AnalyzeInput, dashboard } from '../../analytics/analyze.js';
import { AnalysisRequest, toQuery, trendProblem, unknownIdProblem } from '../../analytics/request.js';
import type { Failure } from '../../domain/result.js';
import { getJourney, loadMap } from '../../store/meta/journeys.repository.js';
import { listUserThemes } from '../../store/meta/themes.repository.js';
import { getWorkspaceSettings } from '../../store/meta/workspace-settings.repository.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { JourneyParams } from '../schemas.js';

const KindParams = JourneyParams.extend({ kind: z.enum(ANALYSIS_KINDS as [string, ...string[]]) });

/**
 * The analytics API: one route per analysis and one for the whole dashboard, all through
 * the one query pipeline (src/analytics), plus a server-sent event stream that tells open
 * maps and dashboards when a journey's data changed.
 */
export function analyticsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const tags = ['analytics'];

  const inputFor = async (
    workspaceId: string,
    journeyId: string,
    body: AnalysisRequest,
  ): Promise<AnalyzeInput | Failure> => {
    const [map, settings, userThemes] = await Promise.all([
      loadMap(ctx.db, workspaceId, journeyId),
      getWorkspaceSettings(ctx.db, workspaceId),
      listUserThemes(ctx.db, workspaceId),
    ]);
    if (!map) return { code: 'not_found', message: 'journey not found' };
    const unknown = unknownIdProblem(body, map);
    if (unknown) return unknown;
    return {
      query: toQuery(body, workspaceId, journeyId, new Date(ctx.now())),
      map,
      privacyMinimum: settings.privacyMinimum,
      evidence: settings.evidenceThresholds,
      userThemes: userThemes.map((t) => ({ id: t.id, name: t.name, keywords: t.keywords })),
    };
  };

  r.post(
    '/api/workspaces/:workspaceId/journeys/:journeyId/analytics',
    {
      schema: {
        tags,
        summary: 'The whole journey dashboard: every analysis over one query',
        params: JourneyParams,
        body: AnalysisRequest,
      },
      preHandler: read,
    },
    async (req, reply) => {
      const input = await inputFor(req.params.workspaceId, req.params.journeyId, req.body);
      if ('code' in input) return sendFailure(reply, input);
      const problem = trendProblem(input.query);
      if (problem) return sendFailure(reply, problem);
      return dashboard(ctx.events, input, req.body);
    },
  );

  r.post(
    '/api/workspaces/:workspaceId/journeys/:journeyId/analytics/:kind',
    {
      schema: { tags, summary: 'One analysis of a journey', params: KindParams, body: AnalysisRequest },
      preHandler: read,
    },
    async (req, reply) => {
      const input = await inputFor(req.params.workspaceId, req.params.journeyId, req.body);
      if ('code' in input) return sendFailure(reply, input);
      const problem = req.params.kind === 'trends' ? trendProblem(input.query) : null;
      if (problem) return sendFailure(reply, problem);
      const run = ANALYSES[req.params.kind as keyof typeof ANALYSES];
      return run(ctx.events, input, req.body);
    },
  );

  r.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/live',
    {
      schema: {
        tags,
        summary: 'Server-sent events: a `change` event when new data reaches the journey',
        params: JourneyParams,
      },
      preHandler: read,
    },
    async (req, reply) => {
      const { workspaceId, journeyId } = req.params;
      if (!(await getJourney(ctx.db, workspaceId, journeyId)))
        return sendFailure(reply, { code: 'not_found', message: 'journey not found' });
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 2000\nevent: ready\ndata: {}\n\n`);
      const off = ctx.live.subscribe(workspaceId, journeyId, (change) => {
        res.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
      });
      const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
      ping.unref();
      const end = () => {
        clearInterval(ping);
        off();
      };
      req.raw.on('close', end);
      res.on('error', end);
    },
  );
}
