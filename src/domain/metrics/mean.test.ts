import { describe, expect, it } from 'vitest';
import { meanStat, welchTest } from './mean.js';

describe('meanStat', () => {
  it('1, 2, 3, 4, 5', () => {
    // n = 5, Σx = 15, Σx² = 55; mean = 3; s² = (55 − 15²/5)/4 = 10/4 = 2.5; s = 1.58113883
    // t(0.975, 4) = 2.77644511; half = 2.77644511·1.58113883/√5 = 2.77644511·0.707106781 = 1.96324316
    // → 1.03675684 … 4.96324316
    const m = meanStat({ n: 5, sum: 15, sumSquares: 55 })!;
    expect(m.n).toBe(5);
    expect(m.mean).toBe(3);
    expect(m.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(m.interval!.low).toBeCloseTo(1.0367568385, 8);
    expect(m.interval!.high).toBeCloseTo(4.9632431615, 8);
  });

  it('a constant sample has sd 0 and a zero-width interval', () => {
    // 4, 4, 4: Σx = 12, Σx² = 48; s² = (48 − 144/3)/2 = 0
    const m = meanStat({ n: 3, sum: 12, sumSquares: 48 })!;
    expect(m).toEqual({ n: 3, mean: 4, sd: 0, interval: { low: 4, high: 4 } });
  });

  it('one answer: mean only, sd 0, no interval', () => {
    expect(meanStat({ n: 1, sum: 4, sumSquares: 16 })).toEqual({ n: 1, mean: 4, sd: 0, interval: null });
  });

  it('is null for no answers and rejects bad sums', () => {
    expect(meanStat({ n: 0, sum: 0, sumSquares: 0 })).toBeNull();
    expect(() => meanStat({ n: 2, sum: Number.NaN, sumSquares: 0 })).toThrow(RangeError);
  });
});

describe('welchTest', () => {
  it('1…5 against 5…8', () => {
    // a: mean 3, s² 2.5, n 5 → v_a = 2.5/5 = 1/2
    // b: 5, 6, 7, 8: mean 6.5, s² = (2.25 + 0.25 + 0.25 + 2.25)/3 = 5/3, n 4 → v_b = 5/12
    // t = (3 − 6.5)/√(11/12) = −3.5/0.957427108 = −3.65563078
    // df = (11/12)²/((1/2)²/4 + (5/12)²/3) = (121/144)/(52/432) = 363/52 = 6.98076923
    // p = 2·T_df(−3.65563078) = 0.00815617
    const a = meanStat({ n: 5, sum: 15, sumSquares: 55 })!;
    const b = meanStat({ n: 4, sum: 26, sumSquares: 174 })!;
    const w = welchTest(a, b)!;
    expect(w.t).toBeCloseTo(-3.6556307751, 8);
    expect(w.df).toBeCloseTo(363 / 52, 10);
    expect(w.p).toBeCloseTo(0.0081561708, 8);
    expect(w.significant).toBe(true);
    expect(welchTest(b, a)!.t).toBeCloseTo(3.6556307751, 8);
  });

  it('equal means do not differ', () => {
    const a = meanStat({ n: 5, sum: 15, sumSquares: 55 })!;
    const w = welchTest(a, a)!;
    expect(w.t).toBe(0);
    expect(w.p).toBeCloseTo(1, 12);
    expect(w.significant).toBe(false);
  });

  it('is null with fewer than 2 answers on a side or no variance at all', () => {
    const a = meanStat({ n: 5, sum: 15, sumSquares: 55 })!;
    const one = meanStat({ n: 1, sum: 4, sumSquares: 16 })!;
    const flat = meanStat({ n: 3, sum: 12, sumSquares: 48 })!;
    expect(welchTest(a, one)).toBeNull();
    expect(welchTest(flat, flat)).toBeNull();
    // one side constant still works: v_a = 0.5, v_b = 0 → t = (3 − 4)/√0.5, df = 0.25/(0.25/4) = 4
    const w = welchTest(a, flat)!;
    expect(w.t).toBeCloseTo(-1 / Math.sqrt(0.5), 12);
    expect(w.df).toBeCloseTo(4, 12);
    // p = 2·T_4(−1.414213562) = 0.230199641
    expect(w.p).toBeCloseTo(0.2301996411, 8);
    expect(w.significant).toBe(false);
  });
});
