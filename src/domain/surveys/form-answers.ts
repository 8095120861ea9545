import type { Answers, AnswerValue, Question } from './survey.schema.js';

/** A posted form: each field's value, or values when repeated (checkboxes). */
export type FormFields = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const all = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** A whole number as a number; anything else is kept as text, so validation can name it. */
function scale(v: string | undefined): AnswerValue | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  return /^-?\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : v;
}

/** Form field names of a question's answer parts: `q_x`, or `q_x.<dimension>` / `q_x.expected`. */
export function fieldName(q: Question, part?: string): string {
  return part === undefined ? q.id : `${q.id}.${part}`;
}

/**
 * The answers the form holds for `questions` (the questions of the posted page). Fields
 * left empty give no answer; the result goes through `validateAnswers`.
 */
export function answersFromForm(questions: readonly Question[], form: FormFields): Answers {
  const out: Answers = {};
  for (const q of questions) {
    switch (q.type) {
      case 'nps':
      case 'csat':
      case 'ces':
      case 'rating': {
        const v = scale(one(form[q.id]));
        if (v !== undefined) out[q.id] = v;
        break;
      }
      case 'single': {
        const v = one(form[q.id]);
        if (v) out[q.id] = v;
        break;
      }
      case 'multiple': {
        const v = all(form[q.id]).filter((x) => x !== '');
        if (v.length) out[q.id] = v;
        break;
      }
      case 'text': {
        const v = one(form[q.id]);
        if (v !== undefined && v.trim() !== '') out[q.id] = v.replace(/\r\n/g, '\n');
        break;
      }
      case 'experience':
      case 'expectation': {
        const keys = q.type === 'experience' ? q.dimensions : ['expected', 'experienced'];
        const v: Record<string, number> = {};
        let bad = false;
        for (const k of keys) {
          const x = scale(one(form[fieldName(q, k)]));
          if (typeof x === 'number') v[k] = x;
          else if (x !== undefined) bad = true;
        }
        if (bad) out[q.id] = 'invalid';
        else if (Object.keys(v).length) out[q.id] = v;
        break;
      }
    }
  }
  return out;
}
