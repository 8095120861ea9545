import { newId } from '../../domain/journey/ids.js';
import type { Language } from '../../domain/journey/vocabulary.js';
import type { SurveyContext } from '../../domain/surveys/context-token.js';
import { answersFromForm, type FormFields } from '../../domain/surveys/form-answers.js';
import {
  nextQuestionIndex,
  previousQuestionIndex,
  validateAnswers,
  visibleQuestions,
} from '../../domain/surveys/logic.js';
import type { Answers, Survey, SurveyDefinition } from '../../domain/surveys/survey.schema.js';
import { toResponseInput } from '../../domain/surveys/to-response.js';
import type { AppContext } from '../../http/context.js';
import type { IngestResult } from '../../ingest/inputs.js';
import { isUniqueViolation } from '../../store/meta/db.js';
import {
  deleteFinishedSurveySessions,
  findSurvey,
  finishSurveySession,
  getSurveySession,
  getSurveyVersion,
  idleSurveySessions,
  insertSurveySession,
  type SurveySession,
  saveSurveySession,
  touchpointRef,
} from '../../store/meta/surveys.repository.js';
import { resolveLinkContext, signHiddenContext, verifyHiddenContext } from './context.js';
import { pickLanguage } from './language.js';
import {
  type PoliteKind,
  type QuestionScreen,
  renderPolite,
  renderQuestionScreen,
  renderThankYou,
} from './render.js';

/**
 * The respondent's way through a survey. The first screen is stateless (the form carries a
 * fresh session id and the context, signed); the first post creates the session, every post
 * saves the screen's answers, and the last one stores the response through the ingestor
 * (id = session id, timestamp = session start, so a resent form stores nothing twice).
 */

export interface Screen {
  status: number;
  html: string;
  /** What the page is, for logs and tests. */
  kind: 'questions' | 'thank-you' | PoliteKind;
  /** Set when a response was sent to the ingestor. */
  ingest?: IngestResult;
}

export interface Visit {
  surveyId: string;
  query: Record<string, unknown>;
  acceptLanguage?: string;
  embed: boolean;
}

const ALL_LANGUAGES: Language[] = ['fi', 'sv', 'en'];
const SESSION_ID = /^ss_[a-z0-9]{24}$/;

export function politeScreen(kind: PoliteKind, lang: Language, embed = false): Screen {
  const status = { closed: 410, not_found: 404, invalid_link: 403, rate_limited: 429, error: 500 }[kind];
  return { status, html: renderPolite(kind, lang, embed), kind };
}

/** The language for a page that has no survey to ask (unknown survey, errors). */
export function chromeLanguage(query: Record<string, unknown>, acceptLanguage?: string): Language {
  return pickLanguage(ALL_LANGUAGES, 'en', { param: query.lang, acceptLanguage });
}

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

function actionUrl(surveyId: string, lang: Language, embed: boolean): string {
  return `/s/${encodeURIComponent(surveyId)}?lang=${lang}${embed ? '&embed=1' : ''}`;
}

interface ScreenState {
  survey: Survey;
  def: SurveyDefinition;
  version: number;
  lang: Language;
  sessionId: string;
  token: string;
  answers: Answers;
  errors: Record<string, import('../../domain/surveys/logic.js').AnswerError>;
  /** Index of the question shown (one-per-page); ignored on a single page. */
  index: number;
  embed: boolean;
  first?: { links: { lang: Language; href: string }[] };
}

