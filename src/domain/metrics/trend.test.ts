import { describe, expect, it } from 'vitest';
import { npsDifference, npsStat } from './nps.js';
import { markSignificantChanges } from './trend.js';

describe('markSignificantChanges', () => {
  it('marks a period that differs from the one before it', () => {
    // week 2 differs from week 1 (z = 1.96717 > 1.96, see nps.test.ts); week 3 equals week 2
    const points = [
      { period: 'w1', stat: npsStat({ n: 10, promoters: 6, detractors: 2 }) },
      { period: 'w2', stat: npsStat({ n: 10, promoters: 2, detractors: 6 }) },
      { period: 'w3', stat: npsStat({ n: 10, promoters: 2, detractors: 6 }) },
      { period: 'w4', stat: null },
    ];
    const marked = markSignificantChanges(points, (prev, cur) =>
      prev.stat !== null && cur.stat !== null ? npsDifference(prev.stat, cur.stat).significant : false,
    );
    expect(marked.map((p) => [p.period, p.significantChange])).toEqual([
      ['w1', false],
      ['w2', true],
      ['w3', false],
      ['w4', false],
    ]);
    expect(marked[1]!.stat).toBe(points[1]!.stat);
  });

  it('passes (previous, current) in order and never marks the first', () => {
    const calls: [number, number][] = [];
    const out = markSignificantChanges([{ v: 1 }, { v: 2 }, { v: 3 }], (a, b) => {
      calls.push([a.v, b.v]);
      return true;
    });
    expect(calls).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(out.map((p) => p.significantChange)).toEqual([false, true, true]);
    expect(markSignificantChanges([], () => true)).toEqual([]);
  });
});
