import { describe, expect, it } from 'vitest';
import { bucketStarts } from './buckets.js';

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
});
