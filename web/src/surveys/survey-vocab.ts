import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type {
  ExperienceDimension,
  LocalizedText,
  Question,
  QuestionType,
  SurveyAudience,
  SurveyLayout,
  SurveyLevel,
} from '../../../src/domain/surveys/survey.schema.js';

// The survey model's lists, repeated here as plain values: survey.schema.ts builds zod
// schemas at import time, and the web bundle carries no schema library.
export const SURVEY_LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];
export const SURVEY_LEVELS: readonly SurveyLevel[] = ['touchpoint', 'journey', 'relationship'];
export const SURVEY_AUDIENCES: readonly SurveyAudience[] = ['customer', 'employee'];
export const SURVEY_LAYOUTS: readonly SurveyLayout[] = ['one-per-page', 'single-page'];
export const QUESTION_TYPE_LIST: readonly QuestionType[] = [
  'nps',
  'csat',
  'ces',
  'rating',
  'single',
  'multiple',
  'text',
  'experience',
  'expectation',
];
export const DIMENSIONS: readonly ExperienceDimension[] = ['cognitive', 'emotional', 'social', 'sensory'];

/** Scale bounds of the scale questions (what display logic compares against). */
export function scaleOf(q: Question): { min: number; max: number } | null {
  switch (q.type) {
    case 'nps':
      return { min: 0, max: 10 };
    case 'csat':
      return { min: 1, max: 5 };
    case 'ces':
      return { min: 1, max: 7 };
    case 'rating':
      return { min: q.min, max: q.max };
    default:
      return null;
  }
}

function randomPart(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 10);
}
export const newQuestionId = (): string => `q_${randomPart()}`;
export const newOptionId = (): string => `o_${randomPart()}`;

/** A text with the same string in each of `languages` (used for new options' empty labels). */
export function emptyText(languages: readonly Language[]): LocalizedText {
  return Object.fromEntries(languages.map((l) => [l, ''])) as LocalizedText;
}

/** A new question of `type` with empty texts, ready to be written. */
export function blankQuestion(type: QuestionType): Question {
  const base = { id: newQuestionId(), required: false, text: {} };
  switch (type) {
    case 'nps':
    case 'csat':
    case 'ces':
      return { ...base, type };
    case 'rating':
      return { ...base, type, min: 1, max: 5 };
    case 'single':
      return {
        ...base,
        type,
        options: [
          { id: newOptionId(), label: {} },
          { id: newOptionId(), label: {} },
        ],
      };
    case 'multiple':
      return {
        ...base,
        type,
        options: [
          { id: newOptionId(), label: {} },
          { id: newOptionId(), label: {} },
        ],
      };
    case 'text':
      return { ...base, type, maxLength: 1000 };
    case 'experience':
      return { ...base, type, dimensions: [...DIMENSIONS] };
    case 'expectation':
      return { ...base, type, aspect: {} };
  }
}
