import { describe, expect, it } from 'vitest';
import { Rng } from './random.js';
import { helsinkiOffset, localToUtc, placeAt, STORE, utcToLocal, WEB } from './time.js';

describe('demo time', () => {
  it('knows Helsinki summer and winter time', () => {
    expect(helsinkiOffset(Date.UTC(2025, 0, 15, 12))).toBe(2);
    expect(helsinkiOffset(Date.UTC(2025, 6, 15, 12))).toBe(3);
    // 2025: summer time from 30 March 03:00 to 26 October 04:00 local.
    expect(helsinkiOffset(Date.UTC(2025, 2, 30, 2, 59))).toBe(2);
    expect(helsinkiOffset(Date.UTC(2025, 2, 30, 4))).toBe(3);
    expect(helsinkiOffset(Date.UTC(2025, 9, 26, 5))).toBe(2);
    const utc = Date.UTC(2025, 5, 1, 9);
    expect(localToUtc(utcToLocal(utc))).toBe(utc);
  });

  it('places store visits in opening hours and never before the start', () => {
    const rng = new Rng(7);
    const from = Date.UTC(2025, 1, 3, 12);
    for (let i = 0; i < 2000; i++) {
      const t = placeAt(rng, STORE, from, 0, 14);
      expect(t).toBeGreaterThanOrEqual(from);
      const d = new Date(t);
      const [open, close] = d.getUTCDay() === 0 ? [12, 18] : d.getUTCDay() === 6 ? [10, 18] : [10, 20];
      expect(d.getUTCHours()).toBeGreaterThanOrEqual(open);
      expect(d.getUTCHours()).toBeLessThan(close);
    }
  });

  it('makes Saturday the store peak and Saturday the quiet web day', () => {
    const rng = new Rng(11);
    const store = [0, 0, 0, 0, 0, 0, 0];
    const web = [0, 0, 0, 0, 0, 0, 0];
    const from = Date.UTC(2025, 0, 6);
    for (let i = 0; i < 20000; i++) {
      const s = new Date(placeAt(rng, STORE, from, 0, 28)).getUTCDay();
      const w = new Date(placeAt(rng, WEB, from, 0, 28)).getUTCDay();
      store[s] = (store[s] ?? 0) + 1;
      web[w] = (web[w] ?? 0) + 1;
    }
    expect(Math.max(...store)).toBe(store[6]);
    expect(Math.min(...web)).toBe(web[6]);
  });
});

describe('Rng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Rng(43).next()).not.toBe(xs[0]);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
