import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AlertRule, leaves, RuleFields, RulePatch, ruleKind } from '../../domain/alerts/rule.schema.js';
import { newId } from '../../domain/journey/ids.js';
import type { Failure } from '../../domain/result.js';
import {
  deleteRule,
  getRule,
  latestFirings,
  listRules,
  saveRule,
} from '../../store/meta/alert-rules.repository.js';
import { getWebhook } from '../../store/meta/notifications.repository.js';
import { journeyExists, touchpointRef } from '../../store/meta/surveys.repository.js';
import { getTeam } from '../../store/meta/teams.repository.js';
import { getUserTheme } from '../../store/meta/themes.repository.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { WorkspaceParams } from '../schemas.js';

const RuleParams = WorkspaceParams.extend({ ruleId: z.string().min(1).max(64) });
const NOT_FOUND = { code: 'not_found', message: 'alert rule not found' } as const;
export const MAX_RULES = 200;

/** What in a rule points outside the workspace (or nowhere): the first problem, naming its field. */
async function ruleProblem(
  ctx: AppContext,
  workspaceId: string,
  rule: z.infer<typeof RuleFields>,
): Promise<Failure | null> {
  const kind = ruleKind(rule.condition);
  if ('error' in kind) return { code: 'bad_request', field: 'condition', message: kind.error };
  if (rule.journeyId && !(await journeyExists(ctx.db, workspaceId, rule.journeyId)))
    return { code: 'bad_request', field: 'journeyId', message: 'not a journey of this workspace' };
  for (const [i, id] of rule.touchpointIds.entries()) {
    const tp = await touchpointRef(ctx.db, workspaceId, { id });
    if (!tp || (rule.journeyId && tp.journeyId !== rule.journeyId))
      return {
        code: 'bad_request',
        field: `touchpointIds.${i}`,
        message: rule.journeyId ? 'not a touchpoint of this journey' : 'not a touchpoint of this workspace',
      };
  }
  if (rule.teamId && !(await getTeam(ctx.db, workspaceId, rule.teamId)))
    return { code: 'bad_request', field: 'teamId', message: 'not a team of this workspace' };
  for (const [i, id] of rule.webhookIds.entries())
    if (!(await getWebhook(ctx.db, workspaceId, id)))
      return { code: 'bad_request', field: `webhookIds.${i}`, message: 'not a webhook of this workspace' };
  for (const leaf of leaves(rule.condition))
    if (leaf.type === 'theme' && !(await getUserTheme(ctx.db, workspaceId, leaf.themeId)))
      return {
        code: 'bad_request',
        field: 'condition',
        message: `theme ${leaf.themeId} is not a theme of this workspace`,
      };
  return null;
}

/**
 * Alert rules (/api/workspaces/:workspaceId/alert-rules): per-response rules (score,
 * keywords, theme; AND/OR) run within seconds of ingest and open cases; aggregate rules
 * (metric below a line, volume out of range) run on a schedule and notify.
 */
export function alertRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const edit = requireWorkspace(ctx, 'edit');
  const tags = ['alerts'];
  const base = '/api/workspaces/:workspaceId/alert-rules';
  const withKind = (rule: AlertRule) => {
    const k = ruleKind(rule.condition);
    return { ...rule, kind: 'kind' in k ? k.kind : 'response' };
  };

  r.get(
    base,
    { schema: { tags, summary: 'The workspace’s alert rules', params: WorkspaceParams }, preHandler: read },
    async (req) => ({
      rules: (await listRules(ctx.db, req.params.workspaceId)).map(withKind),
    }),
  );

  r.post(
    base,
    {
      schema: { tags, summary: 'Create an alert rule', params: WorkspaceParams, body: RuleFields },
      preHandler: edit,
    },
    async (req, reply) => {
      const { workspaceId } = req.params;
      if ((await listRules(ctx.db, workspaceId)).length >= MAX_RULES)
        return sendFailure(reply, {
          code: 'conflict',
          message: `a workspace has at most ${MAX_RULES} alert rules`,
        });
      const problem = await ruleProblem(ctx, workspaceId, req.body);
      if (problem) return sendFailure(reply, problem);
      const now = ctx.now();
      const rule: AlertRule = { ...req.body, id: newId('rule'), workspaceId, createdAt: now, updatedAt: now };
      const kind = ruleKind(rule.condition);
      await saveRule(ctx.db, rule, 'kind' in kind ? kind.kind : 'response');
      return reply.code(201).send(withKind(rule));
    },
  );

  r.get(
    `${base}/:ruleId`,
    { schema: { tags, summary: 'One rule and its latest firings', params: RuleParams }, preHandler: read },
    async (req, reply) => {
      const rule = await getRule(ctx.db, req.params.workspaceId, req.params.ruleId);
      if (!rule) return sendFailure(reply, NOT_FOUND);
      return { ...withKind(rule), firings: await latestFirings(ctx.db, rule.workspaceId, rule.id) };
    },
  );

  r.patch(
    `${base}/:ruleId`,
    {
      schema: {
        tags,
        summary: 'Change a rule (switch it off with enabled: false)',
        params: RuleParams,
        body: RulePatch,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const rule = await getRule(ctx.db, req.params.workspaceId, req.params.ruleId);
      if (!rule) return sendFailure(reply, NOT_FOUND);
      const { id: _id, workspaceId: _ws, createdAt: _c, updatedAt: _u, ...fields } = rule;
      const merged = RuleFields.safeParse({ ...fields, ...req.body });
      if (!merged.success) {
        const issue = merged.error.issues[0];
        return sendFailure(reply, {
          code: 'bad_request',
          field: issue?.path.join('.') || 'body',
          message: issue?.message ?? 'invalid rule',
        });
      }
      const problem = await ruleProblem(ctx, rule.workspaceId, merged.data);
      if (problem) return sendFailure(reply, problem);
      const next: AlertRule = {
        ...merged.data,
        id: rule.id,
        workspaceId: rule.workspaceId,
        createdAt: rule.createdAt,
        updatedAt: ctx.now(),
      };
      const kind = ruleKind(next.condition);
      await saveRule(ctx.db, next, 'kind' in kind ? kind.kind : 'response');
      return withKind(next);
    },
  );

  r.delete(
    `${base}/:ruleId`,
    { schema: { tags, summary: 'Delete a rule (its cases stay)', params: RuleParams }, preHandler: edit },
    async (req, reply) => {
      if (!(await deleteRule(ctx.db, req.params.workspaceId, req.params.ruleId)))
        return sendFailure(reply, NOT_FOUND);
      return reply.code(204).send();
    },
  );

  r.post(
    `${base}/:ruleId/run`,
    {
      schema: {
        tags,
        summary: 'Run an aggregate rule now (they also run every 15 minutes)',
        params: RuleParams,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const rule = await getRule(ctx.db, req.params.workspaceId, req.params.ruleId);
      if (!rule) return sendFailure(reply, NOT_FOUND);
      const kind = ruleKind(rule.condition);
      if (!('kind' in kind) || kind.kind !== 'aggregate')
        return sendFailure(reply, {
          code: 'bad_request',
          message: 'per-response rules run by themselves on every new response',
        });
      return ctx.act.aggregates.runRule(rule);
    },
  );
}
