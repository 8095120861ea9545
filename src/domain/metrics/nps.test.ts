import { describe, expect, it } from 'vitest';
import { npsCountsOfScores, npsDifference, npsOfScores, npsStat } from './nps.js';

describe('npsStat', () => {
  it('P = 6, D = 2, n = 10: NPS 40 with the adjusted-Wald interval', () => {
    // NPS = 100·(6 − 2)/10 = 40
    // n′ = 13, p′ = 6.75/13, q′ = 2.75/13, NPS′ = 4/13 = 0.307692308
    // p′ + q′ − NPS′² = 9.5/13 − 16/169 = (123.5 − 16)/169 = 107.5/169
    // SE′ = √(107.5/169/13) = √(107.5/2197) = √0.048930360 = 0.221202079
    // interval = 100·(0.307692308 ± 1.96·0.221202079) = 100·(0.307692308 ± 0.433556074)
    //          = −12.5863766 … 74.1248382
    const s = npsStat({ n: 10, promoters: 6, detractors: 2 })!;
    expect(s.n).toBe(10);
    expect(s.promoters).toBe(6);
    expect(s.passives).toBe(2);
    expect(s.detractors).toBe(2);
    expect(s.nps).toBe(40);
    expect(s.adjusted.nps).toBeCloseTo(4 / 13, 12);
    expect(s.adjusted.se).toBeCloseTo(Math.sqrt(107.5 / 2197), 12);
    expect(s.adjusted.se).toBeCloseTo(0.221202079, 8);
    expect(s.interval.low).toBeCloseTo(-12.5863766, 6);
    expect(s.interval.high).toBeCloseTo(74.1248382, 6);
  });

  it('clips the interval to 100 when all answers are promoters', () => {
    // P = 10, D = 0, n = 10: NPS = 100; n′ = 13, p′ = 10.75/13, q′ = 0.75/13, NPS′ = 10/13
    // p′ + q′ − NPS′² = 11.5/13 − 100/169 = 49.5/169; SE′ = √(49.5/2197) = 0.150102377
    // 100·(0.769230769 ± 1.96·0.150102377) = 47.5030109 … 106.343143 → high clipped to 100
    const s = npsStat({ n: 10, promoters: 10, detractors: 0 })!;
    expect(s.nps).toBe(100);
    expect(s.passives).toBe(0);
    expect(s.adjusted.se).toBeCloseTo(Math.sqrt(49.5 / 2197), 12);
    expect(s.interval.low).toBeCloseTo(47.5030109, 6);
    expect(s.interval.high).toBe(100);
  });

  it('clips to −100 for all detractors and is symmetric', () => {
    const s = npsStat({ n: 10, promoters: 0, detractors: 10 })!;
    expect(s.nps).toBe(-100);
    expect(s.interval.low).toBe(-100);
    expect(s.interval.high).toBeCloseTo(-47.5030109, 6);
  });

  it('is null for no answers', () => {
    expect(npsStat({ n: 0, promoters: 0, detractors: 0 })).toBeNull();
  });

  it('rejects counts that cannot come from real answers', () => {
    expect(() => npsStat({ n: 5, promoters: 4, detractors: 2 })).toThrow(RangeError);
    expect(() => npsStat({ n: 5, promoters: -1, detractors: 2 })).toThrow(RangeError);
    expect(() => npsStat({ n: 2.5, promoters: 1, detractors: 0 })).toThrow(RangeError);
  });
});

describe('npsDifference', () => {
  it('P6/D2 against P2/D6 (n = 10 each) differs, just over 1.96', () => {
    // NPS′ = ±4/13, SE′ both √(107.5/2197)
    // z = (8/13)/√(2·107.5/2197) = 0.615384615/√0.097860719 = 0.615384615/0.312826979 = 1.96717245
    const a = npsStat({ n: 10, promoters: 6, detractors: 2 })!;
    const b = npsStat({ n: 10, promoters: 2, detractors: 6 })!;
    const d = npsDifference(a, b);
    expect(d.z).toBeCloseTo(1.96717245, 7);
    expect(d.significant).toBe(true);
    expect(npsDifference(b, a).z).toBeCloseTo(1.96717245, 7);
  });

  it('P6/D2 against P5/D3 (n = 10 each) does not differ', () => {
    // NPS′ 4/13 vs 2/13; SE′² = 107.5/2197 and (9.5/13 − 4/169)/13 = (123.5 − 4)/2197 = 119.5/2197
    // z = (2/13)/√(227/2197) = 0.153846154/0.321438505 = 0.478617687
    const a = npsStat({ n: 10, promoters: 6, detractors: 2 })!;
    const b = npsStat({ n: 10, promoters: 5, detractors: 3 })!;
    const d = npsDifference(a, b);
    expect(d.z).toBeCloseTo(2 / 13 / Math.sqrt(227 / 2197), 12);
    expect(d.significant).toBe(false);
  });

  it('two identical results have z = 0', () => {
    const a = npsStat({ n: 40, promoters: 20, detractors: 5 })!;
    expect(npsDifference(a, a)).toEqual({ z: 0, significant: false });
  });
});

describe('npsOfScores', () => {
  it('counts 9–10 as promoters, 0–6 as detractors and skips invalid answers', () => {
    // valid: 10 9 9 8 7 6 0 5 10 10 → P = 5 (10, 9, 9, 10, 10), D = 3 (6, 0, 5), n = 10 → NPS 20
    const scores = [10, 9, 9, 8, 7, 6, 0, 5, 10, 10, 11, -1, 7.5, Number.NaN];
    expect(npsCountsOfScores(scores)).toEqual({ n: 10, promoters: 5, detractors: 3 });
    const s = npsOfScores(scores)!;
    expect(s.nps).toBe(20);
    expect(s.passives).toBe(2);
  });

  it('is null without valid answers', () => {
    expect(npsOfScores([])).toBeNull();
    expect(npsOfScores([12])).toBeNull();
  });
});
