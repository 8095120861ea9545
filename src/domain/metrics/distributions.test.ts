import { describe, expect, it } from 'vitest';
import { normalCdf, normalTwoSidedP, studentTQuantile, studentTTwoSidedP } from './distributions.js';

// Reference values from printed tables (Student t, standard normal).
describe('distributions', () => {
  it('t quantiles', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062047362, 9);
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.7764451052, 9);
    expect(studentTQuantile(0.975, 7)).toBeCloseTo(2.3646242516, 9);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.2621571628, 9);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0422724563, 9);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 6);
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });

  it('normal and t tail probabilities', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalTwoSidedP(1.96)).toBeCloseTo(0.0499957903, 9);
    expect(normalTwoSidedP(-1.96)).toBeCloseTo(0.0499957903, 9);
    expect(studentTTwoSidedP(2.2621571628, 9)).toBeCloseTo(0.05, 9);
    expect(studentTTwoSidedP(0, 5)).toBeCloseTo(1, 12);
  });
});
