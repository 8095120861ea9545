import type { Question, ShowIf } from '../../../src/domain/surveys/survey.schema.js';
import { scaleOf } from './survey-vocab.js';

/** The condition still valid against `source`, clamped into its scale; null when it no longer fits. */
function repaired(cond: ShowIf, source: Question): ShowIf | null {
  const scale = scaleOf(source);
  if (scale) {
    if (cond.op === 'includes' || typeof cond.value !== 'number') return null;
    return { ...cond, value: Math.max(scale.min, Math.min(scale.max, cond.value)) };
  }
  if (source.type === 'single' || source.type === 'multiple') {
    const okOp = source.type === 'single' ? cond.op === 'eq' || cond.op === 'neq' : cond.op === 'includes';
    if (!okOp || !source.options.some((o) => o.id === cond.value)) return null;
    return cond;
  }
  return null;
}

/**
 * Keeps display logic valid after an edit (the server refuses a draft whose conditions point
 * at a later or missing question or option): conditions that no longer fit are dropped and
 * scale values are clamped. Returns the questions and how many conditions were dropped.
 */
export function repairLogic(questions: Question[]): { questions: Question[]; dropped: number } {
  const earlier = new Map<string, Question>();
  let dropped = 0;
  const out = questions.map((q) => {
    let next = q;
    if (q.showIf) {
      const source = earlier.get(q.showIf.questionId);
      const cond = source ? repaired(q.showIf, source) : null;
      if (!cond) {
        const { showIf: _gone, ...rest } = q;
        next = rest as Question;
        dropped++;
      } else if (cond !== q.showIf) next = { ...q, showIf: cond } as Question;
    }
    earlier.set(q.id, next);
    return next;
  });
  return { questions: out, dropped };
}
