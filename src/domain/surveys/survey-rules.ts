import type { Language } from '../journey/vocabulary.js';
import { fail, ok, type Result } from '../result.js';
import type { LocalizedText, Question, ShowIf, SurveyDefinition } from './survey.schema.js';

/**
 * Rules a survey definition must keep beyond its schema: checked on every save (structure)
 * and before publishing (every text in every survey language).
 */

const LANGUAGE_NAMES: Record<Language, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

/** Which comparisons make sense for a display-logic source of this question type. */
function showIfProblem(source: Question, cond: ShowIf): string | undefined {
  switch (source.type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'rating': {
      if (cond.op === 'includes')
        return `"includes" needs a multiple-choice question, ${source.id} is ${source.type}`;
      if (typeof cond.value !== 'number') return 'must compare a scale answer with a number';
      const [min, max] = scaleRange(source);
      if (cond.value < min || cond.value > max) return `value must be within ${min}–${max}`;
      return undefined;
    }
    case 'single':
      if (cond.op !== 'eq' && cond.op !== 'neq') return 'a single-choice answer is compared with eq or neq';
      if (!source.options.some((o) => o.id === cond.value))
        return `${source.id} has no option "${cond.value}"`;
      return undefined;
    case 'multiple':
      if (cond.op !== 'includes') return 'a multiple-choice answer is tested with includes';
      if (!source.options.some((o) => o.id === cond.value))
        return `${source.id} has no option "${cond.value}"`;
      return undefined;
    default:
      return `display logic cannot depend on a ${source.type} question`;
  }
}

/** The inclusive range of a scale question. */
export function scaleRange(q: Question): [number, number] {
  switch (q.type) {
    case 'nps':
      return [0, 10];
    case 'csat':
      return [1, 5];
    case 'ces':
      return [1, 7];
    case 'rating':
      return [q.min, q.max];
    default:
      return [1, 5];
  }
}

/** Structure: binding by level, default language among the languages, unique ids, display logic. */
export function checkDefinition(def: SurveyDefinition): Result<SurveyDefinition> {
  if (def.level === 'touchpoint' && def.touchpointId === null)
    return fail('bad_request', 'is required for a touchpoint-level survey', { field: 'touchpointId' });
  if (def.level === 'journey' && def.journeyId === null)
    return fail('bad_request', 'is required for a journey-level survey', { field: 'journeyId' });
  if (def.level !== 'touchpoint' && def.touchpointId !== null)
    return fail('bad_request', `a ${def.level}-level survey is not bound to a touchpoint`, {
      field: 'touchpointId',
    });
  if (def.level === 'relationship' && def.journeyId !== null)
    return fail('bad_request', 'a relationship-level survey is not bound to a journey', {
      field: 'journeyId',
    });
  if (!def.languages.includes(def.defaultLanguage))
    return fail('bad_request', 'must be one of the survey languages', { field: 'defaultLanguage' });
  const seen = new Map<string, Question>();
  for (const [i, q] of def.questions.entries()) {
    if (seen.has(q.id))
      return fail('bad_request', `question id ${q.id} is used twice`, { field: `questions.${i}.id` });
    if (q.showIf) {
      const field = `questions.${i}.showIf.questionId`;
      const source = seen.get(q.showIf.questionId);
      if (!source) {
        const later = def.questions.some((o) => o.id === q.showIf?.questionId);
        return fail(
          'bad_request',
          later
            ? `must refer to an earlier question (${q.showIf.questionId} comes after ${q.id})`
            : `no question ${q.showIf.questionId} in this survey`,
          { field },
        );
      }
      const problem = showIfProblem(source, q.showIf);
      if (problem) return fail('bad_request', problem, { field: `questions.${i}.showIf` });
    }
    seen.set(q.id, q);
  }
  return ok(def);
}

/** Every localized text of a question with its field path (relative to the question). */
function questionTexts(q: Question): { path: string; text: LocalizedText; always: boolean }[] {
  const out: { path: string; text: LocalizedText; always: boolean }[] = [
    { path: 'text', text: q.text, always: true },
  ];
  if (q.help) out.push({ path: 'help', text: q.help, always: false });
  if ('lowLabel' in q && q.lowLabel) out.push({ path: 'lowLabel', text: q.lowLabel, always: false });
  if ('highLabel' in q && q.highLabel) out.push({ path: 'highLabel', text: q.highLabel, always: false });
  if (q.type === 'single' || q.type === 'multiple')
    for (const [j, o] of q.options.entries())
      out.push({ path: `options.${j}.label`, text: o.label, always: true });
  if (q.type === 'expectation') out.push({ path: 'aspect', text: q.aspect, always: true });
  if (q.type === 'experience' && q.statements)
    for (const [d, text] of Object.entries(q.statements))
      if (text) out.push({ path: `statements.${d}`, text, always: false });
  return out;
}

const present = (t: LocalizedText, l: Language) => (t[l] ?? '').trim().length > 0;
/** Optional texts only need every language once one language is written. */
const started = (t: LocalizedText) => Object.values(t).some((v) => (v ?? '').trim().length > 0);

/**
 * Ready to publish: at least one question, and every text (question texts, option labels,
 * aspects, and any optional text that is written at all) in every survey language.
 */
export function checkPublishable(def: SurveyDefinition): Result<SurveyDefinition> {
  const structure = checkDefinition(def);
  if (!structure.ok) return structure;
  if (def.questions.length === 0)
    return fail('bad_request', 'a survey needs at least one question before it is published', {
      field: 'questions',
    });
  for (const [i, q] of def.questions.entries()) {
    for (const { path, text, always } of questionTexts(q)) {
      if (!always && !started(text)) continue;
      for (const l of def.languages) {
        if (!present(text, l)) {
          const what = path === 'text' ? 'text' : path.replace(/\.\d+\./, ' ').replace('.', ' ');
          return fail('bad_request', `question ${q.id} has no ${LANGUAGE_NAMES[l]} (${l}) ${what}`, {
            field: `questions.${i}.${path}.${l}`,
          });
        }
      }
    }
  }
  for (const key of ['intro', 'thankYou'] as const) {
    if (!started(def[key])) continue;
    for (const l of def.languages)
      if (!present(def[key], l))
        return fail('bad_request', `the ${key} text has no ${LANGUAGE_NAMES[l]} (${l}) version`, {
          field: `${key}.${l}`,
        });
  }
  return ok(def);
}
