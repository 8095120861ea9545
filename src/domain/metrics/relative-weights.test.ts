import { describe, expect, it } from 'vitest';
import { correlations, minimumDriverCases, relativeWeights } from './relative-weights.js';

// Orthogonal ±1 patterns (Walsh functions) of period 8, repeated 4 times (n = 32): each has mean 0,
// Σu² = 32 and Σuᵢuⱼ = 0, so every correlation below is a ratio of small integers.
const period = (p: number[]) => [...p, ...p, ...p, ...p];
const u1 = period([1, -1, 1, -1, 1, -1, 1, -1]);
const u2 = period([1, 1, -1, -1, 1, 1, -1, -1]);
const u3 = period([1, 1, 1, 1, -1, -1, -1, -1]);
const u4 = u1.map((v, i) => v * u2[i]!);
const rowsOf = (...cols: number[][]) => cols[0]!.map((_, i) => cols.map((c) => c[i]!));

describe('relativeWeights', () => {
  it('two uncorrelated predictors: the weights are the squared correlations', () => {
    // x1 = 5 + u1, x2 = 3 + u2, y = 2u1 − u2 + u4 (u4 is noise orthogonal to both)
    // Σy² = 32·(4 + 1 + 1) = 192; r1 = 2·32/√(32·192) = 2/√6, r2 = −1/√6
    // R = I, so ε = r²: ε1 = 4/6 = 2/3, ε2 = 1/6; R² = 5/6; β = r
    const res = relativeWeights({
      names: ['a', 'b'],
      rows: rowsOf(
        u1.map((v) => 5 + v),
        u2.map((v) => 3 + v),
      ),
      outcome: u1.map((v, i) => 2 * v - u2[i]! + u4[i]!),
    });
    if (!res.ok) throw new Error(res.message);
    expect(res.n).toBe(32);
    expect(res.r2).toBeCloseTo(5 / 6, 12);
    const [a, b] = res.drivers;
    expect(a!.weight).toBeCloseTo(2 / 3, 12);
    expect(b!.weight).toBeCloseTo(1 / 6, 12);
    expect(a!.share).toBeCloseTo(0.8, 12);
    expect(b!.share).toBeCloseTo(0.2, 12);
    expect(a!.sign).toBe(1);
    expect(b!.sign).toBe(-1);
    expect(a!.beta).toBeCloseTo(2 / Math.sqrt(6), 12);
    expect(b!.correlation).toBeCloseTo(-1 / Math.sqrt(6), 12);
  });

  it('three predictors, two correlated: Σ weights = the OLS R², sign from β (a suppressor)', () => {
    // x1 = 5 + u1, x2 = 3 + u1 + u2, x3 = 10 + 2u3, y = 7 + u1 + 2u2 + u3 + u4
    // OLS: ŷ − 7 = u1 + 2u2 + u3 = −x1 + 2x2 + x3/2 + const, residual u4: R² = (1 + 4 + 1)/(1 + 4 + 1 + 1) = 6/7
    // R = [[1, 1/√2, 0], [1/√2, 1, 0], [0, 0, 1]]; r_xy = (1/√7, 3/√14, 1/√7)
    // standardised β = b·sd_x/sd_y = (−1·1, 2·√2, ½·2)/√7 = (−0.377964473, 1.069044968, 0.377964473)
    //   x1 correlates positively (r = 0.378) but its β is negative: it suppresses u1 in x2.
    // Λ_zx = R^½: block [[a, b], [b, a]] with a = cos(π/8) = 0.923879533, b = sin(π/8) = 0.382683432 (a² − b² = 1/√2), and 1
    // β* = Λ_zx⁻¹ r_xy: β*1 = (√2·a − 3b)/√7 = 0.059912, β*2 = (3a − √2·b)/√7 = 0.843028, β*3 = 1/√7
    // ε1 = a²β*1² + b²β*2² = 0.853553·0.0035895 + 0.146447·0.710696 = 0.107143 = 3/28
    // ε2 = b²β*1² + a²β*2² = 0.146447·0.0035895 + 0.853553·0.710696 = 0.607143 = 17/28
    // ε3 = β*3² = 1/7 = 4/28; Σ = 24/28 = 6/7 = R² ✓; order x2 > x3 > x1
    const res = relativeWeights({
      names: ['x1', 'x2', 'x3'],
      rows: rowsOf(
        u1.map((v) => 5 + v),
        u1.map((v, i) => 3 + v + u2[i]!),
        u3.map((v) => 10 + 2 * v),
      ),
      outcome: u1.map((v, i) => 7 + v + 2 * u2[i]! + u3[i]! + u4[i]!),
    });
    if (!res.ok) throw new Error(res.message);
    expect(res.r2).toBeCloseTo(6 / 7, 12);
    expect(res.drivers.map((d) => d.name)).toEqual(['x1', 'x2', 'x3']);
    const [x1, x2, x3] = res.drivers;
    expect(x1!.weight).toBeCloseTo(3 / 28, 12);
    expect(x2!.weight).toBeCloseTo(17 / 28, 12);
    expect(x3!.weight).toBeCloseTo(1 / 7, 12);
    expect(x2!.share).toBeCloseTo(17 / 24, 12);
    expect(x1!.beta).toBeCloseTo(-1 / Math.sqrt(7), 12);
    expect(x2!.beta).toBeCloseTo((2 * Math.SQRT2) / Math.sqrt(7), 12);
    expect(x1!.sign).toBe(-1);
    expect(x1!.correlation).toBeCloseTo(1 / Math.sqrt(7), 12);
    expect(x2!.correlation).toBeCloseTo(3 / Math.sqrt(14), 12);
    expect(x3!.sign).toBe(1);
  });

  it('four correlated predictors: Σ weights equals the OLS R² to 1e-9', () => {
    // Deterministic integer data; reference values from an independent implementation
    // (numpy: R^½ by scipy.linalg.sqrtm, R² by least squares with an intercept = 0.573614475760)
    const names = ['a', 'b', 'c', 'd'];
    const rows = Array.from({ length: 40 }, (_, i) =>
      names.map((_, j) => ((i * 7 + j * 13) % 11) + ((i * i + 3 * j) % 5)),
    );
    const outcome = rows.map((x, i) => x[0]! * 0.5 - x[2]! * 0.3 + x[1]! * 0.1 + ((i * 5) % 7));
    const res = relativeWeights({ names, rows, outcome });
    if (!res.ok) throw new Error(res.message);
    expect(res.r2).toBeCloseTo(0.5736144757596515, 9);
    const expected = [0.279923214895, 0.012345401701, 0.137162104427, 0.144183754736];
    res.drivers.forEach((d, j) => {
      expect(d.weight).toBeCloseTo(expected[j]!, 10);
    });
    expect(res.drivers.map((d) => d.sign)).toEqual([1, 1, -1, -1]);
    expect(res.drivers.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(res.r2, 12);
    expect(res.drivers.reduce((s, d) => s + d.share, 0)).toBeCloseTo(1, 12);
    // ordering a > d > c > b
    const order = [...res.drivers].sort((p, q) => q.weight - p.weight).map((d) => d.name);
    expect(order).toEqual(['a', 'd', 'c', 'b']);
  });

  it('refuses below max(30, 10·predictors) cases', () => {
    expect(minimumDriverCases(1)).toBe(30);
    expect(minimumDriverCases(3)).toBe(30);
    expect(minimumDriverCases(4)).toBe(40);
    const few = relativeWeights({
      names: ['a'],
      rows: u1.slice(0, 29).map((v) => [v]),
      outcome: u2.slice(0, 29),
    });
    expect(few).toEqual({
      ok: false,
      reason: 'too_few_cases',
      n: 29,
      message: '1 driver need at least 30 customers with every score; there are 29',
    });
    const four = relativeWeights({ names: ['a', 'b', 'c', 'd'], rows: rowsOf(u1, u2, u3, u4), outcome: u1 });
    expect(four.ok).toBe(false);
    expect(!four.ok && four.reason).toBe('too_few_cases');
    expect(!four.ok && four.message).toBe(
      '4 drivers need at least 40 customers with every score; there are 32',
    );
  });

  it('refuses a constant predictor or outcome', () => {
    const flat = relativeWeights({
      names: ['a', 'b'],
      rows: rowsOf(
        u1,
        u1.map(() => 4),
      ),
      outcome: u2,
    });
    expect(flat.ok === false && flat.reason).toBe('constant_predictor');
    expect(flat.ok === false && flat.message).toContain('at b');
    const flatY = relativeWeights({ names: ['a'], rows: rowsOf(u1), outcome: u1.map(() => 9) });
    expect(flatY).toMatchObject({ ok: false, reason: 'constant_outcome', n: 32 });
  });

  it('refuses collinear predictors and names them', () => {
    // c = a + b exactly: R is singular
    const res = relativeWeights({
      names: ['a', 'b', 'c', 'other'],
      rows: rowsOf(
        u1,
        u2,
        u1.map((v, i) => v + u2[i]!),
        u3,
      ).concat(
        rowsOf(
          [1, 2, 3, 4, 5, 6, 7, 8],
          [2, 1, 2, 1, 2, 1, 2, 1],
          [3, 3, 5, 5, 7, 7, 9, 9],
          [1, 1, 2, 2, 1, 1, 2, 2],
        ),
      ),
      outcome: u1.concat([1, 2, 3, 4, 5, 6, 7, 8]).map((v, i) => v + (i % 3)),
    });
    expect(res.ok === false && res.reason).toBe('singular');
    expect(res.ok === false && res.message).toBe(
      'the scores at a, b, c move together exactly, so their effects cannot be told apart',
    );
  });

  it('rejects malformed input', () => {
    expect(() => relativeWeights({ names: [], rows: [], outcome: [] })).toThrow(RangeError);
    expect(() => relativeWeights({ names: ['a'], rows: [[1]], outcome: [] })).toThrow(RangeError);
    expect(() => relativeWeights({ names: ['a', 'b'], rows: [[1]], outcome: [1] })).toThrow(RangeError);
    expect(() => relativeWeights({ names: ['a'], rows: [[Number.NaN]], outcome: [1] })).toThrow(RangeError);
  });
});

describe('correlations', () => {
  it('Pearson r of each predictor with the outcome, with n', () => {
    // as in the three-predictor case: r = 1/√7, 3/√14; a constant predictor has no r
    const out = correlations({
      names: ['x1', 'x2', 'flat'],
      rows: rowsOf(
        u1.map((v) => 5 + v),
        u1.map((v, i) => 3 + v + u2[i]!),
        u1.map(() => 2),
      ),
      outcome: u1.map((v, i) => 7 + v + 2 * u2[i]! + u3[i]! + u4[i]!),
    });
    expect(out[0]!.r).toBeCloseTo(1 / Math.sqrt(7), 12);
    expect(out[1]!.r).toBeCloseTo(3 / Math.sqrt(14), 12);
    expect(out.map((c) => [c.name, c.n, c.constant])).toEqual([
      ['x1', 32, false],
      ['x2', 32, false],
      ['flat', 32, true],
    ]);
    expect(out[2]!.r).toBe(0);
  });

  it('works where relative weights refuse for collinearity', () => {
    const out = correlations({
      names: ['a', 'a2'],
      rows: rowsOf(
        u1,
        u1.map((v) => 2 * v + 1),
      ),
      outcome: u1,
    });
    expect(out.map((c) => c.r)).toEqual([1, 1]);
  });
});
