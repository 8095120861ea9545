import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { distributionKeys } from '../../distribution/distribution-keys.js';
import { queueInvitations } from '../../distribution/invitation.service.js';
import { mailDelivery } from '../../distribution/mailer.js';
import { qrPng, qrSvg } from '../../distribution/qr.js';
import { qrLink } from '../../distribution/qr-link.js';
import { MAX_RECIPIENTS } from '../../distribution/recipients.js';
import { pickLanguage, renderUnsubscribePage } from '../../distribution/unsubscribe-page.js';
import { tokenInvitationId, verifyUnsubscribeToken } from '../../distribution/unsubscribe-token.js';
import { Channel, Language } from '../../domain/journey/vocabulary.js';
import type { Survey } from '../../domain/surveys/survey.schema.js';
import {
  addOptOut,
  countInvitations,
  findInvitation,
  listInvitations,
} from '../../store/meta/invitations.repository.js';
import { getSurvey, listSurveys } from '../../store/meta/surveys.repository.js';
import { getWorkspaceSettings } from '../../store/meta/workspace-settings.repository.js';
import { surveyLink } from '../../surveys/links.js';
import { requireWorkspace, userId } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { WorkspaceParams } from '../schemas.js';

const SurveyParams = WorkspaceParams.extend({ surveyId: z.string().min(1).max(64) });
const TouchpointParams = WorkspaceParams.extend({ touchpointId: z.string().min(1).max(64) });
const QrQuery = z.object({
  touchpoint: z.string().trim().min(1).max(80).optional(),
  channel: Channel.optional(),
  lang: Language.optional(),
  /** Any value: answer as an attachment (a download) rather than inline. */
  download: z.string().max(5).optional(),
});
const InviteBody = z
  .object({
    recipients: z
      .array(z.unknown())
      .min(1, 'needs at least one recipient')
      .max(MAX_RECIPIENTS, `at most ${MAX_RECIPIENTS} recipients per request`),
    lang: Language.optional(),
    subject: z.string().trim().max(200).optional(),
    message: z.string().trim().max(2000).optional(),
  })
  .strict();
const InviteResultSchema = z.object({
  batchId: z.string(),
  queued: z.number().int(),
  skipped: z.object({ unsubscribed: z.number(), cooldown: z.number(), duplicate: z.number() }),
  rejected: z.array(z.object({ index: z.number().int(), field: z.string(), reason: z.string() })),
});
const TokenParams = z.object({ token: z.string().min(1).max(200) });

const SURVEY_NOT_FOUND = { code: 'not_found', message: 'survey not found' } as const;

/**
 * Survey distribution: QR codes, link and widget facts for the builder, email invitations,
 * the public unsubscribe page, and the widget script served to other websites.
 */
