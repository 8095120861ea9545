import { describe, expect, it } from 'vitest';
import { isConstant, meanAndSd, pearson, standardise } from './correlation.js';

describe('correlation helpers', () => {
  it('mean and sample sd', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, s = √(32/7)
    const { mean, sd } = meanAndSd([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(mean).toBe(5);
    expect(sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(meanAndSd([])).toEqual({ mean: 0, sd: 0 });
    expect(meanAndSd([3])).toEqual({ mean: 3, sd: 0 });
  });

  it('standardises to mean 0 and sd 1', () => {
    // 1, 2, 3: mean 2, s = 1 → −1, 0, 1
    expect(standardise([1, 2, 3])).toEqual([-1, 0, 1]);
  });

  it('pearson r', () => {
    // x = 1, 2, 3, 4; y = 2, 1, 4, 3: Σdx·dy = (−1.5)(−0.5) + (−0.5)(−1.5) + (0.5)(1.5) + (1.5)(0.5) = 3,
    // Σdx² = Σdy² = 5 → r = 3/5
    expect(pearson([1, 2, 3, 4], [2, 1, 4, 3])).toBeCloseTo(0.6, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(() => pearson([1, 2], [1])).toThrow(RangeError);
  });

  it('isConstant', () => {
    expect(isConstant([2, 2, 2])).toBe(true);
    expect(isConstant([2, 2, 3])).toBe(false);
    expect(isConstant([7])).toBe(true);
  });
});
