import { describe, expect, it } from 'vitest';
import { RateWindow } from './rate-window.js';

describe('rate window', () => {
  it('allows at most N in any minute', () => {
    const w = new RateWindow(2);
    expect(w.available(0)).toBe(2);
    w.record(0);
    w.record(10_000);
    expect(w.available(10_000)).toBe(0);
    expect(w.available(59_999)).toBe(0);
    expect(w.available(60_000)).toBe(1);
    w.record(60_000);
    expect(w.available(69_999)).toBe(0);
    expect(w.available(70_000)).toBe(1);
    expect(w.available(200_000)).toBe(2);
  });
});
