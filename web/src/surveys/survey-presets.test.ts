import { describe, expect, it } from 'vitest';
import { Question, SurveyCreate } from '../../../src/domain/surveys/survey.schema.js';
import { missingTexts } from './missing-texts.js';
import { PRESETS, presetContent } from './survey-presets.js';
import { blankQuestion, QUESTION_TYPE_LIST } from './survey-vocab.js';

describe('what the builder creates is what the API accepts', () => {
  it('every preset makes a valid survey with every text written in its languages', () => {
    for (const preset of PRESETS) {
      const content = presetContent(preset, ['fi', 'sv', 'en']);
      const parsed = SurveyCreate.safeParse({
        name: 'Kysely',
        level: 'relationship',
        languages: ['fi', 'sv', 'en'],
        ...content,
      });
      expect(parsed.success, preset).toBe(true);
      expect(missingTexts({ languages: ['fi', 'sv', 'en'], ...content }), preset).toEqual([]);
    }
  });

  it('the NPS preset asks NPS then the reason, in the chosen language only', () => {
    const { questions, thankYou } = presetContent('nps-text', ['fi']);
    expect(questions.map((q) => [q.type, q.required, q.text])).toEqual([
      ['nps', true, { fi: 'Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi?' }],
      ['text', false, { fi: 'Mikä on tärkein syy antamaasi arvosanaan?' }],
    ]);
    expect(thankYou).toEqual({ fi: 'Kiitos vastauksestasi!' });
  });

  it('a new question of every type parses, with fresh ids', () => {
    const ids = new Set<string>();
    for (const type of QUESTION_TYPE_LIST) {
      const q = blankQuestion(type);
      expect(Question.safeParse(q).success, type).toBe(true);
      ids.add(q.id);
    }
    expect(ids.size).toBe(QUESTION_TYPE_LIST.length);
  });
});
