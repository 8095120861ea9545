import { newId } from '../../domain/journey/ids.js';
import type { Language } from '../../domain/journey/vocabulary.js';
import { answersFromForm, type FormFields } from '../../domain/surveys/form-answers.js';
import {
  nextQuestionIndex,
  previousQuestionIndex,
  validateAnswers,
  visibleQuestions,
} from '../../domain/surveys/logic.js';
import type { Answers, Survey, SurveyDefinition } from '../../domain/surveys/survey.schema.js';
import type { AppContext } from '../../http/context.js';
import { isUniqueViolation } from '../../store/meta/db.js';
import {
  findSurvey,
  finishSurveySession,
  getSurveySession,
  getSurveyVersion,
  insertSurveySession,
  type SurveySession,
  saveSurveySession,
  touchpointRef,
} from '../../store/meta/surveys.repository.js';
import { resolveLinkContext, signHiddenContext, verifyHiddenContext } from './context.js';
import { pickLanguage } from './language.js';
import { type PoliteKind, renderThankYou } from './render.js';
import { chromeLanguage, politeScreen, questionsScreen, type Screen } from './screens.js';
import { storeSessionResponse } from './store-response.js';

/**
 * The respondent's way through a survey. The first screen is stateless (the form carries a
 * fresh session id and the context, signed); the first post creates the session, every post
 * saves the screen's answers, and the last one stores the response through the ingestor
 * (id = session id, timestamp = session start, so a resent form stores nothing twice).
 */

export interface Visit {
  surveyId: string;
  query: Record<string, unknown>;
  acceptLanguage?: string;
  embed: boolean;
}

const SESSION_ID = /^ss_[a-z0-9]{24}$/;

type Live =
  | { ok: true; survey: Survey; version: number; def: SurveyDefinition }
  | { ok: false; kind: 'not_found' | 'closed'; survey?: Survey };

/** A survey respondents may answer: published, not closed, its touchpoint still on the map. */
async function liveSurvey(ctx: AppContext, surveyId: string, wantedVersion?: number): Promise<Live> {
  const survey = await findSurvey(ctx.db, surveyId);
  if (!survey || survey.publishedVersion === null || survey.status === 'draft')
    return { ok: false, kind: 'not_found' };
  if (survey.status === 'closed') return { ok: false, kind: 'closed', survey };
  const version =
    (wantedVersion !== undefined && wantedVersion <= survey.publishedVersion
      ? await getSurveyVersion(ctx.db, survey.id, wantedVersion)
      : undefined) ?? (await getSurveyVersion(ctx.db, survey.id, survey.publishedVersion));
  if (!version) return { ok: false, kind: 'not_found' };
  const def = version.definition;
  if (
    def.touchpointId !== null &&
    !(await touchpointRef(ctx.db, survey.workspaceId, { id: def.touchpointId }))
  )
    return { ok: false, kind: 'closed', survey };
  return { ok: true, survey, version: version.version, def };
}

function languageFor(def: SurveyDefinition, visit: Visit, tokenLang?: Language): Language {
  return pickLanguage(def.languages, def.defaultLanguage, {
    param: visit.query.lang,
    token: tokenLang,
    acceptLanguage: visit.acceptLanguage,
  });
}

function surveyPolite(kind: PoliteKind, survey: Survey | undefined, visit: Visit): Screen {
  const lang = survey
    ? pickLanguage(survey.languages, survey.defaultLanguage, {
        param: visit.query.lang,
        acceptLanguage: visit.acceptLanguage,
      })
    : chromeLanguage(visit.query, visit.acceptLanguage);
  return politeScreen(kind, lang, visit.embed);
}

/** GET /s/:surveyId — the first screen, or a polite page. */
export async function firstScreen(ctx: AppContext, visit: Visit): Promise<Screen> {
  const live = await liveSurvey(ctx, visit.surveyId);
  if (!live.ok) return surveyPolite(live.kind, live.survey, visit);
  const nowMs = Date.parse(ctx.now());
  const context = await resolveLinkContext(ctx.db, live.survey, visit.query, nowMs);
  if (!context.ok) return surveyPolite('invalid_link', live.survey, visit);
  const lang = languageFor(live.def, visit, context.value.lang);
  const links = live.def.languages.map((l) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(visit.query))
      if (typeof v === 'string' && k !== 'lang') params.set(k, v);
    params.set('lang', l);
    return { lang: l, href: `/s/${encodeURIComponent(live.survey.id)}?${params}` };
  });
  return questionsScreen({
    survey: live.survey,
    def: live.def,
    version: live.version,
    lang,
    sessionId: newId('ss', 24),
    token: await signHiddenContext(ctx.db, live.survey, context.value, nowMs),
    answers: {},
    errors: {},
    index: nextQuestionIndex(live.def, {}, -1) ?? 0,
    embed: visit.embed,
    first: { links },
  });
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v[0]) : undefined;

/** The session a post belongs to: found, or created on the first post (from the signed hidden context). */
async function sessionFor(
  ctx: AppContext,
  survey: Survey,
  form: FormFields,
  version: number,
  lang: Language,
  nowIso: string,
): Promise<SurveySession | 'invalid'> {
  const id = str(form.s) ?? '';
  if (!SESSION_ID.test(id)) return 'invalid';
  const found = await getSurveySession(ctx.db, id);
  if (found) return found.surveyId === survey.id ? found : 'invalid';
  const context = await verifyHiddenContext(ctx.db, survey, str(form.c), Date.parse(nowIso));
  if (!context.ok) return 'invalid';
  const session: SurveySession = {
    id,
    workspaceId: survey.workspaceId,
    surveyId: survey.id,
    version,
    context: context.value,
    answers: {},
    language: lang,
    page: 0,
    status: 'open',
    startedAt: nowIso,
    updatedAt: nowIso,
  };
  try {
    await insertSurveySession(ctx.db, session);
    return session;
  } catch (err) {
    // The same form posted twice at once: the other request created it.
    if (!isUniqueViolation(err)) throw err;
    const again = await getSurveySession(ctx.db, id);
    return again && again.surveyId === survey.id ? again : 'invalid';
  }
}

