import { describe, expect, it } from 'vitest';
import { hideBelow, visible } from './privacy.js';

describe('privacy threshold', () => {
  it('shows a value from at least the minimum number of answers', () => {
    expect(visible(5, 5)).toBe(true);
    expect(visible(4, 5)).toBe(false);
    expect(visible(100, 5)).toBe(true);
  });

  it('never shows a value from no answers, even with minimum 0', () => {
    expect(visible(0, 0)).toBe(false);
    expect(visible(1, 0)).toBe(true);
  });

  it('hideBelow returns the value or null', () => {
    expect(hideBelow(42.5, 5, 5)).toBe(42.5);
    expect(hideBelow(42.5, 4, 5)).toBeNull();
    expect(hideBelow({ low: 1, high: 2 }, 3, 3)).toEqual({ low: 1, high: 2 });
  });
});
