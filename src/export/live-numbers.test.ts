import { describe, expect, it } from 'vitest';
import type { TouchpointScorecard } from '../analytics/scorecards.schema.js';
import { mainScore, mainScoreText, signed } from './live-numbers.js';

const words = { notMeasured: 'Not measured', tooFew: (n: number) => `n ${n} — too few to show` };
const none = { n: 0, visible: false, change: null };

function card(patch: Partial<TouchpointScorecard['scores']>, main: TouchpointScorecard['main']) {
  return {
    scope: 'touchpoint',
    id: 'tp1',
    scores: {
      responses: 0,
      nps: null,
      csat: null,
      ces: null,
      dimensions: { cognitive: null, emotional: null, social: null, sensory: null },
      expectationGap: null,
      ...patch,
    },
    behaviour: { events: 0, customers: 0, revenue: 0, conversion: null },
    main,
    target: null,
    evidence: { own: 'hypothesis', fromData: 'hypothesis', responses: 0 },
    emotion: { hypothesis: null, measured: null },
  } satisfies TouchpointScorecard;
}

describe('main score text', () => {
  it('prints NPS with its interval and n, negative numbers with a minus sign', () => {
    const c = card(
      {
        nps: {
          n: 134,
          visible: true,
          change: null,
          value: 12.4,
          interval: { low: -4.2, high: 27.49 },
          promoters: 50,
          passives: 40,
          detractors: 44,
        },
      },
      'nps',
    );
    expect(mainScoreText(mainScore(c), words)).toBe('NPS 12 (\u22124…27) · n 134');
    expect(signed(-0)).toBe('0');
  });
  it('prints CSAT as a percentage and CES as a mean with one decimal', () => {
    const csat = card(
      {
        csat: {
          n: 120,
          visible: true,
          change: null,
          value: 81.7,
          interval: { low: 75.6, high: 86.9 },
          mean: 4.1,
          meanInterval: null,
        },
      },
      'csat',
    );
    expect(mainScoreText(mainScore(csat), words)).toBe('CSAT 82 % (76…87) · n 120');
    const ces = card(
      {
        ces: {
          n: 80,
          visible: true,
          change: null,
          mean: 5.06,
          interval: { low: 4.8, high: 5.34 },
          easy: 70,
          easyInterval: null,
        },
      },
      'ces',
    );
    expect(mainScoreText(mainScore(ces), words)).toBe('CES 5.1 (4.8…5.3) · n 80');
  });
  it('keeps n and hides the value below the privacy minimum', () => {
    const c = card(
      {
        nps: {
          ...none,
          n: 3,
          value: null,
          interval: null,
          promoters: null,
          passives: null,
          detractors: null,
        },
      },
      'nps',
    );
    expect(mainScore(c)).toEqual({ kind: 'hidden', metric: 'nps', n: 3 });
    expect(mainScoreText(mainScore(c), words)).toBe('NPS · n 3 — too few to show');
  });
  it('says not measured without a main score', () => {
    expect(mainScoreText(mainScore(card({}, null)), words)).toBe('Not measured');
  });
});
