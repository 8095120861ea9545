import { describe, expect, it } from 'vitest';
import { isWaitingPhase } from './waiting-rule.js';

describe('isWaitingPhase', () => {
  const rule = { minHours: 24, minGoOnShare: 0.8, maxMeasuredShare: 0.1, minCustomers: 5 };
  const gap = { customers: 10, goOnShare: 0.9, measuredShare: 0.1, medianHours: 24 };
  it('needs a long median, customers who go on, little measured in between and enough customers', () => {
    expect(isWaitingPhase(gap, rule)).toBe(true);
    expect(isWaitingPhase({ ...gap, medianHours: 23.9 }, rule)).toBe(false);
    expect(isWaitingPhase({ ...gap, goOnShare: 0.79 }, rule)).toBe(false);
    expect(isWaitingPhase({ ...gap, measuredShare: 0.11 }, rule)).toBe(false);
    expect(isWaitingPhase({ ...gap, customers: 4 }, rule)).toBe(false);
    expect(isWaitingPhase({ ...gap, medianHours: null }, rule)).toBe(false);
  });
});
