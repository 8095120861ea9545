import { describe, expect, it } from 'vitest';
import { SurveyDefinition, type SurveyDefinitionInput } from './survey.schema.js';
import { checkDefinition, checkPublishable } from './survey-rules.js';

const base: SurveyDefinitionInput = {
  name: 'Delivery',
  level: 'touchpoint',
  journeyId: 'jr_1',
  touchpointId: 'tp_1',
  audience: 'customer',
  layout: 'one-per-page',
  languages: ['fi', 'sv'],
  defaultLanguage: 'fi',
  questions: [
    {
      id: 'q_nps',
      type: 'nps',
      required: true,
      text: { fi: 'Suosittelisitko?', sv: 'Skulle du rekommendera?' },
    },
    {
      id: 'q_why',
      type: 'text',
      text: { fi: 'Miksi?', sv: 'Varför?' },
      showIf: { questionId: 'q_nps', op: 'lte', value: 6 },
    },
  ],
  intro: {},
  thankYou: {},
};
const def = (patch: Partial<SurveyDefinitionInput>) => SurveyDefinition.parse({ ...base, ...patch });
const error = (r: { ok: boolean; error?: unknown }) => (r.ok ? null : r.error);

describe('checkDefinition', () => {
  it('accepts a consistent definition', () => {
    expect(checkDefinition(def({})).ok).toBe(true);
  });

  it('binds each level to the right thing', () => {
    expect(error(checkDefinition(def({ touchpointId: null })))).toEqual({
      code: 'bad_request',
      message: 'is required for a touchpoint-level survey',
      field: 'touchpointId',
    });
    expect(
      error(checkDefinition(def({ level: 'journey', touchpointId: null, journeyId: null }))),
    ).toMatchObject({
      field: 'journeyId',
    });
    expect(error(checkDefinition(def({ level: 'relationship', touchpointId: null })))).toEqual({
      code: 'bad_request',
      message: 'a relationship-level survey is not bound to a journey',
      field: 'journeyId',
    });
    expect(error(checkDefinition(def({ defaultLanguage: 'en' })))).toMatchObject({
      field: 'defaultLanguage',
    });
  });

  it('needs display logic to refer to an earlier question with a fitting comparison', () => {
    const [nps, why] = base.questions as [object, object];
    expect(error(checkDefinition(def({ questions: [why, nps] as never })))).toEqual({
      code: 'bad_request',
      message: 'must refer to an earlier question (q_nps comes after q_why)',
      field: 'questions.0.showIf.questionId',
    });
    const wrongOp = { ...why, showIf: { questionId: 'q_nps', op: 'includes', value: 'o_x' } };
    expect(error(checkDefinition(def({ questions: [nps, wrongOp] as never })))).toEqual({
      code: 'bad_request',
      message: '"includes" needs a multiple-choice question, q_nps is nps',
      field: 'questions.1.showIf',
    });
    const outOfRange = { ...why, showIf: { questionId: 'q_nps', op: 'lte', value: 11 } };
    expect(error(checkDefinition(def({ questions: [nps, outOfRange] as never })))).toMatchObject({
      message: 'value must be within 0–10',
    });
    expect(error(checkDefinition(def({ questions: [nps, nps] as never })))).toEqual({
      code: 'bad_request',
      message: 'question id q_nps is used twice',
      field: 'questions.1.id',
    });
  });
});

describe('checkPublishable', () => {
  it('names the question and language of a missing text', () => {
    const questions = [
      base.questions[0],
      {
        id: 'q_pick',
        type: 'single',
        text: { fi: 'Valitse', sv: 'Välj' },
        options: [
          { id: 'o_a', label: { fi: 'A', sv: 'A' } },
          { id: 'o_b', label: { fi: 'B' } },
        ],
      },
    ];
    expect(error(checkPublishable(def({ questions: questions as never })))).toEqual({
      code: 'bad_request',
      message: 'question q_pick has no Swedish (sv) options label',
      field: 'questions.1.options.1.label.sv',
    });
    expect(error(checkPublishable(def({ languages: ['fi', 'sv', 'en'] })))).toEqual({
      code: 'bad_request',
      message: 'question q_nps has no English (en) text',
      field: 'questions.0.text.en',
    });
  });

  it('needs a question, and optional texts in every language once written', () => {
    expect(error(checkPublishable(def({ questions: [] })))).toMatchObject({ field: 'questions' });
    expect(error(checkPublishable(def({ thankYou: { fi: 'Kiitos!' } })))).toEqual({
      code: 'bad_request',
      message: 'the thankYou text has no Swedish (sv) version',
      field: 'thankYou.sv',
    });
    expect(checkPublishable(def({ thankYou: { fi: 'Kiitos!', sv: 'Tack!' } })).ok).toBe(true);
  });
});
