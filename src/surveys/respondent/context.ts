import { fail, ok, type Result } from '../../domain/result.js';
import {
  plainSurveyContext,
  type SurveyContext,
  signSurveyContext,
  verifySurveyContext,
} from '../../domain/surveys/context-token.js';
import type { Survey } from '../../domain/surveys/survey.schema.js';
import type { MetaDb } from '../../store/meta/db.js';
import { touchpointRef } from '../../store/meta/surveys.repository.js';
import { getWorkspaceSettings, workspaceSecret } from '../../store/meta/workspace-settings.repository.js';

/**
 * The context of a respondent's visit: from the link's signed token (`c`), plus plain
 * parameters when the workspace allows them (the token wins where both say something).
 * A bad or expired token is refused; plain parameters are ignored unless allowed.
 */
export async function resolveLinkContext(
  db: MetaDb,
  survey: Survey,
  query: Record<string, unknown>,
  nowMs: number,
): Promise<Result<SurveyContext>> {
  let ctx: SurveyContext = {};
  const token = query.c;
  if (typeof token === 'string' && token !== '') {
    const verified = verifySurveyContext(
      await workspaceSecret(db, survey.workspaceId, 'survey-context'),
      token,
      nowMs,
    );
    if (!verified.ok) return verified;
    if (verified.value.surveyId !== undefined && verified.value.surveyId !== survey.id)
      return fail('bad_request', 'the survey context token is for another survey', { field: 'c' });
    ctx = verified.value;
  } else if (token !== undefined && typeof token !== 'string') {
    return fail('bad_request', 'the survey context token is not valid', { field: 'c' });
  }
  const settings = await getWorkspaceSettings(db, survey.workspaceId);
  if (settings.allowPlainSurveyParams) {
    const plain = plainSurveyContext(query);
    const segment = { ...plain.segment, ...ctx.segment };
    ctx = { ...plain, ...ctx, ...(Object.keys(segment).length ? { segment } : {}) };
  }
  // The website widget embeds the page: that answer came through the web, whatever else is allowed.
  if (query.embed === '1' && ctx.channel === undefined) ctx = { ...ctx, channel: 'web' };
  return ok(await checkTouchpoint(db, survey, ctx));
}

/**
 * A context touchpoint only means something for a journey-level survey, and only when it
 * is a touchpoint of that journey: otherwise it is dropped (the response must not be lost).
 */
async function checkTouchpoint(db: MetaDb, survey: Survey, ctx: SurveyContext): Promise<SurveyContext> {
  if (ctx.touchpointKey === undefined) return ctx;
  const { touchpointKey, ...rest } = ctx;
  if (survey.level !== 'journey') return rest;
  const tp = await touchpointRef(db, survey.workspaceId, { key: touchpointKey });
  return tp && tp.journeyId === survey.journeyId ? ctx : rest;
}

const HIDDEN_TOKEN_DAYS = 1;

/** The resolved context, signed again for the page's hidden field (bound to the survey). */
export async function signHiddenContext(
  db: MetaDb,
  survey: Survey,
  ctx: SurveyContext,
  nowMs: number,
): Promise<string> {
  const secret = await workspaceSecret(db, survey.workspaceId, 'survey-context');
  const exp = Math.floor(nowMs / 1000) + HIDDEN_TOKEN_DAYS * 86_400;
  return signSurveyContext(secret, { ...ctx, surveyId: survey.id, exp });
}

/** Reads back a hidden context: the stored context has neither the survey binding nor the expiry. */
export async function verifyHiddenContext(
  db: MetaDb,
  survey: Survey,
  token: unknown,
  nowMs: number,
): Promise<Result<SurveyContext>> {
  if (typeof token !== 'string' || token === '')
    return fail('bad_request', 'the survey context token is missing', { field: 'c' });
  const secret = await workspaceSecret(db, survey.workspaceId, 'survey-context');
  const verified = verifySurveyContext(secret, token, nowMs);
  if (!verified.ok) return verified;
  const { surveyId, exp: _exp, ...ctx } = verified.value;
  if (surveyId !== survey.id)
    return fail('bad_request', 'the survey context token is for another survey', { field: 'c' });
  return ok(ctx);
}
