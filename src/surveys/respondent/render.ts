import type { Language } from '../../domain/journey/vocabulary.js';
import type { AnswerError } from '../../domain/surveys/logic.js';
import type {
  Answers,
  AnswerValue,
  LocalizedText,
  Question,
  SurveyDefinition,
} from '../../domain/surveys/survey.schema.js';
import { scaleRange } from '../../domain/surveys/survey-rules.js';
import { esc, page, paragraphs } from './html.js';
import { fill, LANGUAGE_NAMES, type PageStrings, STRINGS } from './strings.js';

/** Server-rendered respondent screens: questions, thank-you and the polite pages. */

/** A text in the respondent's language, else the survey's default, else any. */
export function localized(t: LocalizedText | undefined, lang: Language, fallback: Language): string {
  if (!t) return '';
  return t[lang] || t[fallback] || Object.values(t).find((v) => v) || '';
}

export interface QuestionScreen {
  def: SurveyDefinition;
  surveyId: string;
  version: number;
  lang: Language;
  /** The questions on this screen (one, or all visible ones on a single page). */
  questions: Question[];
  /** Index into `def.questions` of the screen's question (one-per-page), 0 on a single page. */
  pageIndex: number;
  answers: Answers;
  errors: Record<string, AnswerError>;
  hidden: { s: string; c: string };
  /** Question number and how many are visible now (one-per-page). */
  progress?: { n: number; m: number };
  canGoBack: boolean;
  /** Whether this is the last screen as far as the survey's structure goes (Send instead of Next). */
  last: boolean;
  showIntro: boolean;
  embed: boolean;
  /** Links to the same page in the survey's other languages (first screen only). */
  languageLinks?: { lang: Language; href: string }[];
  /** Where the form posts. */
  action: string;
}

type Ctx = {
  s: PageStrings;
  lang: Language;
  def: SurveyDefinition;
  answers: Answers;
  errors: Record<string, AnswerError>;
};

function errorText(s: PageStrings, e: AnswerError): string {
  switch (e.code) {
    case 'required':
      return s.errRequired;
    case 'range':
      return fill(s.errRange, { min: e.min, max: e.max });
    case 'option':
      return s.errOption;
    case 'too_many':
      return fill(s.errTooMany, { max: e.max });
    case 'too_long':
      return fill(s.errTooLong, { max: e.max });
  }
}

/** The id of the first control of a question (where the error summary links to). */
function firstControlId(q: Question): string {
  switch (q.type) {
    case 'text':
      return `${q.id}-in`;
    case 'single':
    case 'multiple':
      return `${q.id}-${q.options[0]?.id ?? ''}`;
    case 'experience':
      return `${q.id}-${q.dimensions[0]}-1`;
    case 'expectation':
      return `${q.id}-expected-1`;
    default:
      return `${q.id}-${scaleRange(q)[0]}`;
  }
}

function legendOf(c: Ctx, q: Question): string {
  const req = q.required ? ` <span class="req">(${esc(c.s.required)})</span>` : '';
  return `${esc(localized(q.text, c.lang, c.def.defaultLanguage))}${req}`;
}

/** Help and error paragraphs, and the ids they give to aria-describedby. */
function notes(c: Ctx, q: Question, extra: { id: string; html: string }[] = []) {
  const parts: { id: string; html: string }[] = [];
  const help = localized(q.help, c.lang, c.def.defaultLanguage);
  if (help) parts.push({ id: `${q.id}-help`, html: `<p class="help" id="${q.id}-help">${esc(help)}</p>` });
  parts.push(...extra);
  const error = c.errors[q.id];
  if (error)
    parts.unshift({
      id: `${q.id}-err`,
      html: `<p class="err" id="${q.id}-err">${esc(errorText(c.s, error))}</p>`,
    });
  return { html: parts.map((p) => p.html).join(''), ids: parts.map((p) => p.id).join(' ') };
}

const describedBy = (ids: string) => (ids ? ` aria-describedby="${ids}"` : '');

/** A row of radio buttons from min to max with both ends labelled in words. */
function scale(
  name: string,
  idBase: string,
  min: number,
  max: number,
  value: unknown,
  ends: [string, string],
) {
  const endsId = `${idBase}-ends`;
  let radios = '';
  for (let v = min; v <= max; v++) {
    const checked = value === v ? ' checked' : '';
    radios += `<label><input type="radio" name="${esc(name)}" id="${idBase}-${v}" value="${v}"${checked}><span>${v}</span></label>`;
  }
  return {
    endsId,
    html: `<p class="ends" id="${endsId}"><span>${min} = ${esc(ends[0])}</span> <span>${max} = ${esc(ends[1])}</span></p><div class="scale${max - min === 10 ? ' n11' : ''}">${radios}</div>`,
  };
}

