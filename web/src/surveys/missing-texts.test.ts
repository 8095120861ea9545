import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/domain/surveys/survey.schema.js';
import { checkPublishable } from '../../../src/domain/surveys/survey-rules.js';
import { missingTexts, questionMissing } from './missing-texts.js';

const choice: Question = {
  id: 'q_c',
  type: 'single',
  required: false,
  text: { fi: 'Miten tilasit?', sv: 'Hur beställde du?' },
  options: [
    { id: 'o_a', label: { fi: 'Verkosta', sv: 'På nätet' } },
    { id: 'o_b', label: { fi: 'Myymälästä' } },
  ],
  help: { fi: 'Valitse yksi' },
};

describe('missingTexts', () => {
  it('lists what publishing would ask for, per language', () => {
    const out = missingTexts({
      languages: ['fi', 'sv'],
      questions: [choice],
      intro: {},
      thankYou: { fi: 'Kiitos!' },
    });
    expect(out).toEqual([
      { language: 'sv', question: 0, what: 'help' },
      { language: 'sv', question: 0, what: 'option' },
      { language: 'sv', question: null, what: 'thankYou' },
    ]);
  });

  it('leaves unwritten optional texts alone and flags empty question texts', () => {
    const nps: Question = { id: 'q_n', type: 'nps', required: true, text: { fi: '  ' } };
    expect(missingTexts({ languages: ['fi'], questions: [nps], intro: {}, thankYou: {} })).toEqual([
      { language: 'fi', question: 0, what: 'text' },
    ]);
    expect(questionMissing(choice, 'fi')).toBe(false);
    expect(questionMissing(choice, 'sv')).toBe(true);
    expect(questionMissing(choice, 'en')).toBe(true);
  });
});

describe('missingTexts agrees with the publish rule', () => {
  const base = {
    name: 'Kysely',
    level: 'relationship' as const,
    journeyId: null,
    touchpointId: null,
    audience: 'customer' as const,
    layout: 'one-per-page' as const,
    defaultLanguage: 'fi' as const,
  };
  const cases = [
    { languages: ['fi' as const], questions: [choice], intro: {}, thankYou: {} },
    { languages: ['fi' as const, 'sv' as const], questions: [choice], intro: {}, thankYou: {} },
    { languages: ['fi' as const], questions: [choice], intro: { sv: 'Hej' }, thankYou: {} },
    { languages: ['fi' as const, 'sv' as const], questions: [choice], intro: { fi: 'Hei' }, thankYou: {} },
  ];
  it('finds nothing exactly when the survey can be published', () => {
    for (const c of cases) {
      expect(missingTexts(c).length === 0).toBe(checkPublishable({ ...base, ...c }).ok);
    }
    expect(cases.map((c) => checkPublishable({ ...base, ...c }).ok)).toEqual([true, false, false, false]);
  });
});
