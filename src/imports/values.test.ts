import { describe, expect, it } from 'vitest';
import {
  normaliseChannel,
  Problem,
  parseEpoch,
  parseNumber,
  parseRating,
  parseTime,
  truncate,
  zoneOffsetMs,
} from './values.js';

const iso = (ms: number | Problem) => (ms instanceof Problem ? ms.reason : new Date(ms).toISOString());

describe('parseTime', () => {
  it('reads ISO 8601 with a zone as that instant', () => {
    expect(iso(parseTime('2026-05-04T10:00:00Z', 'UTC'))).toBe('2026-05-04T10:00:00.000Z');
    expect(iso(parseTime('2026-05-04T13:00:00+03:00', 'UTC'))).toBe('2026-05-04T10:00:00.000Z');
    expect(iso(parseTime('2026-05-04 13:00:00.250+0300', 'Europe/Helsinki'))).toBe(
      '2026-05-04T10:00:00.250Z',
    );
    expect(iso(parseTime('2026-05-04 10:00:00 UTC', 'Europe/Helsinki'))).toBe('2026-05-04T10:00:00.000Z');
  });

  it('reads times without a zone in the mapping’s zone, across daylight saving', () => {
    expect(iso(parseTime('2026-05-04 10:00', 'UTC'))).toBe('2026-05-04T10:00:00.000Z');
    expect(iso(parseTime('2026-05-04 10:00', 'Europe/Helsinki'))).toBe('2026-05-04T07:00:00.000Z');
    expect(iso(parseTime('2026-01-15T10:00:00', 'Europe/Helsinki'))).toBe('2026-01-15T08:00:00.000Z');
    expect(iso(parseTime('2026-05-04', 'UTC'))).toBe('2026-05-04T00:00:00.000Z');
  });

  it('reads Finnish d.m.yyyy hh.mm (and klo, colons, seconds)', () => {
    expect(iso(parseTime('4.5.2026 10.30', 'UTC'))).toBe('2026-05-04T10:30:00.000Z');
    expect(iso(parseTime('4.5.2026 klo 10.30', 'Europe/Helsinki'))).toBe('2026-05-04T07:30:00.000Z');
    expect(iso(parseTime('04.05.2026 10:30:15', 'UTC'))).toBe('2026-05-04T10:30:15.000Z');
    expect(iso(parseTime('31.12.2025', 'Europe/Helsinki'))).toBe('2025-12-30T22:00:00.000Z');
  });

  it('reads plain numbers as epoch seconds, milliseconds or microseconds by size', () => {
    expect(iso(parseTime('1777888800', 'UTC'))).toBe('2026-05-04T10:00:00.000Z');
    expect(iso(parseTime('1777888800000', 'UTC'))).toBe('2026-05-04T10:00:00.000Z');
    expect(iso(parseTime('1777888800123456', 'UTC'))).toBe('2026-05-04T10:00:00.123Z');
    expect(iso(parseTime(1777888800000, 'UTC'))).toBe('2026-05-04T10:00:00.000Z');
  });

  it('names what is wrong with a bad time', () => {
    expect(iso(parseTime('yesterday', 'UTC'))).toBe(
      '"yesterday" is not a date/time (use ISO 8601 (2026-05-04T10:00:00Z, 2026-05-04 10:00), d.m.yyyy hh.mm, or an epoch transform)',
    );
    expect(iso(parseTime('31.2.2026', 'UTC'))).toBe('day 31 is not in 2026-02');
    expect(iso(parseTime('2026-13-01', 'UTC'))).toBe('month 13 is not 1–12');
    expect(iso(parseTime('4.5.2026 25.00', 'UTC'))).toBe('the time of day is out of range');
  });
});

describe('parseEpoch', () => {
  it('reads the unit the mapping names', () => {
    expect(parseEpoch('1777888800123456', 'epoch_us')).toBe(1777888800123);
    expect(parseEpoch(1777888800123, 'epoch_ms')).toBe(1777888800123);
    expect(parseEpoch('1777888800', 'epoch_s')).toBe(1777888800000);
    expect((parseEpoch('soon', 'epoch_s') as Problem).reason).toBe('"soon" is not an epoch number');
  });
});

describe('parseNumber', () => {
  it('takes a decimal comma or point and thousands separators', () => {
    expect(parseNumber('49,90')).toBe(49.9);
    expect(parseNumber('1 234,50')).toBe(1234.5);
    expect(parseNumber('1.234,50')).toBe(1234.5);
    expect(parseNumber('1,234.50')).toBe(1234.5);
    expect(parseNumber('-12')).toBe(-12);
    expect(parseNumber(7)).toBe(7);
    expect((parseNumber('lots') as Problem).reason).toBe('"lots" is not a number');
  });
});

describe('parseRating', () => {
  it('maps 1–5 as they are and good/bad to 5/1; offered means no rating', () => {
    expect(parseRating('4')).toBe(4);
    expect(parseRating('Good')).toBe(5);
    expect(parseRating('bad')).toBe(1);
    expect(parseRating('offered')).toBeNull();
    expect(parseRating('9', { '9': 5, '10': 5, '0': 1 })).toBe(5);
    expect((parseRating('meh') as Problem).reason).toBe(
      '"meh" is not a rating: use 1–5 or good/bad, or map other values in the mapping\'s "values"',
    );
    expect(parseRating('6')).toBeInstanceOf(Problem);
  });
});

describe('normaliseChannel', () => {
  it('knows Polku’s channels and common export names; the rest is other', () => {
    expect(normaliseChannel('Email')).toEqual({ channel: 'email', known: true });
    expect(normaliseChannel('web form')).toEqual({ channel: 'web', known: true });
    expect(normaliseChannel('Live chat')).toEqual({ channel: 'chat', known: true });
    expect(normaliseChannel('carrier pigeon')).toEqual({ channel: 'other', known: false });
  });
});

describe('helpers', () => {
  it('truncates with an ellipsis and knows zone offsets', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    expect(zoneOffsetMs('Europe/Helsinki', Date.UTC(2026, 6, 1))).toBe(3 * 3_600_000);
    expect(zoneOffsetMs('Europe/Helsinki', Date.UTC(2026, 0, 1))).toBe(2 * 3_600_000);
  });
});
