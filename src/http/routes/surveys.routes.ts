import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Language } from '../../domain/journey/vocabulary.js';
import { SurveyContext, signSurveyContext } from '../../domain/surveys/context-token.js';
import {
  SurveyCreate,
  SurveyDefinition,
  SurveyListQuery,
  SurveyPatch,
} from '../../domain/surveys/survey.schema.js';
import {
  deleteSurvey,
  getSurvey,
  getSurveyVersion,
  listSurveys,
  listSurveyVersions,
} from '../../store/meta/surveys.repository.js';
import { workspaceSecret } from '../../store/meta/workspace-settings.repository.js';
import { surveyLink } from '../../surveys/links.js';
import { RESPONDENT_CSP } from '../../surveys/respondent/headers.js';
import { previewScreen } from '../../surveys/respondent/screens.js';
import { createSurvey, patchSurvey, publishSurvey, setSurveyOpen } from '../../surveys/survey.service.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure, sendResult } from '../errors.js';
import { WorkspaceParams } from '../schemas.js';

const SurveyParams = WorkspaceParams.extend({ surveyId: z.string().min(1).max(64) });
const VersionParams = SurveyParams.extend({ version: z.coerce.number().int().min(1) });
const PublishBody = z.object({ version: z.number().int().nonnegative().optional() }).strict().nullish();
const TokenBody = z
  .object({
    context: SurveyContext.omit({ surveyId: true }),
    /** Bind the token to this survey only (default true). */
    bindToSurvey: z.boolean().default(true),
  })
  .strict();
const PreviewBody = z
  .object({
    /** The draft definition (need not be saved). `survey` is accepted as another name for it. */
    definition: SurveyDefinition.optional(),
    survey: SurveyDefinition.optional(),
    language: Language.optional(),
    lang: Language.optional(),
    /** Which question screen (0-based) on a one-question-per-page survey. */
    page: z.number().int().min(0).max(1000).optional(),
    thankYou: z.boolean().optional(),
  })
  .strict();
const LinkQuery = z.object({ lang: Language.optional() }).strict();

const NOT_FOUND = { code: 'not_found', message: 'survey not found' } as const;

