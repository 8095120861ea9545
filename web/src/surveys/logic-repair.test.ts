import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/domain/surveys/survey.schema.js';
import { repairLogic } from './logic-repair.js';

const nps: Question = { id: 'q_nps', type: 'nps', required: true, text: { fi: 'NPS' } };
const single: Question = {
  id: 'q_one',
  type: 'single',
  required: false,
  text: { fi: 'Valitse' },
  options: [
    { id: 'o_a', label: { fi: 'A' } },
    { id: 'o_b', label: { fi: 'B' } },
  ],
};
const text = (id: string, showIf?: Question['showIf']): Question => ({
  id,
  type: 'text',
  required: false,
  text: { fi: 'Miksi?' },
  maxLength: 1000,
  ...(showIf ? { showIf } : {}),
});

describe('repairLogic', () => {
  it('keeps valid conditions as they are', () => {
    const qs = [nps, single, text('q_t', { questionId: 'q_nps', op: 'lte', value: 6 })];
    const out = repairLogic(qs);
    expect(out.dropped).toBe(0);
    expect(out.questions[2]?.showIf).toEqual({ questionId: 'q_nps', op: 'lte', value: 6 });
  });

  it('drops a condition whose source moved after it', () => {
    const out = repairLogic([text('q_t', { questionId: 'q_nps', op: 'lte', value: 6 }), nps]);
    expect(out.dropped).toBe(1);
    expect(out.questions[0]).toEqual(text('q_t'));
  });

  it('drops a condition on a removed option or a wrong operator, and clamps scale values', () => {
    const out = repairLogic([
      nps,
      single,
      text('q_gone', { questionId: 'q_one', op: 'eq', value: 'o_zzz' }),
      text('q_op', { questionId: 'q_one', op: 'includes', value: 'o_a' }),
      text('q_clamp', { questionId: 'q_nps', op: 'gte', value: 14 }),
    ]);
    expect(out.dropped).toBe(2);
    expect(out.questions.map((q) => q.showIf ?? null)).toEqual([
      null,
      null,
      null,
      null,
      { questionId: 'q_nps', op: 'gte', value: 10 },
    ]);
  });
});
