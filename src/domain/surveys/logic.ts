import type { Answers, AnswerValue, Question, ShowIf, SurveyDefinition } from './survey.schema.js';
import { scaleRange } from './survey-rules.js';

/**
 * Display logic and answer validation, shared by the respondent pages (between screens and
 * on submit) and the builder's preview. Pure: a definition and answers in, a verdict out.
 */

type WithQuestions = Pick<SurveyDefinition, 'questions'>;

function holds(cond: ShowIf, answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  switch (cond.op) {
    case 'lte':
      return typeof answer === 'number' && typeof cond.value === 'number' && answer <= cond.value;
    case 'gte':
      return typeof answer === 'number' && typeof cond.value === 'number' && answer >= cond.value;
    case 'eq':
      return answer === cond.value;
    case 'neq':
      return answer !== cond.value;
    case 'includes':
      return Array.isArray(answer) && typeof cond.value === 'string' && answer.includes(cond.value);
  }
}

/**
 * The questions shown for these answers, in order. A question with display logic is shown
 * when its source question is shown, answered, and the condition holds.
 */
export function visibleQuestions(survey: WithQuestions, answers: Answers): Question[] {
  const shown = new Set<string>();
  const out: Question[] = [];
  for (const q of survey.questions) {
    const cond = q.showIf;
    if (cond && !(shown.has(cond.questionId) && holds(cond, answers[cond.questionId]))) continue;
    shown.add(q.id);
    out.push(q);
  }
  return out;
}

/** Why an answer was not accepted; the page words it in the respondent's language. */
export type AnswerError =
  | { code: 'required' }
  | { code: 'range'; min: number; max: number }
  | { code: 'option' }
  | { code: 'too_many'; max: number }
  | { code: 'too_long'; max: number };

export interface AnswerCheck {
  /** Question id → the first problem with its answer. */
  errors: Record<string, AnswerError>;
  /** The accepted answers of the checked, visible questions (empty answers left out). */
  answers: Answers;
}

const isInt = (v: AnswerValue | undefined): v is number => typeof v === 'number' && Number.isInteger(v);
const isEmpty = (v: AnswerValue | undefined) =>
  v === undefined ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

function inRange(v: AnswerValue, min: number, max: number): AnswerError | undefined {
  return isInt(v) && v >= min && v <= max ? undefined : { code: 'range', min, max };
}

/** The parts of a battery answer (experience dimensions, expectation pair) and their range. */
function parts(q: Question): string[] {
  if (q.type === 'experience') return q.dimensions;
  if (q.type === 'expectation') return ['expected', 'experienced'];
  return [];
}

function checkOne(q: Question, v: AnswerValue): { error?: AnswerError; value?: AnswerValue } {
  switch (q.type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'rating': {
      const [min, max] = scaleRange(q);
      const error = inRange(v, min, max);
      return error ? { error } : { value: v };
    }
    case 'single':
      return typeof v === 'string' && q.options.some((o) => o.id === v)
        ? { value: v }
        : { error: { code: 'option' } };
    case 'multiple': {
      const chosen = typeof v === 'string' ? [v] : v;
      if (!Array.isArray(chosen) || !chosen.every((c) => q.options.some((o) => o.id === c)))
        return { error: { code: 'option' } };
      const unique = q.options.map((o) => o.id).filter((id) => chosen.includes(id));
      if (q.max !== undefined && unique.length > q.max) return { error: { code: 'too_many', max: q.max } };
      return { value: unique };
    }
    case 'text': {
      if (typeof v !== 'string') return { error: { code: 'too_long', max: q.maxLength } };
      const text = v.trim();
      return [...text].length > q.maxLength
        ? { error: { code: 'too_long', max: q.maxLength } }
        : { value: text };
    }
    case 'experience':
    case 'expectation': {
      if (typeof v !== 'object' || Array.isArray(v)) return { error: { code: 'range', min: 1, max: 5 } };
      const out: Record<string, number> = {};
      for (const part of parts(q)) {
        const p = v[part];
        if (p === undefined) continue;
        if (!isInt(p) || p < 1 || p > 5) return { error: { code: 'range', min: 1, max: 5 } };
        out[part] = p;
      }
      if (Object.keys(v).some((k) => !parts(q).includes(k))) return { error: { code: 'option' } };
      // A required battery needs every part; an optional one may be left wholly or partly empty.
      if (q.required && Object.keys(out).length < parts(q).length) return { error: { code: 'required' } };
      return Object.keys(out).length ? { value: out } : {};
    }
  }
}

/**
 * Checks the answers of the visible questions (or of `only` those among them): required
 * questions answered, scale values in range, options known, texts within length, at most
 * `max` choices. Answers to hidden or unknown questions are dropped.
 */
export function validateAnswers(
  survey: WithQuestions,
  answers: Answers,
  only?: readonly string[],
): AnswerCheck {
  const errors: Record<string, AnswerError> = {};
  const accepted: Answers = {};
  for (const q of visibleQuestions(survey, answers)) {
    if (only && !only.includes(q.id)) continue;
    const v = answers[q.id];
    if (isEmpty(v)) {
      if (q.required) errors[q.id] = { code: 'required' };
      continue;
    }
    const { error, value } = checkOne(q, v as AnswerValue);
    if (error) errors[q.id] = error;
    else if (value !== undefined && !isEmpty(value)) accepted[q.id] = value;
  }
  return { errors, answers: accepted };
}

/**
 * One-per-page navigation: the index (into `questions`) of the next visible question after
 * `from` (−1 for the first), or null when none is left.
 */
export function nextQuestionIndex(survey: WithQuestions, answers: Answers, from: number): number | null {
  const visible = new Set(visibleQuestions(survey, answers).map((q) => q.id));
  for (let i = from + 1; i < survey.questions.length; i++)
    if (visible.has(survey.questions[i]?.id ?? '')) return i;
  return null;
}

/** The index of the previous visible question before `from`, or null on the first. */
export function previousQuestionIndex(survey: WithQuestions, answers: Answers, from: number): number | null {
  const visible = new Set(visibleQuestions(survey, answers).map((q) => q.id));
  for (let i = Math.min(from, survey.questions.length) - 1; i >= 0; i--)
    if (visible.has(survey.questions[i]?.id ?? '')) return i;
  return null;
}
