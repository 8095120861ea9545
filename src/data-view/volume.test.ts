import { describe, expect, it } from 'vitest';
import { periodStart, volumeReport } from './volume.js';

const now = new Date('2026-05-10T15:42:00Z');

describe('periodStart', () => {
  it('starts a period of days at midnight UTC, counting today', () => {
    expect(periodStart(now, 3, 'day').toISOString()).toBe('2026-05-08T00:00:00.000Z');
    expect(periodStart(now, 1, 'day').toISOString()).toBe('2026-05-10T00:00:00.000Z');
  });
  it('starts a period of hours at the top of the hour', () => {
    expect(periodStart(now, 1, 'hour').toISOString()).toBe('2026-05-09T16:00:00.000Z');
  });
});

describe('volumeReport', () => {
  it('fills empty buckets, orders sources and adds up totals', () => {
    const since = periodStart(now, 3, 'day');
    const report = volumeReport(
      [
        { bucket: '2026-05-08T00:00:00.000Z', source: 'tracker', events: 4, responses: 0 },
        { bucket: '2026-05-08T00:00:00.000Z', source: 'api', events: 2, responses: 1 },
        { bucket: '2026-05-10T00:00:00.000Z', source: 'survey', events: 0, responses: 3 },
      ],
      since,
      now,
      'day',
    );
    expect(report.sources).toEqual(['api', 'tracker', 'survey']);
    expect(report.series).toEqual([
      { at: '2026-05-08T00:00:00.000Z', total: 7, bySource: { api: 3, tracker: 4, survey: 0 } },
      { at: '2026-05-09T00:00:00.000Z', total: 0, bySource: { api: 0, tracker: 0, survey: 0 } },
      { at: '2026-05-10T00:00:00.000Z', total: 3, bySource: { api: 0, tracker: 0, survey: 3 } },
    ]);
    expect(report.totals).toEqual({
      events: 6,
      responses: 4,
      bySource: {
        api: { events: 2, responses: 1 },
        tracker: { events: 4, responses: 0 },
        survey: { events: 0, responses: 3 },
      },
    });
  });

  it('gives a series of zeros and no sources for an empty period', () => {
    const report = volumeReport([], periodStart(now, 2, 'hour'), now, 'hour');
    expect(report.series).toHaveLength(48);
    expect(report.series[0]).toEqual({ at: '2026-05-08T16:00:00.000Z', total: 0, bySource: {} });
    expect(report.sources).toEqual([]);
  });
});
