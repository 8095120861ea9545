import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { Translate } from '../i18n/i18n-context.js';
import type { MissingText } from './missing-texts.js';

const LANGS = new Set<string>(['fi', 'sv', 'en']);

/** "Question 2 · Swedish: …" for an API issue path such as `questions.1.text.sv`. */
export function issueText(path: string, message: string, t: Translate): string {
  const parts = path.split('.');
  const where: string[] = [];
  if (parts[0] === 'questions' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    where.push(t('surveyQuestionN', { n: Number(parts[1]) + 1 }));
  } else if (parts[0] === 'intro') where.push(t('surveyIntro'));
  else if (parts[0] === 'thankYou') where.push(t('surveyThankYou'));
  const last = parts[parts.length - 1];
  if (last && LANGS.has(last)) where.push(t(`surveyLang_${last as Language}`));
  return where.length ? `${where.join(' · ')}: ${message}` : message;
}

/** "Question 2 · Swedish: question text" for a text still to write. */
export function missingText(m: MissingText, t: Translate): string {
  const where = m.question === null ? [] : [t('surveyQuestionN', { n: m.question + 1 })];
  where.push(t(`surveyLang_${m.language}`));
  return `${where.join(' · ')}: ${t(`surveyMissing_${m.what}`)}`;
}
