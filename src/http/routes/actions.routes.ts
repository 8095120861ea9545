import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionContext } from '../../actions/action-context.js';
import { ActionImpact, actionImpact } from '../../analytics/action-impact.js';
import {
  ActionCreate,
  ActionFilters,
  ActionPatch,
  applyPatch,
  type ImprovementAction,
  matchesFilters,
} from '../../domain/actions/action.schema.js';
import { actionProblem } from '../../domain/actions/action-checks.js';
import { newId } from '../../domain/journey/ids.js';
import {
  deleteAction,
  getAction,
  insertAction,
  listActions,
  updateAction,
} from '../../store/meta/actions.repository.js';
import { loadMap } from '../../store/meta/journeys.repository.js';
import { getWorkspaceSettings } from '../../store/meta/workspace-settings.repository.js';
import { requireWorkspace, userId } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { WorkspaceParams } from '../schemas.js';

const ActionParams = WorkspaceParams.extend({ id: z.string().min(1).max(64) });
const ImpactQuery = z
  .object({ days: z.coerce.number().int('must be a whole number').min(1).max(365).optional() })
  .strict();
const NOT_FOUND = { code: 'not_found', message: 'action not found' } as const;
const NO_JOURNEY = {
  code: 'bad_request',
  field: 'journeyId',
  message: 'not a journey of this workspace',
} as const;

/**
 * Improvement actions (/api/workspaces/:workspaceId/actions): the outer loop's changes, tied to
 * touchpoints, pain points and themes, with an impact view of their target metric before and
 * after the start through the analytics pipeline.
 */
export function actionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const edit = requireWorkspace(ctx, 'edit');
  const tags = ['actions'];
  const base = '/api/workspaces/:workspaceId/actions';
  const today = () => ctx.now().slice(0, 10);

  r.get(
    base,
    {
      schema: {
        tags,
        summary:
          'The workspace’s actions, newest start first; filter by journey, touchpoint, status (comma list), owner',
        params: WorkspaceParams,
        querystring: ActionFilters,
      },
      preHandler: read,
    },
    async (req) => {
      const all = await listActions(ctx.db, req.params.workspaceId, req.query.journeyId);
      return { actions: all.filter((a) => matchesFilters(a, req.query)) };
    },
  );

  r.post(
    base,
    {
      schema: { tags, summary: 'Create an improvement action', params: WorkspaceParams, body: ActionCreate },
      preHandler: edit,
    },
    async (req, reply) => {
      const { workspaceId } = req.params;
      const map = await loadMap(ctx.db, workspaceId, req.body.journeyId);
      if (!map) return sendFailure(reply, NO_JOURNEY);
      const now = ctx.now();
      const who = userId(req);
      const body = req.body;
      const action: ImprovementAction = {
        ...body,
        id: newId('ac'),
        workspaceId,
        doneDate: body.status === 'done' && body.doneDate === null ? today() : body.doneDate,
        createdBy: who,
        updatedBy: who,
        createdAt: now,
        updatedAt: now,
      };
      const problem = actionProblem(action, await actionContext(ctx.db, workspaceId, map));
      if (problem) return sendFailure(reply, problem);
      await insertAction(ctx.db, action);
      return reply.code(201).send(action);
    },
  );

  r.get(
    `${base}/:id`,
    { schema: { tags, summary: 'One action', params: ActionParams }, preHandler: read },
    async (req, reply) =>
      (await getAction(ctx.db, req.params.workspaceId, req.params.id)) ?? sendFailure(reply, NOT_FOUND),
  );

  r.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Change an action (status, dates, owner, links, target)',
        params: ActionParams,
        body: ActionPatch,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const { workspaceId, id } = req.params;
      const action = await getAction(ctx.db, workspaceId, id);
      if (!action) return sendFailure(reply, NOT_FOUND);
      const map = await loadMap(ctx.db, workspaceId, action.journeyId);
      if (!map) return sendFailure(reply, NOT_FOUND);
      const next = { ...applyPatch(action, req.body, today()), updatedBy: userId(req), updatedAt: ctx.now() };
      const problem = actionProblem(next, await actionContext(ctx.db, workspaceId, map));
      if (problem) return sendFailure(reply, problem);
      if (!(await updateAction(ctx.db, next))) return sendFailure(reply, NOT_FOUND);
      return next;
    },
  );

  r.delete(
    `${base}/:id`,
    { schema: { tags, summary: 'Delete an action', params: ActionParams }, preHandler: edit },
    async (req, reply) => {
      if (!(await deleteAction(ctx.db, req.params.workspaceId, req.params.id)))
        return sendFailure(reply, NOT_FOUND);
      return reply.code(204).send();
    },
  );

  r.get(
    `${base}/:id/impact`,
    {
      schema: {
        tags,
        summary:
          'The target metric before and after the start (95 % intervals, n, significance), through the scorecards analysis; `days` sets the after-window (default: to today or the done date, at most 180 days)',
        params: ActionParams,
        querystring: ImpactQuery,
        response: { 200: ActionImpact },
      },
      preHandler: read,
    },
    async (req, reply) => {
      const { workspaceId, id } = req.params;
      const action = await getAction(ctx.db, workspaceId, id);
      if (!action) return sendFailure(reply, NOT_FOUND);
      const [map, settings] = await Promise.all([
        loadMap(ctx.db, workspaceId, action.journeyId),
        getWorkspaceSettings(ctx.db, workspaceId),
      ]);
      if (!map) return sendFailure(reply, NOT_FOUND);
      return actionImpact(ctx.events, {
        action,
        map,
        privacyMinimum: settings.privacyMinimum,
        now: new Date(ctx.now()),
        ...(req.query.days !== undefined ? { days: req.query.days } : {}),
      });
    },
  );
}
