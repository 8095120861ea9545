import { describe, expect, it } from 'vitest';
import { volumeVerdict } from './volume.js';

describe('volumeVerdict', () => {
  // history 100, 104, 96, 100: mean 100, s = √(32/3) = 3.266; 3·s = 9.80 < 3·√100 = 30, so 70…130.
  const history = [100, 104, 96, 100];
  it('flags a drop below the range and a spike above it', () => {
    expect(volumeVerdict(50, history)).toEqual({ expected: 100, low: 70, high: 130, direction: 'drop' });
    expect(volumeVerdict(131, history)?.direction).toBe('spike');
  });
  it('keeps values inside the range quiet', () => {
    expect(volumeVerdict(70, history)?.direction).toBeNull();
    expect(volumeVerdict(130, history)?.direction).toBeNull();
  });
  it('uses 3 s when the history varies more than a Poisson count', () => {
    // 10, 50, 30: mean 30, s = 20, 3·s = 60 > 3·√30 = 16.4 → 0…90
    const v = volumeVerdict(95, [10, 50, 30]);
    expect(v?.low).toBe(0);
    expect(v?.high).toBeCloseTo(90, 10);
    expect(v?.direction).toBe('spike');
  });
  it('needs two weeks of history', () => {
    expect(volumeVerdict(5, [10])).toBeNull();
  });
});
