import { describe, expect, it } from 'vitest';
import { cesStat, csatStat } from './scores.js';

describe('csatStat', () => {
  it('answers 5 5 4 4 3 2 5 4 1 5', () => {
    // n = 10, top2 (4–5) = 7 → CSAT = 70
    // Wilson 7/10: 1 + z²/n = 1.38416; centre = (0.7 + 0.19208)/1.38416 = 0.644491966
    //   half = 1.96·√(0.021 + 0.009604)/1.38416 = 1.96·0.174940 /1.38416 = 0.247718746
    //   → 0.396773220 … 0.892210713, ×100
    // Σx = 38, Σx² = 162: mean 3.8, s² = (162 − 38²/10)/9 = 17.6/9 = 1.955556, s = 1.398411798
    //   t(0.975, 9) = 2.262157163; half = 2.262157163·1.398411798/√10 = 1.000363537 → 2.799636463 … 4.800363537
    const c = csatStat({ n: 10, sum: 38, sumSquares: 162, top2: 7 })!;
    expect(c.n).toBe(10);
    expect(c.csat).toBe(70);
    expect(c.interval!.low).toBeCloseTo(39.677321998, 7);
    expect(c.interval!.high).toBeCloseTo(89.221071251, 7);
    expect(c.mean.mean).toBeCloseTo(3.8, 12);
    expect(c.mean.sd).toBeCloseTo(1.3984117976, 9);
    expect(c.mean.interval!.low).toBeCloseTo(2.7996364632, 8);
    expect(c.mean.interval!.high).toBeCloseTo(4.8003635368, 8);
  });

  it('is null for no answers; top2 cannot exceed n', () => {
    expect(csatStat({ n: 0, sum: 0, sumSquares: 0, top2: 0 })).toBeNull();
    expect(() => csatStat({ n: 2, sum: 10, sumSquares: 50, top2: 3 })).toThrow(RangeError);
  });
});

describe('cesStat', () => {
  it('answers 7 6 5 5 4 2 7 3', () => {
    // n = 8, easy (5–7) = 5 → 62.5 %
    // Wilson 5/8: 1 + 3.8416/8 = 1.4802; centre = (0.625 + 0.2401)/1.4802 = 0.584448048
    //   half = 1.96·√(0.625·0.375/8 + 3.8416/256)/1.4802 = 0.278710193 → 0.305737855 … 0.863158241, ×100
    // Σx = 39, Σx² = 213: mean 4.875, s² = (213 − 39²/8)/7 = 22.875/7 = 3.267857, s = 1.807721534
    //   t(0.975, 7) = 2.364624252; half = 2.364624252·1.807721534/√8 = 1.511293023 → 3.363706977 … 6.386293023
    const c = cesStat({ n: 8, sum: 39, sumSquares: 213, easy: 5 })!;
    expect(c.n).toBe(8);
    expect(c.easyPct).toBe(62.5);
    expect(c.easyInterval!.low).toBeCloseTo(30.573785458, 7);
    expect(c.easyInterval!.high).toBeCloseTo(86.315824054, 7);
    expect(c.mean.mean).toBe(4.875);
    expect(c.mean.interval!.low).toBeCloseTo(3.3637069775, 8);
    expect(c.mean.interval!.high).toBeCloseTo(6.3862930225, 8);
  });

  it('one answer: % easy with an interval, mean without', () => {
    // Wilson 1/1: 1 + 3.8416 = 4.8416; centre = (1 + 1.9208)/4.8416 = 0.603271; half = 1.96·√(0.9604)/4.8416 = 0.396729
    const c = cesStat({ n: 1, sum: 6, sumSquares: 36, easy: 1 })!;
    expect(c.easyPct).toBe(100);
    expect(c.easyInterval!.low).toBeCloseTo(20.654329147, 7);
    expect(c.easyInterval!.high).toBe(100);
    expect(c.mean).toEqual({ n: 1, mean: 6, sd: 0, interval: null });
  });

  it('is null for no answers', () => {
    expect(cesStat({ n: 0, sum: 0, sumSquares: 0, easy: 0 })).toBeNull();
  });
});
