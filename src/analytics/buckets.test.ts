import { describe, expect, it } from 'vitest';
import { bucketCount, bucketStarts } from './buckets.js';

describe('bucketStarts', () => {
  it('lists ISO weeks from the Monday on or before the start', () => {
    // 2026-03-04 is a Wednesday: its week starts Monday 2026-03-02.
    expect(bucketStarts({ from: '2026-03-04T10:00:00Z', to: '2026-03-20T00:00:00Z' }, 'week')).toEqual([
      '2026-03-02T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
      '2026-03-16T00:00:00.000Z',
    ]);
  });
  it('lists calendar months and days', () => {
    expect(bucketStarts({ from: '2026-01-31T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'month')).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
    expect(bucketStarts({ from: '2026-01-31T12:00:00Z', to: '2026-02-02T00:00:00Z' }, 'day')).toHaveLength(2);
  });
  it('counts the buckets it would list', () => {
    const periods = [
      { from: '2026-03-04T10:00:00Z', to: '2026-03-20T00:00:00Z' },
      { from: '2026-01-31T00:00:00Z', to: '2026-03-01T00:00:00Z' },
      { from: '2026-01-31T12:00:00Z', to: '2026-02-02T00:00:00Z' },
      { from: '2026-03-01T00:00:00Z', to: '2026-03-01T00:00:01Z' },
      { from: '2016-03-01T00:00:00Z', to: '2026-03-01T00:00:00Z' },
      { from: '2024-02-29T23:59:59Z', to: '2025-03-01T00:00:00.001Z' },
    ];
    for (const p of periods)
      for (const g of ['day', 'week', 'month'] as const)
        expect(bucketCount(p, g)).toBe(bucketStarts(p, g).length);
    expect(bucketCount(periods[4] as (typeof periods)[0], 'day')).toBe(3652);
  });
});
