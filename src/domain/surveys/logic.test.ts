import { describe, expect, it } from 'vitest';
import { answersFromForm } from './form-answers.js';
import { nextQuestionIndex, previousQuestionIndex, validateAnswers, visibleQuestions } from './logic.js';
import { Question, type QuestionInput } from './survey.schema.js';

const q = (input: QuestionInput) => Question.parse(input);
const survey = {
  questions: [
    q({ id: 'q_nps', type: 'nps', required: true, text: { en: 'Recommend?' } }),
    q({
      id: 'q_why',
      type: 'text',
      text: { en: 'What went wrong?' },
      maxLength: 10,
      showIf: { questionId: 'q_nps', op: 'lte', value: 6 },
    }),
    q({
      id: 'q_topics',
      type: 'multiple',
      max: 2,
      text: { en: 'Topics' },
      options: [
        { id: 'o_price', label: { en: 'Price' } },
        { id: 'o_speed', label: { en: 'Speed' } },
        { id: 'o_staff', label: { en: 'Staff' } },
      ],
    }),
    q({
      id: 'q_staff',
      type: 'rating',
      required: true,
      min: 0,
      max: 10,
      text: { en: 'Staff' },
      showIf: { questionId: 'q_topics', op: 'includes', value: 'o_staff' },
    }),
    q({
      id: 'q_plan',
      type: 'single',
      text: { en: 'Plan' },
      options: [
        { id: 'o_a', label: { en: 'A' } },
        { id: 'o_b', label: { en: 'B' } },
      ],
    }),
    q({
      id: 'q_exp',
      type: 'experience',
      text: { en: 'How was it?' },
      dimensions: ['cognitive', 'emotional'],
      showIf: { questionId: 'q_plan', op: 'neq', value: 'o_a' },
    }),
    q({
      id: 'q_pair',
      type: 'expectation',
      required: true,
      text: { en: 'Delivery' },
      aspect: { en: 'speed' },
    }),
  ],
};
const ids = (answers: Record<string, unknown>) => visibleQuestions(survey, answers as never).map((x) => x.id);

describe('visibleQuestions', () => {
  it('shows B only when A ≤ 6', () => {
    expect(ids({ q_nps: 6 })).toEqual(['q_nps', 'q_why', 'q_topics', 'q_plan', 'q_pair']);
    expect(ids({ q_nps: 7 })).toEqual(['q_nps', 'q_topics', 'q_plan', 'q_pair']);
  });
  it('hides questions whose source is unanswered, and follows includes and neq', () => {
    expect(ids({})).toEqual(['q_nps', 'q_topics', 'q_plan', 'q_pair']);
    expect(ids({ q_topics: ['o_staff'], q_plan: 'o_b' })).toEqual([
      'q_nps',
      'q_topics',
      'q_staff',
      'q_plan',
      'q_exp',
      'q_pair',
    ]);
    expect(ids({ q_topics: ['o_price'], q_plan: 'o_a' })).toEqual(['q_nps', 'q_topics', 'q_plan', 'q_pair']);
  });
});

describe('validateAnswers', () => {
  it('reports required, range, option, length and choice-count problems by question', () => {
    const r = validateAnswers(survey, {
      q_nps: 11,
      q_topics: ['o_price', 'o_speed', 'o_staff'],
      q_plan: 'o_zzz',
      q_pair: { expected: 3 },
    });
    expect(r.errors).toEqual({
      q_nps: { code: 'range', min: 0, max: 10 },
      q_topics: { code: 'too_many', max: 2 },
      q_staff: { code: 'required' },
      q_plan: { code: 'option' },
      q_pair: { code: 'required' },
    });
    expect(r.answers).toEqual({});
  });

  it('accepts good answers, trims text, orders choices and drops hidden questions', () => {
    const r = validateAnswers(survey, {
      q_nps: 3,
      q_why: '  slow  ',
      q_topics: ['o_staff', 'o_price'],
      q_staff: 0,
      q_plan: 'o_a',
      q_exp: { cognitive: 4 },
      q_pair: { expected: 4, experienced: 2 },
      q_unknown: 5,
    });
    expect(r.errors).toEqual({});
    expect(r.answers).toEqual({
      q_nps: 3,
      q_why: 'slow',
      q_topics: ['o_price', 'o_staff'],
      q_staff: 0,
      q_plan: 'o_a',
      q_pair: { expected: 4, experienced: 2 },
    });
  });

  it('limits text length in characters and checks only the given questions', () => {
    expect(validateAnswers(survey, { q_nps: 1, q_why: 'ääääääääääö' }).errors).toEqual({
      q_why: { code: 'too_long', max: 10 },
      q_pair: { code: 'required' },
    });
    expect(validateAnswers(survey, {}, ['q_nps']).errors).toEqual({ q_nps: { code: 'required' } });
    expect(validateAnswers(survey, { q_nps: 4.5 }, ['q_nps']).errors).toEqual({
      q_nps: { code: 'range', min: 0, max: 10 },
    });
  });

  it('rejects unknown battery parts and out-of-range parts', () => {
    const r = validateAnswers(survey, {
      q_nps: 9,
      q_plan: 'o_b',
      q_exp: { cognitive: 6 },
      q_pair: { expected: 1, experienced: 5, extra: 3 },
    });
    expect(r.errors).toEqual({ q_exp: { code: 'range', min: 1, max: 5 }, q_pair: { code: 'option' } });
  });
});

describe('navigation between screens', () => {
  it('skips hidden questions forwards and backwards', () => {
    expect(nextQuestionIndex(survey, {}, -1)).toBe(0);
    expect(nextQuestionIndex(survey, { q_nps: 9 }, 0)).toBe(2);
    expect(nextQuestionIndex(survey, { q_nps: 2 }, 0)).toBe(1);
    expect(nextQuestionIndex(survey, { q_nps: 2 }, 6)).toBeNull();
    expect(previousQuestionIndex(survey, { q_nps: 9 }, 2)).toBe(0);
    expect(previousQuestionIndex(survey, { q_nps: 9, q_plan: 'o_b' }, 6)).toBe(5);
    expect(previousQuestionIndex(survey, {}, 0)).toBeNull();
  });
});

describe('answersFromForm', () => {
  it('reads scales as numbers, choices, text and battery parts', () => {
    const form = {
      q_nps: '7',
      q_why: 'Slow\r\ndelivery',
      q_topics: ['o_price', 'o_staff'],
      q_plan: 'o_b',
      'q_exp.cognitive': '4',
      'q_exp.emotional': '',
      'q_pair.expected': '5',
      'q_pair.experienced': 'x',
      q_staff: '',
    };
    expect(answersFromForm(survey.questions, form)).toEqual({
      q_nps: 7,
      q_why: 'Slow\ndelivery',
      q_topics: ['o_price', 'o_staff'],
      q_plan: 'o_b',
      q_exp: { cognitive: 4 },
      q_pair: 'invalid',
    });
  });
});
