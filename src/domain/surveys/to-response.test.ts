import { describe, expect, it } from 'vitest';
import { ResponseInput } from '../../ingest/inputs.js';
import { SurveyDefinition } from './survey.schema.js';
import { toResponseInput } from './to-response.js';

const def = SurveyDefinition.parse({
  name: 'Delivery',
  level: 'touchpoint',
  journeyId: 'jr_1',
  touchpointId: 'tp_1',
  audience: 'customer',
  layout: 'one-per-page',
  languages: ['fi'],
  defaultLanguage: 'fi',
  questions: [
    { id: 'q_csat', type: 'csat', text: { fi: 'Tyytyväisyys' } },
    { id: 'q_nps', type: 'nps', text: { fi: 'Suosittelu' } },
    { id: 'q_nps2', type: 'nps', text: { fi: 'Toinen' } },
    { id: 'q_text', type: 'text', text: { fi: 'Kerro' } },
    { id: 'q_pair', type: 'expectation', text: { fi: 'Toimitus' }, aspect: { fi: 'nopeus' } },
  ],
  intro: {},
  thankYou: {},
});
const meta = {
  sessionId: 'ss_abc',
  startedAt: '2026-05-01T10:00:00.000Z',
  surveyId: 'sv_1',
  version: 3,
  language: 'fi' as const,
  touchpointKey: 'delivery',
  complete: true,
};

describe('toResponseInput', () => {
  it('takes the first NPS, CSAT and open text, keeps every answer and the context', () => {
    const answers = {
      q_csat: 4,
      q_nps: 9,
      q_nps2: 2,
      q_text: 'Nopea',
      q_pair: { expected: 4, experienced: 5 },
    };
    const input = toResponseInput(def, meta, answers, {
      customerId: 'c-1',
      channel: 'email',
      orderId: 'o-9',
      segment: { region: 'North' },
      touchpointKey: 'ignored-at-touchpoint-level',
    });
    expect(input).toEqual({
      id: 'ss_abc',
      timestamp: '2026-05-01T10:00:00.000Z',
      surveyId: 'sv_1',
      surveyVersion: 3,
      level: 'touchpoint',
      audience: 'customer',
      touchpoint: 'delivery',
      customerId: 'c-1',
      nps: 9,
      csat: 4,
      comment: 'Nopea',
      language: 'fi',
      channel: 'email',
      answers,
      properties: { region: 'North', orderId: 'o-9' },
      complete: true,
    });
    expect(ResponseInput.safeParse(input).success).toBe(true);
  });

  it('binds a journey-level response without a touchpoint to the journey; relationship to neither', () => {
    const journey = { ...def, level: 'journey' as const, touchpointId: null };
    const j = toResponseInput(
      journey,
      { ...meta, touchpointKey: undefined, complete: false },
      { q_nps: 3 },
      {},
    );
    expect(j).toEqual({
      id: 'ss_abc',
      timestamp: '2026-05-01T10:00:00.000Z',
      surveyId: 'sv_1',
      surveyVersion: 3,
      level: 'journey',
      audience: 'customer',
      journeyId: 'jr_1',
      nps: 3,
      language: 'fi',
      answers: { q_nps: 3 },
      complete: false,
    });
    const rel = { ...def, level: 'relationship' as const, touchpointId: null, journeyId: null };
    const r = toResponseInput(rel, meta, { q_nps: 10 }, {});
    expect(r.touchpoint).toBeUndefined();
    expect(r.journeyId).toBeUndefined();
    expect(r.level).toBe('relationship');
  });
});
