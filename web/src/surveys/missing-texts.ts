import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { LocalizedText, Question, Survey } from '../../../src/domain/surveys/survey.schema.js';

export interface MissingText {
  language: Language;
  /** Index of the question in the survey, or null for the intro and thank-you texts. */
  question: number | null;
  what: 'text' | 'help' | 'label' | 'option' | 'aspect' | 'statement' | 'intro' | 'thankYou';
}

const blank = (text: LocalizedText | undefined, l: Language) => !text?.[l]?.trim();
/** Optional texts need every language only once one language is written (as publishing checks). */
const started = (text: LocalizedText | undefined) => Object.values(text ?? {}).some((v) => v?.trim());

function textsOf(
  q: Question,
): { what: MissingText['what']; text: LocalizedText | undefined; always: boolean }[] {
  const out: { what: MissingText['what']; text: LocalizedText | undefined; always: boolean }[] = [
    { what: 'text', text: q.text, always: true },
    { what: 'help', text: q.help, always: false },
  ];
  if ('lowLabel' in q) out.push({ what: 'label', text: q.lowLabel, always: false });
  if ('highLabel' in q) out.push({ what: 'label', text: q.highLabel, always: false });
  if (q.type === 'single' || q.type === 'multiple')
    for (const o of q.options) out.push({ what: 'option', text: o.label, always: true });
  if (q.type === 'expectation') out.push({ what: 'aspect', text: q.aspect, always: true });
  if (q.type === 'experience')
    for (const d of q.dimensions) out.push({ what: 'statement', text: q.statements?.[d], always: false });
  return out;
}

function missingIn(q: Question, index: number, l: Language): MissingText[] {
  const seen = new Set<string>();
  const out: MissingText[] = [];
  for (const { what, text, always } of textsOf(q)) {
    if ((always || started(text)) && blank(text, l) && !seen.has(what)) {
      seen.add(what);
      out.push({ language: l, question: index, what });
    }
  }
  return out;
}

/** Texts that must be written before publishing, per survey language. */
export function missingTexts(
  survey: Pick<Survey, 'languages' | 'questions' | 'intro' | 'thankYou'>,
): MissingText[] {
  const out: MissingText[] = [];
  for (const l of survey.languages) {
    survey.questions.forEach((q, i) => {
      out.push(...missingIn(q, i, l));
    });
    for (const what of ['intro', 'thankYou'] as const)
      if (started(survey[what]) && blank(survey[what], l)) out.push({ language: l, question: null, what });
  }
  return out;
}

/** Whether a question has any text still to write in `language`. */
export function questionMissing(q: Question, language: Language): boolean {
  return missingIn(q, 0, language).length > 0;
}
