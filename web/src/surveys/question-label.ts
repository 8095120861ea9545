import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { Question } from '../../../src/domain/surveys/survey.schema.js';
import type { Translate } from '../i18n/i18n-context.js';

/** "2. How likely…" — the question's number and its text in `lang` (or its type when empty). */
export function questionLabel(q: Question, index: number, lang: Language, t: Translate): string {
  const text =
    q.text[lang]?.trim() || Object.values(q.text).find((v) => v?.trim()) || t(`surveyType_${q.type}`);
  const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return `${index + 1}. ${short}`;
}