/** Routes of the survey builder API (/api/workspaces/:workspaceId/surveys…). */
export function surveyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const edit = requireWorkspace(ctx, 'edit');
  const tags = ['surveys'];
  const base = '/api/workspaces/:workspaceId/surveys';
  const tx = <T>(fn: (trx: AppContext['db']) => Promise<T>) => ctx.db.transaction().execute(fn);

  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'List surveys (filter by journey, touchpoint or status)',
        params: WorkspaceParams,
        querystring: SurveyListQuery,
      },
      preHandler: read,
    },
    async (req) => listSurveys(ctx.db, req.params.workspaceId, req.query),
  );

  r.post(
    base,
    {
      schema: { tags, summary: 'Create a survey (a draft)', params: WorkspaceParams, body: SurveyCreate },
      preHandler: edit,
    },
    async (req, reply) =>
      sendResult(
        reply,
        await tx((trx) => createSurvey(trx, req.params.workspaceId, req.body, ctx.now())),
        201,
      ),
  );

  r.post(
    `${base}/preview`,
    {
      schema: {
        tags,
        summary: 'The respondent page (text/html) for a draft definition, for the builder’s live preview',
        params: WorkspaceParams,
        body: PreviewBody,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const def = req.body.definition ?? req.body.survey;
      if (!def)
        return sendFailure(reply, { code: 'bad_request', message: 'is required', field: 'definition' });
      const lang = req.body.language ?? req.body.lang ?? def.defaultLanguage;
      return reply
        .header('content-security-policy', `${RESPONDENT_CSP}; frame-ancestors 'self'`)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(previewScreen(def, lang, req.body.page, req.body.thankYou ?? false));
    },
  );

  r.get(
    `${base}/:surveyId`,
    {
      schema: { tags, summary: 'A survey with its draft definition', params: SurveyParams },
      preHandler: read,
    },
    async (req, reply) => {
      const survey = await getSurvey(ctx.db, req.params.workspaceId, req.params.surveyId);
      return survey ? survey : sendFailure(reply, NOT_FOUND);
    },
  );

  r.patch(
    `${base}/:surveyId`,
    {
      schema: {
        tags,
        summary:
          'Edit the draft (send the version you edit; a stale one answers 409 with the current survey)',
        params: SurveyParams,
        body: SurveyPatch,
      },
      preHandler: edit,
    },
    async (req, reply) =>
      sendResult(
        reply,
        await tx((trx) => patchSurvey(trx, req.params.workspaceId, req.params.surveyId, req.body, ctx.now())),
      ),
  );

  r.post(
    `${base}/:surveyId/publish`,
    {
      schema: {
        tags,
        summary: 'Publish the draft as the next version (every text in every survey language)',
        params: SurveyParams,
        body: PublishBody,
      },
      preHandler: edit,
    },
    async (req, reply) =>
      sendResult(
        reply,
        await tx((trx) =>
          publishSurvey(trx, req.params.workspaceId, req.params.surveyId, req.body?.version, ctx.now()),
        ),
      ),
  );

  for (const [path, open, summary] of [
    ['close', false, 'Close the survey: respondents get a polite “closed” page'],
    ['reopen', true, 'Reopen a closed survey (its latest published version)'],
  ] as const) {
    r.post(
      `${base}/:surveyId/${path}`,
      { schema: { tags, summary, params: SurveyParams }, preHandler: edit },
      async (req, reply) =>
        sendResult(
          reply,
          await tx((trx) => setSurveyOpen(trx, req.params.workspaceId, req.params.surveyId, open, ctx.now())),
        ),
    );
  }

  r.delete(
    `${base}/:surveyId`,
    {
      schema: { tags, summary: 'Delete a survey (its stored responses stay)', params: SurveyParams },
      preHandler: edit,
    },
    async (req, reply) => {
      if (!(await deleteSurvey(ctx.db, req.params.workspaceId, req.params.surveyId)))
        return sendFailure(reply, NOT_FOUND);
      return reply.code(204).send();
    },
  );

  r.get(
    `${base}/:surveyId/versions`,
    { schema: { tags, summary: 'Published versions, newest first', params: SurveyParams }, preHandler: read },
    async (req, reply) => {
      if (!(await getSurvey(ctx.db, req.params.workspaceId, req.params.surveyId)))
        return sendFailure(reply, NOT_FOUND);
      return listSurveyVersions(ctx.db, req.params.surveyId);
    },
  );

  r.get(
    `${base}/:surveyId/versions/:version`,
    {
      schema: {
        tags,
        summary: 'One published version (to read responses given to it)',
        params: VersionParams,
      },
      preHandler: read,
    },
    async (req, reply) => {
      if (!(await getSurvey(ctx.db, req.params.workspaceId, req.params.surveyId)))
        return sendFailure(reply, NOT_FOUND);
      const version = await getSurveyVersion(ctx.db, req.params.surveyId, req.params.version);
      return version ?? sendFailure(reply, { code: 'not_found', message: 'no such version' });
    },
  );

  r.get(
    `${base}/:surveyId/link`,
    {
      schema: {
        tags,
        summary: 'The public link of the survey',
        params: SurveyParams,
        querystring: LinkQuery,
      },
      preHandler: read,
    },
    async (req, reply) => {
      const survey = await getSurvey(ctx.db, req.params.workspaceId, req.params.surveyId);
      if (!survey) return sendFailure(reply, NOT_FOUND);
      const url = surveyLink(ctx.publicUrl(req), survey.id, req.query.lang ? { lang: req.query.lang } : {});
      return { url, live: survey.status === 'live' };
    },
  );

  r.post(
    `${base}/:surveyId/context-token`,
    {
      schema: {
        tags,
        summary: 'Sign a respondent context (customer, touchpoint, order, channel, segment) into a link',
        params: SurveyParams,
        body: TokenBody,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const survey = await getSurvey(ctx.db, req.params.workspaceId, req.params.surveyId);
      if (!survey) return sendFailure(reply, NOT_FOUND);
      const secret = await workspaceSecret(ctx.db, survey.workspaceId, 'survey-context');
      const context = { ...req.body.context, ...(req.body.bindToSurvey ? { surveyId: survey.id } : {}) };
      const token = signSurveyContext(secret, context);
      const lang = req.body.context.lang;
      return { token, url: surveyLink(ctx.publicUrl(req), survey.id, { token, ...(lang ? { lang } : {}) }) };
    },
  );
}