const pick = <T>(record: Record<string, T>, key: string): Record<string, T> =>
  record[key] === undefined ? {} : { [key]: record[key] };

/** POST /s/:surveyId — saves the screen's answers and shows the next screen, errors, or thanks. */
export async function postScreen(ctx: AppContext, visit: Visit, form: FormFields): Promise<Screen> {
  const wanted = Number(str(form.v));
  const live = await liveSurvey(
    ctx,
    visit.surveyId,
    Number.isInteger(wanted) && wanted > 0 ? wanted : undefined,
  );
  if (!live.ok) return surveyPolite(live.kind, live.survey, visit);
  const nowIso = ctx.now();
  const honeypot = str(form.website);
  const existing = SESSION_ID.test(str(form.s) ?? '')
    ? await getSurveySession(ctx.db, str(form.s) ?? '')
    : undefined;
  if (existing && existing.surveyId === live.survey.id && existing.status !== 'open') {
    const def =
      existing.version === live.version
        ? live.def
        : ((await getSurveyVersion(ctx.db, live.survey.id, existing.version))?.definition ?? live.def);
    return {
      status: 200,
      html: renderThankYou({ def, lang: existing.language, embed: visit.embed }),
      kind: 'thank-you',
    };
  }
  const lang = languageFor(live.def, visit, existing?.language);
  if (honeypot !== undefined && honeypot.trim() !== '') {
    // A bot filled the field people cannot see: thank it, keep nothing.
    if (existing && existing.surveyId === live.survey.id)
      await finishSurveySession(ctx.db, existing.id, 'abandoned', nowIso);
    return {
      status: 200,
      html: renderThankYou({ def: live.def, lang, embed: visit.embed }),
      kind: 'thank-you',
    };
  }
  const session = existing ?? (await sessionFor(ctx, live.survey, form, live.version, lang, nowIso));
  if (session === 'invalid' || session.surveyId !== live.survey.id)
    return surveyPolite('invalid_link', live.survey, visit);
  const def =
    session.version === live.version
      ? live.def
      : (await getSurveyVersion(ctx.db, live.survey.id, session.version))?.definition;
  if (!def) return surveyPolite('closed', live.survey, visit);

  const single = def.layout === 'single-page';
  const posted = Number(str(form.p));
  const index = single
    ? 0
    : Number.isInteger(posted) && posted >= 0 && posted < def.questions.length
      ? posted
      : session.page;
  const onScreen = single ? def.questions : def.questions.slice(index, index + 1);
  const fromForm = answersFromForm(onScreen, form);
  const merged: Answers = { ...session.answers };
  for (const q of onScreen) delete merged[q.id];
  Object.assign(merged, fromForm);
  const screenIds = single ? visibleQuestions(def, merged).map((q) => q.id) : onScreen.map((q) => q.id);
  const check = validateAnswers(def, merged, screenIds);
  // Keep what was accepted (partial answers survive a wrong value elsewhere on the screen).
  const kept: Answers = { ...session.answers };
  for (const q of onScreen) delete kept[q.id];
  Object.assign(kept, check.answers);

  const state = {
    survey: live.survey,
    def,
    version: session.version,
    lang,
    sessionId: session.id,
    token: str(form.c) ?? '',
    embed: visit.embed,
  };
  const action = str(form.action) === 'back' && !single ? 'back' : 'next';
  if (action === 'back') {
    const prev = previousQuestionIndex(def, kept, index) ?? index;
    await saveSurveySession(ctx.db, session.id, { answers: kept, page: prev, language: lang, now: nowIso });
    return questionsScreen({ ...state, answers: kept, errors: {}, index: prev });
  }
  if (Object.keys(check.errors).length) {
    await saveSurveySession(ctx.db, session.id, { answers: kept, page: index, language: lang, now: nowIso });
    return questionsScreen({ ...state, answers: merged, errors: check.errors, index }, 400);
  }
  const next = single ? null : nextQuestionIndex(def, kept, index);
  if (next !== null) {
    await saveSurveySession(ctx.db, session.id, { answers: kept, page: next, language: lang, now: nowIso });
    return questionsScreen({ ...state, answers: kept, errors: {}, index: next });
  }
  // The end: every visible question checked once more (a skipped required one sends the respondent back to it).
  const final = validateAnswers(def, kept);
  const firstBad = def.questions.findIndex((q) => final.errors[q.id]);
  const bad = def.questions[firstBad];
  if (bad) {
    await saveSurveySession(ctx.db, session.id, {
      answers: kept,
      page: firstBad,
      language: lang,
      now: nowIso,
    });
    const errors = single ? final.errors : pick(final.errors, bad.id);
    return questionsScreen({ ...state, answers: kept, errors, index: firstBad }, 400);
  }
  await saveSurveySession(ctx.db, session.id, {
    answers: final.answers,
    page: index,
    language: lang,
    now: nowIso,
  });
  const stored = { ...session, answers: final.answers, language: lang };
  const ingest = Object.keys(final.answers).length
    ? await storeSessionResponse(ctx, stored, def, final.answers, true)
    : undefined;
  await finishSurveySession(ctx.db, session.id, 'complete', nowIso);
  return {
    status: 200,
    html: renderThankYou({ def, lang, embed: visit.embed }),
    kind: 'thank-you',
    ...(ingest ? { ingest } : {}),
  };
}
