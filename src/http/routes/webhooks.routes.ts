import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newId } from '../../domain/journey/ids.js';
import { newWebhookSecret } from '../../domain/notify/webhook-signature.js';
import {
  deleteWebhook,
  enqueue,
  getWebhook,
  listNotifications,
  listWebhooks,
  saveWebhook,
  type Webhook,
} from '../../store/meta/notifications.repository.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { WorkspaceParams } from '../schemas.js';

const HookParams = WorkspaceParams.extend({ webhookId: z.string().min(1).max(64) });
const Url = z
  .url('must be a URL')
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), 'use an http or https URL');
const HookFields = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120),
    url: Url,
    format: z.enum(['standard', 'slack', 'teams']).default('standard'),
    enabled: z.boolean().default(true),
  })
  .strict();
const HookPatch = z
  .object({
    name: HookFields.shape.name,
    url: Url,
    format: HookFields.shape.format.unwrap(),
    enabled: z.boolean(),
  })
  .partial()
  .strict();
const NOT_FOUND = { code: 'not_found', message: 'webhook not found' } as const;

/** The secret is shown once, when the webhook is made; afterwards only its start. */
const shown = ({ secret, ...h }: Webhook) => ({ ...h, secretHint: `${secret.slice(0, 10)}…` });

/**
 * Webhooks (/api/workspaces/:workspaceId/webhooks): signed POSTs (Standard Webhooks), or
 * Slack and Microsoft Teams incoming-webhook formats; a delivery log and a test send.
 */
export function webhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const admin = requireWorkspace(ctx, 'edit');
  const tags = ['webhooks'];
  const base = '/api/workspaces/:workspaceId/webhooks';

  r.get(
    base,
    { schema: { tags, summary: 'The workspace’s webhooks', params: WorkspaceParams }, preHandler: read },
    async (req) => ({
      webhooks: (await listWebhooks(ctx.db, req.params.workspaceId)).map(shown),
    }),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Add a webhook; the answer carries its signing secret, once',
        params: WorkspaceParams,
        body: HookFields,
      },
      preHandler: admin,
    },
    async (req, reply) => {
      const existing = await listWebhooks(ctx.db, req.params.workspaceId);
      if (existing.length >= 50)
        return sendFailure(reply, { code: 'conflict', message: 'a workspace has at most 50 webhooks' });
      const hook: Webhook = {
        id: newId('wh'),
        workspaceId: req.params.workspaceId,
        ...req.body,
        secret: newWebhookSecret(),
        createdAt: ctx.now(),
      };
      await saveWebhook(ctx.db, hook);
      return reply.code(201).send({ ...shown(hook), secret: hook.secret });
    },
  );

  r.patch(
    `${base}/:webhookId`,
    { schema: { tags, summary: 'Change a webhook', params: HookParams, body: HookPatch }, preHandler: admin },
    async (req, reply) => {
      const hook = await getWebhook(ctx.db, req.params.workspaceId, req.params.webhookId);
      if (!hook) return sendFailure(reply, NOT_FOUND);
      const next = { ...hook, ...req.body };
      await saveWebhook(ctx.db, next);
      return shown(next);
    },
  );

  r.delete(
    `${base}/:webhookId`,
    { schema: { tags, summary: 'Delete a webhook', params: HookParams }, preHandler: admin },
    async (req, reply) => {
      if (!(await deleteWebhook(ctx.db, req.params.workspaceId, req.params.webhookId)))
        return sendFailure(reply, NOT_FOUND);
      return reply.code(204).send();
    },
  );

  r.post(
    `${base}/:webhookId/test`,
    {
      schema: { tags, summary: 'Send a test delivery now and answer how it went', params: HookParams },
      preHandler: admin,
    },
    async (req, reply) => {
      const hook = await getWebhook(ctx.db, req.params.workspaceId, req.params.webhookId);
      if (!hook) return sendFailure(reply, NOT_FOUND);
      const now = ctx.now();
      await enqueue(ctx.db, [
        {
          workspaceId: hook.workspaceId,
          channel: 'webhook',
          target: hook.id,
          notice: {
            type: 'test',
            title: 'Polku test delivery',
            lines: [`Webhook “${hook.name}” works.`],
            url: null,
            data: { webhookId: hook.id },
          },
          at: now,
          sendAt: now,
          caseId: null,
          ruleId: null,
        },
      ]);
      await ctx.act.dispatcher.tick();
      const [latest] = await listNotifications(ctx.db, hook.workspaceId, { target: hook.id, limit: 1 });
      return { delivery: latest ? { ...latest, notice: undefined } : null };
    },
  );

  r.get(
    `${base}/:webhookId/deliveries`,
    {
      schema: { tags, summary: 'The webhook’s delivery log, newest first', params: HookParams },
      preHandler: read,
    },
    async (req, reply) => {
      const hook = await getWebhook(ctx.db, req.params.workspaceId, req.params.webhookId);
      if (!hook) return sendFailure(reply, NOT_FOUND);
      const list = await listNotifications(ctx.db, hook.workspaceId, { target: hook.id, limit: 100 });
      return {
        deliveries: list.map(({ notice, ...n }) => ({ ...n, type: notice.type, title: notice.title })),
      };
    },
  );
}
