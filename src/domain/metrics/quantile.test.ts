import { describe, expect, it } from 'vitest';
import { quantile } from './quantile.js';

describe('quantile (as DuckDB quantile_cont)', () => {
  const xs = [1, 2, 4, 10];
  it('interpolates between closest ranks', () => {
    // h = p·3: median h = 1.5 → 2 + 0.5·(4 − 2) = 3; p75 h = 2.25 → 4 + 0.25·6 = 5.5; p95 h = 2.85 → 4 + 0.85·6 = 9.1
    expect(quantile(xs, 0.5)).toBe(3);
    expect(quantile(xs, 0.75)).toBe(5.5);
    expect(quantile(xs, 0.95)).toBeCloseTo(9.1, 12);
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 1)).toBe(10);
  });

  it('hits a rank exactly', () => {
    // 5 values, median h = 2 → the third
    expect(quantile([3, 5, 7, 9, 11], 0.5)).toBe(7);
    expect(quantile([3, 5, 7, 9, 11], 0.25)).toBe(5);
  });

  it('one value, no values, bad p', () => {
    expect(quantile([42], 0.95)).toBe(42);
    expect(quantile([], 0.5)).toBeNull();
    expect(() => quantile(xs, 1.5)).toThrow(RangeError);
    expect(() => quantile(xs, Number.NaN)).toThrow(RangeError);
  });
});
