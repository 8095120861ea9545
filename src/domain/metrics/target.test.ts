import { describe, expect, it } from 'vitest';
import { TARGET_MINIMUM_N, targetStatus } from './target.js';

describe('targetStatus', () => {
  it('no target wins over everything', () => {
    expect(targetStatus(40, null, 'higher', 100, 5)).toBe('no_target');
    expect(targetStatus(null, null, 'higher', 0, 5)).toBe('no_target');
  });

  it('judges the point estimate once there are 30 answers', () => {
    expect(TARGET_MINIMUM_N).toBe(30);
    expect(targetStatus(40, 30, 'higher', 30, 5)).toBe('met');
    expect(targetStatus(20, 30, 'higher', 30, 5)).toBe('missed');
    expect(targetStatus(30, 30, 'higher', 30, 5)).toBe('met');
    // lower is better, e.g. a wait time in hours or a complaint rate
    expect(targetStatus(2.5, 3, 'lower', 50, 5)).toBe('met');
    expect(targetStatus(3, 3, 'lower', 50, 5)).toBe('met');
    expect(targetStatus(3.5, 3, 'lower', 50, 5)).toBe('missed');
  });

  it('counts a value equal to the target up to rounding as met', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: still "at most 0.3"
    expect(targetStatus(0.1 + 0.2, 0.3, 'lower', 30, 5)).toBe('met');
    expect(targetStatus(0.3, 0.1 + 0.2, 'higher', 30, 5)).toBe('met');
    expect(targetStatus(0.2999, 0.3, 'higher', 30, 5)).toBe('missed');
  });

  it('not enough data: no value, below the privacy minimum, or below 30', () => {
    expect(targetStatus(null, 30, 'higher', 100, 5)).toBe('not_enough_data');
    expect(targetStatus(50, 30, 'higher', 29, 5)).toBe('not_enough_data');
    expect(targetStatus(50, 30, 'higher', 40, 50)).toBe('not_enough_data');
    expect(targetStatus(50, 30, 'higher', 50, 50)).toBe('met');
  });

  it('takes another sample minimum', () => {
    expect(targetStatus(50, 30, 'higher', 10, 5, 10)).toBe('met');
    expect(targetStatus(50, 30, 'higher', 4, 5, 0)).toBe('not_enough_data');
  });
});
