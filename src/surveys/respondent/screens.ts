import type { Language } from '../../domain/journey/vocabulary.js';
import { type AnswerError, previousQuestionIndex, visibleQuestions } from '../../domain/surveys/logic.js';
import type { Answers, Survey, SurveyDefinition } from '../../domain/surveys/survey.schema.js';
import type { IngestResult } from '../../ingest/inputs.js';
import { pickLanguage } from './language.js';
import {
  type PoliteKind,
  type QuestionScreen,
  renderPolite,
  renderQuestionScreen,
  renderThankYou,
} from './render.js';

/** Screens of the respondent pages as status + HTML: questions, thanks, polite pages, the preview. */

export interface Screen {
  status: number;
  html: string;
  /** What the page is, for logs and tests. */
  kind: 'questions' | 'thank-you' | PoliteKind;
  /** Set when a response was sent to the ingestor. */
  ingest?: IngestResult;
}

const ALL_LANGUAGES: Language[] = ['fi', 'sv', 'en'];

export function politeScreen(kind: PoliteKind, lang: Language, embed = false): Screen {
  const status = { closed: 410, not_found: 404, invalid_link: 403, rate_limited: 429, error: 500 }[kind];
  return { status, html: renderPolite(kind, lang, embed), kind };
}

/** The language for a page that has no survey to ask (unknown survey, errors). */
export function chromeLanguage(query: Record<string, unknown>, acceptLanguage?: string): Language {
  return pickLanguage(ALL_LANGUAGES, 'en', { param: query.lang, acceptLanguage });
}

export function actionUrl(surveyId: string, lang: Language, embed: boolean): string {
  return `/s/${encodeURIComponent(surveyId)}?lang=${lang}${embed ? '&embed=1' : ''}`;
}

export interface ScreenState {
  survey: Survey;
  def: SurveyDefinition;
  version: number;
  lang: Language;
  sessionId: string;
  token: string;
  answers: Answers;
  errors: Record<string, AnswerError>;
  /** Index of the question shown (one-per-page); ignored on a single page. */
  index: number;
  embed: boolean;
  first?: { links: { lang: Language; href: string }[] };
}

export function questionsScreen(st: ScreenState, status = 200): Screen {
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