function scaleEnds(c: Ctx, q: Question): [string, string] {
  const defaults =
    q.type === 'nps' || q.type === 'csat' || q.type === 'ces' ? c.s.ends[q.type] : c.s.ends.rating;
  const low = 'lowLabel' in q ? localized(q.lowLabel, c.lang, c.def.defaultLanguage) : '';
  const high = 'highLabel' in q ? localized(q.highLabel, c.lang, c.def.defaultLanguage) : '';
  return [low || defaults[0], high || defaults[1]];
}

function renderScale(c: Ctx, q: Question): string {
  const [min, max] = scaleRange(q);
  const sc = scale(q.id, q.id, min, max, c.answers[q.id], scaleEnds(c, q));
  const n = notes(c, q);
  const ids = [n.ids, sc.endsId].filter(Boolean).join(' ');
  return `<fieldset id="${q.id}"${describedBy(ids)}><legend>${legendOf(c, q)}</legend>${n.html}${sc.html}</fieldset>`;
}

function renderChoice(c: Ctx, q: Extract<Question, { type: 'single' | 'multiple' }>): string {
  const value = c.answers[q.id];
  const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const type = q.type === 'single' ? 'radio' : 'checkbox';
  const extra =
    q.type === 'multiple' && q.max !== undefined
      ? [
          {
            id: `${q.id}-max`,
            html: `<p class="help" id="${q.id}-max">${esc(fill(c.s.chooseUpTo, { max: q.max }))}</p>`,
          },
        ]
      : [];
  const n = notes(c, q, extra);
  const opts = q.options
    .map((o) => {
      const checked = chosen.includes(o.id) ? ' checked' : '';
      const label = esc(localized(o.label, c.lang, c.def.defaultLanguage));
      return `<label><input type="${type}" name="${q.id}" id="${q.id}-${o.id}" value="${o.id}"${checked}><span>${label}</span></label>`;
    })
    .join('');
  return `<fieldset id="${q.id}"${describedBy(n.ids)}><legend>${legendOf(c, q)}</legend>${n.html}<div class="opts">${opts}</div></fieldset>`;
}

function renderText(c: Ctx, q: Extract<Question, { type: 'text' }>): string {
  const value = c.answers[q.id];
  const n = notes(c, q, [
    {
      id: `${q.id}-max`,
      html: `<p class="help" id="${q.id}-max">${esc(fill(c.s.maxChars, { max: q.maxLength }))}</p>`,
    },
  ]);
  const invalid = c.errors[q.id] ? ' aria-invalid="true"' : '';
  return `<div class="q" id="${q.id}"><label for="${q.id}-in">${legendOf(c, q)}</label>${n.html}<textarea id="${q.id}-in" name="${q.id}" rows="4" maxlength="${q.maxLength}"${describedBy(n.ids)}${invalid}>${esc(typeof value === 'string' ? value : '')}</textarea></div>`;
}

function battery(
  c: Ctx,
  q: Question,
  items: { part: string; legend: string }[],
  ends: [string, string],
): string {
  const value = c.answers[q.id];
  const parts =
    typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, AnswerValue>) : {};
  const n = notes(c, q);
  const inner = items
    .map(({ part, legend }) => {
      const sc = scale(`${q.id}.${part}`, `${q.id}-${part}`, 1, 5, parts[part], ends);
      return `<fieldset aria-describedby="${sc.endsId}"><legend>${esc(legend)}</legend>${sc.html}</fieldset>`;
    })
    .join('');
  return `<fieldset id="${q.id}"${describedBy(n.ids)}><legend>${legendOf(c, q)}</legend>${n.html}${inner}</fieldset>`;
}

function renderQuestion(c: Ctx, q: Question): string {
  switch (q.type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'rating':
      return renderScale(c, q);
    case 'single':
    case 'multiple':
      return renderChoice(c, q);
    case 'text':
      return renderText(c, q);
    case 'experience':
      return battery(
        c,
        q,
        q.dimensions.map((d) => ({
          part: d,
          legend: localized(q.statements?.[d], c.lang, c.def.defaultLanguage) || c.s.statements[d],
        })),
        c.s.ends.agree,
      );
    case 'expectation': {
      const aspect = localized(q.aspect, c.lang, c.def.defaultLanguage);
      return battery(
        c,
        q,
        [
          { part: 'expected', legend: fill(c.s.expected, { aspect }) },
          { part: 'experienced', legend: fill(c.s.experienced, { aspect }) },
        ],
        c.s.ends.quality,
      );
    }
  }
}

