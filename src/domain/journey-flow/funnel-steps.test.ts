import { describe, expect, it } from 'vitest';
import { funnelSteps } from './funnel-steps.js';

describe('funnelSteps', () => {
  it('step and overall conversion and drop-off', () => {
    expect(funnelSteps([8, 6, 3, 0])).toEqual({
      steps: [
        { customers: 8, stepConversion: null, dropOff: null },
        { customers: 6, stepConversion: 0.75, dropOff: 2 },
        { customers: 3, stepConversion: 0.5, dropOff: 3 },
        { customers: 0, stepConversion: 0, dropOff: 3 },
      ],
      overall: 0,
    });
    expect(funnelSteps([0, 0]).overall).toBeNull();
    expect(funnelSteps([0, 0]).steps[1]?.stepConversion).toBeNull();
    expect(funnelSteps([]).overall).toBeNull();
  });
});