function questionsScreen(st: ScreenState, status = 200): Screen {
  const { def } = st;
  const single = def.layout === 'single-page';
  const visible = visibleQuestions(def, st.answers);
  let view: QuestionScreen;
  const common = {
    def,
    surveyId: st.survey.id,
    version: st.version,
    lang: st.lang,
    answers: st.answers,
    errors: st.errors,
    hidden: { s: st.sessionId, c: st.token },
    embed: st.embed,
    action: actionUrl(st.survey.id, st.lang, st.embed),
    ...(st.first ? { languageLinks: st.first.links } : {}),
  };
  if (single) {
    // Without JavaScript every question is on the page; answers to hidden ones are dropped on submit.
    view = {
      ...common,
      questions: def.questions,
      pageIndex: 0,
      canGoBack: false,
      last: true,
      showIntro: true,
    };
  } else {
    const q = def.questions[st.index] ?? visible[0] ?? def.questions[0];
    const n = visible.findIndex((x) => x.id === q?.id) + 1;
    view = {
      ...common,
      questions: q ? [q] : [],
      pageIndex: q ? def.questions.indexOf(q) : 0,
      progress: { n: Math.max(n, 1), m: Math.max(visible.length, n) },
      canGoBack: previousQuestionIndex(def, st.answers, st.index) !== null,
      last: st.index >= def.questions.length - 1,
      showIntro: previousQuestionIndex(def, st.answers, st.index) === null,
    };
  }
  return { status, html: renderQuestionScreen(view), kind: 'questions' };
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

/** Stores a session's answers as a response (complete, or partial when it was left idle). */
export async function storeSessionResponse(
  ctx: AppContext,
  session: SurveySession,
  def: SurveyDefinition,
  answers: Answers,
  complete: boolean,
): Promise<IngestResult> {
  let touchpointKey: string | undefined;
  if (def.level === 'touchpoint' && def.touchpointId !== null)
    touchpointKey = (await touchpointRef(ctx.db, session.workspaceId, { id: def.touchpointId }))?.key;
  else if (def.level === 'journey') touchpointKey = session.context.touchpointKey;
  const input = toResponseInput(
    def,
    {
      sessionId: session.id,
      startedAt: session.startedAt,
      surveyId: session.surveyId,
      version: session.version,
      language: session.language,
      ...(touchpointKey !== undefined ? { touchpointKey } : {}),
      complete,
    },
    answers,
    session.context as SurveyContext,
  );
  return ctx.ingest.ingestResponses(session.workspaceId, [input], 'survey');
}

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
  if (firstBad >= 0) {
    await saveSurveySession(ctx.db, session.id, {
      answers: kept,
      page: firstBad,
      language: lang,
      now: nowIso,
    });
    const errors = single
      ? final.errors
      : { [def.questions[firstBad]?.id ?? '']: final.errors[def.questions[firstBad]?.id ?? ''] };
    return questionsScreen(
      { ...state, answers: kept, errors: errors as typeof final.errors, index: firstBad },
      400,
    );
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

export const IDLE_MINUTES = 30;
/** Finished sessions are kept this long, so a form resent days later still gets its thank-you. */
const FINISHED_DAYS = 30;

/**
 * Sessions idle for more than 30 minutes become partial responses (`complete: false`) when
 * something was answered; empty ones are just closed. Finished sessions older than 30 days
 * are removed. Returns how many became partial and abandoned.
 */
export async function sweepSurveySessions(ctx: AppContext): Promise<{ partial: number; abandoned: number }> {
  const nowIso = ctx.now();
  const before = new Date(Date.parse(nowIso) - IDLE_MINUTES * 60_000).toISOString();
  let partial = 0;
  let abandoned = 0;
  for (;;) {
    const idle = await idleSurveySessions(ctx.db, before, 100);
    if (!idle.length) break;
    for (const session of idle) {
      const def = (await getSurveyVersion(ctx.db, session.surveyId, session.version))?.definition;
      const answers = def ? validateAnswers(def, session.answers).answers : {};
      if (def && Object.keys(answers).length) {
        await storeSessionResponse(ctx, session, def, answers, false);
        await finishSurveySession(ctx.db, session.id, 'partial', nowIso);
        partial++;
      } else {
        await finishSurveySession(ctx.db, session.id, 'abandoned', nowIso);
        abandoned++;
      }
    }
    if (idle.length < 100) break;
  }
  const keepUntil = new Date(Date.parse(nowIso) - FINISHED_DAYS * 86_400_000).toISOString();
  await deleteFinishedSurveySessions(ctx.db, keepUntil);
  return { partial, abandoned };
}

/** Sweeps idle sessions every minute until stopped (the timer never keeps the process alive). */
export function startSurveySweeper(
  ctx: AppContext,
  onError: (err: unknown) => void,
  everyMs = 60_000,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepSurveySessions(ctx)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** The builder's live preview: exactly the respondent screen for a draft definition. */
export function previewScreen(
  def: SurveyDefinition,
  lang: Language,
  pageNo: number | undefined,
  thankYou: boolean,
): string {
  const language = def.languages.includes(lang) ? lang : def.defaultLanguage;
  if (thankYou) return renderThankYou({ def, lang: language, embed: false });
  const index = Math.min(Math.max(pageNo ?? 0, 0), Math.max(def.questions.length - 1, 0));
  const survey = { id: 'preview' } as Survey;
  return questionsScreen({
    survey,
    def,
    version: 0,
    lang: language,
    sessionId: '',
    token: '',
    answers: {},
    errors: {},
    index,
    embed: false,
    first: { links: [] },
  }).html;
}