function errorSummary(c: Ctx, questions: Question[]): string {
  const items = questions
    .filter((q) => c.errors[q.id])
    .map((q) => {
      const e = c.errors[q.id] as AnswerError;
      const text = localized(q.text, c.lang, c.def.defaultLanguage);
      return `<li><a href="#${firstControlId(q)}">${esc(text)}: ${esc(errorText(c.s, e))}</a></li>`;
    });
  if (!items.length) return '';
  return `<div class="summary" role="alert" aria-labelledby="summary-h" tabindex="-1"><h2 id="summary-h">${esc(c.s.errorSummary)}</h2><ul>${items.join('')}</ul></div>`;
}

/** A screen of questions as a plain form that posts back (works without JavaScript). */
export function renderQuestionScreen(v: QuestionScreen): string {
  const s = STRINGS[v.lang];
  const c: Ctx = { s, lang: v.lang, def: v.def, answers: v.answers, errors: v.errors };
  const intro = v.showIntro ? paragraphs(localized(v.def.intro, v.lang, v.def.defaultLanguage), 'intro') : '';
  const progress = v.progress ? `<p class="progress">${esc(fill(s.progress, v.progress))}</p>` : '';
  const hidden = `<input type="hidden" name="s" value="${esc(v.hidden.s)}"><input type="hidden" name="c" value="${esc(v.hidden.c)}"><input type="hidden" name="v" value="${v.version}"><input type="hidden" name="p" value="${v.pageIndex}">`;
  const honeypot = `<div class="hp" aria-hidden="true"><label for="hp-website">${esc(s.honeypot)}</label><input type="text" id="hp-website" name="website" tabindex="-1" autocomplete="off"></div>`;
  const back = v.canGoBack
    ? `<button type="submit" name="action" value="back" class="sec">${esc(s.back)}</button>`
    : '';
  const nav = `<div class="nav"><button type="submit" name="action" value="next">${esc(v.last ? s.submit : s.next)}</button>${back}</div>`;
  const langs =
    v.languageLinks && v.languageLinks.length > 1 && !v.embed
      ? `<nav class="langs" aria-label="${esc(s.languageNav)}">${v.languageLinks
          .map((l) =>
            l.lang === v.lang
              ? ''
              : `<a href="${esc(l.href)}" lang="${l.lang}" hreflang="${l.lang}">${esc(LANGUAGE_NAMES[l.lang])}</a>`,
          )
          .join('')}</nav>`
      : '';
  const body = `<h1>${esc(v.def.name)}</h1>${errorSummary(c, v.questions)}${intro}${progress}<form method="post" action="${esc(v.action)}" novalidate>${hidden}${v.questions.map((q) => renderQuestion(c, q)).join('')}${honeypot}${nav}</form>${langs}`;
  const title = Object.keys(v.errors).length ? `${s.errorSummary} – ${v.def.name}` : v.def.name;
  return page({ lang: v.lang, title, body, embed: v.embed });
}

/** The thank-you screen; in embed mode it tells the host page (the widget) it is done. */
export function renderThankYou(v: { def?: SurveyDefinition; lang: Language; embed: boolean }): string {
  const s = STRINGS[v.lang];
  const custom = v.def ? localized(v.def.thankYou, v.lang, v.def.defaultLanguage) : '';
  const body = `<h1>${esc(s.thankYouTitle)}</h1>${custom ? paragraphs(custom) : `<p>${esc(s.thankYouText)}</p>`}`;
  return page({
    lang: v.lang,
    title: v.def ? `${s.thankYouTitle} – ${v.def.name}` : s.thankYouTitle,
    body,
    embed: v.embed,
    tail: v.embed ? '<script src="/s/embed-done.js"></script>' : '',
  });
}

export type PoliteKind = 'closed' | 'not_found' | 'invalid_link' | 'rate_limited' | 'error';

/** A short page instead of an error: closed or unknown survey, bad link, too many posts. */
export function renderPolite(kind: PoliteKind, lang: Language, embed = false): string {
  const s = STRINGS[lang];
  const texts: Record<PoliteKind, [string, string]> = {
    closed: [s.closedTitle, s.closedText],
    not_found: [s.notFoundTitle, s.notFoundText],
    invalid_link: [s.invalidLinkTitle, s.invalidLinkText],
    rate_limited: [s.rateLimitedTitle, s.rateLimitedText],
    error: [s.errorTitle, s.errorText],
  };
  const [title, text] = texts[kind];
  return page({ lang, title, body: `<h1>${esc(title)}</h1><p>${esc(text)}</p>`, embed });
}
