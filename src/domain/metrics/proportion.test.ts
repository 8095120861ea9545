import { describe, expect, it } from 'vitest';
import { twoProportionTest, wilson } from './proportion.js';

describe('wilson', () => {
  it('8 of 10', () => {
    // p̂ = 0.8, z² = 3.8416, 1 + z²/n = 1.38416
    // centre = (0.8 + 3.8416/20)/1.38416 = 0.99208/1.38416 = 0.716737949
    // half = 1.96·√(0.8·0.2/10 + 3.8416/400)/1.38416 = 1.96·√0.025604/1.38416 = 0.313624499/1.38416 = 0.226581103
    // → 0.490156847 … 0.943319052
    const w = wilson(8, 10)!;
    expect(w.low).toBeCloseTo(0.4901568467, 9);
    expect(w.high).toBeCloseTo(0.943319052, 9);
  });

  it('0 of 10 starts at exactly 0', () => {
    // centre = half = (3.8416/20)/1.38416 = 0.19208/1.38416 = 0.138770083 → 0 … 0.277540169
    const w = wilson(0, 10)!;
    expect(w.low).toBe(0);
    expect(w.high).toBeCloseTo(0.2775401688, 9);
  });

  it('10 of 10 ends at exactly 1', () => {
    const w = wilson(10, 10)!;
    expect(w.low).toBeCloseTo(1 - 0.2775401688, 9);
    expect(w.high).toBe(1);
  });

  it('takes another z', () => {
    // z = 1: 1 + 1/4 = 1.25; centre = (0.5 + 1/8)/1.25 = 0.5; half = √(0.25/4 + 1/64)/1.25 = √0.078125/1.25 = 0.223606798
    const w = wilson(2, 4, 1)!;
    expect(w.low).toBeCloseTo(0.5 - Math.sqrt(0.078125) / 1.25, 12);
    expect(w.high).toBeCloseTo(0.5 + Math.sqrt(0.078125) / 1.25, 12);
  });

  it('is null for n = 0 and rejects successes > n', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(() => wilson(3, 2)).toThrow(RangeError);
  });
});

describe('twoProportionTest', () => {
  it('45/100 against 30/100 differs', () => {
    // pooled = 75/200 = 0.375; SE = √(0.375·0.625·(1/100 + 1/100)) = √0.0046875 = 0.068465320
    // z = (0.45 − 0.30)/0.068465320 = 2.19089023; p = 2·(1 − Φ(2.19089023)) = 0.0284597
    const t = twoProportionTest(45, 100, 30, 100)!;
    expect(t.z).toBeCloseTo(2.19089023, 9);
    expect(t.p).toBeCloseTo(0.0284597369, 8);
    expect(t.significant).toBe(true);
    expect(twoProportionTest(30, 100, 45, 100)!.z).toBeCloseTo(-2.19089023, 8);
  });

  it('2/10 against 1/10 does not differ', () => {
    // pooled = 3/20 = 0.15; SE = √(0.15·0.85·0.2) = √0.0255 = 0.159687194
    // z = 0.1/0.159687194 = 0.626224291; p = 2·(1 − Φ(0.626224291)) = 0.531167837
    const t = twoProportionTest(2, 10, 1, 10)!;
    expect(t.z).toBeCloseTo(0.1 / Math.sqrt(0.0255), 12);
    expect(t.p).toBeCloseTo(0.5311678365, 8);
    expect(t.significant).toBe(false);
  });

  it('is null when a group is empty or nothing varies', () => {
    expect(twoProportionTest(0, 0, 1, 10)).toBeNull();
    expect(twoProportionTest(0, 10, 0, 20)).toBeNull();
    expect(twoProportionTest(10, 10, 20, 20)).toBeNull();
  });
});
