import { describe, expect, it } from 'vitest';
import { formatHours, sparklinePath, sparklinePoints } from './sparkline.js';

describe('sparklinePath', () => {
  it('scales values to the box between the paddings, highest at the top', () => {
    // width 100, height 20, pad 2: x step (100 − 4) / 2 = 48; y from 2 (max) to 18 (min)
    expect(sparklinePath([0, 10, 5], 100, 20)).toBe('M2,18 L50,2 L98,10');
  });
  it('breaks the line at missing values', () => {
    expect(sparklinePath([1, null, 3, 2], 64, 10, 2)).toBe('M2,8 M42,2 L62,5');
  });
  it('draws equal values flat in the middle and one value in the centre', () => {
    expect(sparklinePath([4, 4], 50, 10)).toBe('M2,5 L48,5');
    expect(sparklinePath([7], 50, 10)).toBe('M25,5');
  });
  it('is empty without values', () => {
    expect(sparklinePath([], 50, 10)).toBe('');
    expect(sparklinePath([null, null], 50, 10)).toBe('');
  });
});

describe('formatHours', () => {
  it('shows hours under two days and days above', () => {
    expect(formatHours(13.6)).toBe('14 h');
    expect(formatHours(47.4)).toBe('47 h');
    expect(formatHours(84)).toBe('3.5 days');
    expect(formatHours(100, 'päivää')).toBe('4.2 päivää');
  });
});

describe('sparklinePoints', () => {
  it('gives each value its point and null at gaps', () => {
    expect(sparklinePoints([0, null, 10], 100, 20)).toEqual([{ x: 2, y: 18 }, null, { x: 98, y: 2 }]);
    expect(sparklinePoints([null], 100, 20)).toEqual([null]);
  });
});
