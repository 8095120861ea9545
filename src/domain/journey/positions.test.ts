import { describe, expect, it } from 'vitest';
import { positionAt, positionBetween } from './positions.js';

describe('fractional positions', () => {
  it('puts an item between, before, after or alone', () => {
    expect(positionBetween(1000, 2000)).toBe(1500);
    expect(positionBetween(undefined, 1000)).toBe(0);
    expect(positionBetween(3000, undefined)).toBe(4000);
    expect(positionBetween(undefined, undefined)).toBe(1000);
  });
  it('finds the position for an index in a sorted list', () => {
    expect(positionAt([1000, 2000, 3000], 0)).toBe(0);
    expect(positionAt([1000, 2000, 3000], 1)).toBe(1500);
    expect(positionAt([1000, 2000, 3000], 3)).toBe(4000);
    expect(positionAt([1000, 2000, 3000], 99)).toBe(4000);
  });
});
