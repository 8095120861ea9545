import { describe, expect, it } from 'vitest';
import { impactWindow, MAX_WINDOW_DAYS } from './impact-window.js';

const now = new Date('2026-03-11T12:00:00.000Z');

describe('impactWindow', () => {
  it('runs from the start to now, with a before-window of the same length', () => {
    expect(impactWindow({ startDate: '2026-03-01', doneDate: null }, now)).toEqual({
      after: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-11T12:00:00.000Z' },
      before: { from: '2026-02-18T12:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
      days: 10.5,
      capped: false,
    });
  });

  it('ends at the end of the done day', () => {
    const w = impactWindow({ startDate: '2026-03-01', doneDate: '2026-03-04' }, now);
    expect(w?.after).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-05T00:00:00.000Z' });
    expect(w?.before.from).toBe('2026-02-25T00:00:00.000Z');
    expect(w?.days).toBe(4);
  });

  it('takes the days the user chose, never past now', () => {
    expect(impactWindow({ startDate: '2026-03-01', doneDate: null }, now, 7)?.after.to).toBe(
      '2026-03-08T00:00:00.000Z',
    );
    expect(impactWindow({ startDate: '2026-03-01', doneDate: null }, now, 30)?.after.to).toBe(
      '2026-03-11T12:00:00.000Z',
    );
  });

  it(`cuts long windows to ${MAX_WINDOW_DAYS} days`, () => {
    const w = impactWindow({ startDate: '2025-01-01', doneDate: null }, now);
    expect(w?.capped).toBe(true);
    expect(w?.days).toBe(MAX_WINDOW_DAYS);
    expect(w?.after.to).toBe('2025-06-30T00:00:00.000Z');
    expect(w?.before.from).toBe('2024-07-05T00:00:00.000Z');
  });

  it('is null before the start', () => {
    expect(impactWindow({ startDate: '2026-03-12', doneDate: null }, now)).toBeNull();
  });
});