export function distributionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const edit = requireWorkspace(ctx, 'edit');
  const tags = ['survey distribution'];
  const outboxDir = join(ctx.config.dataDir, 'outbox');

  const sendQr = async (
    reply: FastifyReply,
    link: string,
    format: 'svg' | 'png',
    name: string,
    download: boolean,
  ) => {
    reply.header('x-polku-link', link);
    reply.header('cache-control', 'private, max-age=300');
    if (download) reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
    if (format === 'svg') return reply.type('image/svg+xml; charset=utf-8').send(await qrSvg(link));
    return reply.type('image/png').send(await qrPng(link));
  };

  r.get(
    '/api/workspaces/:workspaceId/surveys/:surveyId/distribution',
    {
      schema: {
        tags,
        summary:
          "The survey's public link, the widget script's address, its languages and the workspace's touchpoints",
        params: SurveyParams,
      },
      preHandler: read,
    },
    async (req, reply) => {
      const { workspaceId, surveyId } = req.params;
      const survey = await getSurvey(ctx.db, workspaceId, surveyId);
      if (!survey) return sendFailure(reply, SURVEY_NOT_FOUND);
      const base = ctx.publicUrl(req);
      const touchpoints = await ctx.db
        .selectFrom('touchpoints')
        .select(['id', 'key', 'name', 'channel'])
        .where('workspaceId', '=', workspaceId)
        .orderBy('name')
        .limit(2000)
        .execute();
      return {
        link: surveyLink(base, survey.id),
        widgetScriptUrl: `${base}/widget.js`,
        languages: survey.languages,
        touchpoints,
        boundTouchpointKey: touchpoints.find((t) => t.id === survey.touchpointId)?.key ?? null,
      };
    },
  );

  for (const format of ['svg', 'png'] as const) {
    r.get(
      `/api/workspaces/:workspaceId/surveys/:surveyId/qr.${format}`,
      {
        schema: {
          tags,
          summary: `A QR code (${format.toUpperCase()}) of the survey link, with a signed touchpoint and channel`,
          params: SurveyParams,
          querystring: QrQuery,
        },
        preHandler: read,
      },
      async (req, reply) => {
        const { workspaceId, surveyId } = req.params;
        const survey = await getSurvey(ctx.db, workspaceId, surveyId);
        if (!survey) return sendFailure(reply, SURVEY_NOT_FOUND);
        const link = await qrLink(ctx.db, ctx.publicUrl(req), survey, req.query);
        if (!link.ok) return sendFailure(reply, link.error);
        const name = `survey-${survey.id}${req.query.touchpoint ? `-${req.query.touchpoint}` : ''}`;
        return sendQr(reply, link.value, format, name, req.query.download !== undefined);
      },
    );

    r.get(
      `/api/workspaces/:workspaceId/touchpoints/:touchpointId/qr.${format}`,
      {
        schema: {
          tags,
          summary: `A QR code (${format.toUpperCase()}) of the live survey measuring this touchpoint`,
          params: TouchpointParams,
          querystring: QrQuery.omit({ touchpoint: true }),
        },
        preHandler: read,
      },
      async (req, reply) => {
        const { workspaceId, touchpointId } = req.params;
        const tp = await ctx.db
          .selectFrom('touchpoints')
          .select(['id', 'key', 'channel'])
          .where('workspaceId', '=', workspaceId)
          .where('id', '=', touchpointId)
          .executeTakeFirst();
        if (!tp) return sendFailure(reply, { code: 'not_found', message: 'touchpoint not found' });
        const live: Survey | undefined = (
          await listSurveys(ctx.db, workspaceId, { touchpointId, status: 'live' })
        )[0];
        if (!live)
          return sendFailure(reply, {
            code: 'not_found',
            message:
              'no live survey measures this touchpoint: publish a survey bound to it first, then print its QR code',
          });
        const channel = req.query.channel ?? Channel.safeParse(tp.channel).data;
        const link = await qrLink(ctx.db, ctx.publicUrl(req), live, {
          touchpoint: tp.key,
          channel,
          lang: req.query.lang,
        });
        if (!link.ok) return sendFailure(reply, link.error);
        return sendQr(reply, link.value, format, `touchpoint-${tp.key}`, req.query.download !== undefined);
      },
    );
  }

  r.get(
    '/api/workspaces/:workspaceId/surveys/:surveyId/invitations',
    {
      schema: {
        tags,
        summary:
          'Email invitations of the survey with their status (addresses masked), and how mail is delivered',
        params: SurveyParams,
      },
      preHandler: read,
    },
    async (req, reply) => {
      const { workspaceId, surveyId } = req.params;
      if (!(await getSurvey(ctx.db, workspaceId, surveyId))) return sendFailure(reply, SURVEY_NOT_FOUND);
      const [rows, counts, settings] = await Promise.all([
        listInvitations(ctx.db, workspaceId, surveyId),
        countInvitations(ctx.db, workspaceId, surveyId),
        getWorkspaceSettings(ctx.db, workspaceId),
      ]);
      return {
        delivery: mailDelivery({ smtpUrl: ctx.config.smtpUrl, outboxDir }),
        ratePerMinute: ctx.config.mailRatePerMinute,
        contactCooldownDays: settings.contactCooldownDays,
        counts: {
          queued: counts.queued + counts.sending,
          sent: counts.sent,
          failed: counts.failed,
          skipped: counts.skipped,
        },
        invitations: rows.map((i) => ({ ...i, status: i.status === 'sending' ? 'queued' : i.status })),
      };
    },
  );

  r.post(
    '/api/workspaces/:workspaceId/surveys/:surveyId/invitations',
    {
      schema: {
        tags,
        summary:
          'Invite up to 5,000 people by email; each recipient is validated on its own, and opted-out or recently contacted addresses are skipped',
        params: SurveyParams,
        body: InviteBody,
        response: { 202: InviteResultSchema },
      },
      preHandler: edit,
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { workspaceId, surveyId } = req.params;
      const survey = await getSurvey(ctx.db, workspaceId, surveyId);
      if (!survey) return sendFailure(reply, SURVEY_NOT_FOUND);
      const result = await queueInvitations(ctx.db, {
        survey,
        body: req.body,
        baseUrl: ctx.publicUrl(req),
        createdBy: userId(req) ?? 'api',
        now: ctx.now(),
      });
      if (!result.ok) return sendFailure(reply, result.error);
      return reply.code(202).send(result.value);
    },
  );

  // ---- public unsubscribe page (no account; the token is the capability) -------------------
  app.register(async (scope) => {
    // One-click unsubscribe (RFC 8058) posts "List-Unsubscribe=One-Click" as a form; the body is not needed.
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data'])
      scope.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_req, _body, done) =>
        done(null, {}),
      );
    const s = scope.withTypeProvider<ZodTypeProvider>();
    const rateLimit = { max: 60, timeWindow: '1 minute' };

    const resolve = async (token: string) => {
      const id = tokenInvitationId(token);
      const inv = id ? await findInvitation(ctx.db, id) : undefined;
      if (!inv) return undefined;
      const keys = await distributionKeys(ctx.db, inv.workspaceId);
      if (!verifyUnsubscribeToken(keys.unsubscribe, token)) return undefined;
      const ws = await ctx.db
        .selectFrom('workspaces')
        .select('name')
        .where('id', '=', inv.workspaceId)
        .executeTakeFirst();
      return { inv, org: ws?.name ?? 'Polku' };
    };
    const page = (reply: FastifyReply, status: number, html: string) =>
      reply
        .code(status)
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex')
        .header('referrer-policy', 'no-referrer')
        .type('text/html; charset=utf-8')
        .send(html);

    s.get(
      '/u/:token',
      { schema: { hide: true, params: TokenParams }, config: { rateLimit } },
      async (req, reply) => {
        const found = await resolve(req.params.token);
        const lang = pickLanguage(found?.inv.lang, req.headers['accept-language']);
        const action = `/u/${encodeURIComponent(req.params.token)}`;
        if (!found) return page(reply, 404, renderUnsubscribePage('invalid', lang, '', action));
        return page(reply, 200, renderUnsubscribePage('confirm', lang, found.org, action));
      },
    );

    s.post(
      '/u/:token',
      { schema: { hide: true, params: TokenParams }, config: { rateLimit } },
      async (req, reply) => {
        const found = await resolve(req.params.token);
        const lang = pickLanguage(found?.inv.lang, req.headers['accept-language']);
        const action = `/u/${encodeURIComponent(req.params.token)}`;
        if (!found) return page(reply, 404, renderUnsubscribePage('invalid', lang, '', action));
        await addOptOut(ctx.db, {
          workspaceId: found.inv.workspaceId,
          emailHash: found.inv.emailHash,
          invitationId: found.inv.id,
          createdAt: ctx.now(),
        });
        return page(reply, 200, renderUnsubscribePage('done', lang, found.org, action));
      },
    );
  });
}
