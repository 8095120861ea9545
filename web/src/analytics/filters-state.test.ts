import { describe, expect, it } from 'vitest';
import { fromBody, parseSegment, readFilters, toBody, writeFilters } from './filters-state.js';

const NOW = Date.parse('2026-11-23T16:00:00Z');

describe('filter state in the URL', () => {
  it('reads and writes every filter, leaving defaults out', () => {
    const qs =
      'days=30&compare=1&channel=web&persona=p1&audience=employee&segment=region%3DNorth&segment=loyaltyMember%3Dtrue';
    const state = readFilters(`?${qs}`);
    expect(state).toEqual({
      days: 30,
      from: null,
      to: null,
      compare: true,
      channels: ['web'],
      personaIds: ['p1'],
      audience: 'employee',
      segments: [
        { name: 'region', value: 'North' },
        { name: 'loyaltyMember', value: 'true' },
      ],
    });
    expect(writeFilters(state)).toBe(qs);
    expect(writeFilters(readFilters(''))).toBe('');
    expect(writeFilters(readFilters('days=90'), 'tab=x')).toBe('tab=x');
  });
  it('drops invalid values', () => {
    const s = readFilters('?days=7&from=2026-13&audience=robots&segment=1bad%3Dx&segment=region%3D');
    expect(s.days).toBe(90);
    expect(s.from).toBeNull();
    expect(s.audience).toBeNull();
    expect(s.segments).toEqual([]);
  });
  it('builds the analysis request: preset periods end at the next UTC midnight, custom days are inclusive', () => {
    expect(
      toBody(readFilters('days=30&compare=1&segment=region%3DNorth&segment=region%3DSouth'), NOW),
    ).toEqual({
      period: { from: '2026-10-25T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' },
      compareTo: 'previous',
      filters: { properties: { region: ['North', 'South'] } },
    });
    expect(toBody(readFilters('from=2026-01-01&to=2026-01-31'), NOW).period).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
    });
  });
  it('round-trips through the request', () => {
    for (const qs of ['days=180&channel=app', 'from=2026-01-01&to=2026-01-31&audience=employee', '']) {
      expect(writeFilters(fromBody(toBody(readFilters(qs), NOW), NOW))).toBe(qs);
    }
  });
  it('parses segments', () => {
    expect(parseSegment(' region = North ')).toEqual({ name: 'region', value: 'North' });
    expect(parseSegment('=x')).toBeNull();
    expect(parseSegment('region')).toBeNull();
  });
});
