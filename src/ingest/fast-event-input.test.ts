import { describe, expect, it } from 'vitest';
import { fastEventInput } from './fast-event-input.js';
import { EventInput } from './inputs.js';

const T = Date.UTC(2026, 4, 1, 12);
const valid: unknown[] = [
  { name: 'page_view' },
  {
    id: ' e-1 ',
    touchpoint: 'checkout',
    name: ' order_placed ',
    customerId: 'c-1',
    sessionId: 's-1',
    timestamp: T,
    channel: 'web',
    value: -12.5,
    url: ' https://x.example/a ',
    properties: { region: 'Uusimaa', n: 3, nested: { a: [1, 2] } },
  },
  { name: 'x', timestamp: '2026-05-01T12:00:00Z' },
  { name: 'x', timestamp: '2026-05-01T12:00:00+0300' },
  { name: 'x', timestamp: '2026-05-01T12:00:00.123-03:00' },
  { name: 'x', id: 'i'.repeat(128), customerId: 'c'.repeat(128), touchpoint: 't'.repeat(80) },
  { name: 'n'.repeat(80), value: 1e9, url: 'u'.repeat(2000) },
  { name: 'x', properties: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])) },
  { name: 'x', properties: { ['k'.repeat(80)]: 'v' } },
  { name: 'x', properties: {} },
  { name: 'x', timestamp: Date.UTC(2000, 0, 1) },
];
const invalid: unknown[] = [
  {},
  { name: '' },
  { name: '   ' },
  { name: 5 },
  { name: 'x', extra: 1 },
  { name: 'x', id: '' },
  { name: 'x', id: 'i'.repeat(129) },
  { name: 'n'.repeat(81) },
  { name: 'x', touchpoint: 't'.repeat(81) },
  { name: 'x', timestamp: '2026-05-01T12:00:00' },
  { name: 'x', timestamp: 'yesterday Z' },
  { name: 'x', timestamp: Date.UTC(1999, 11, 31) },
  { name: 'x', timestamp: 1e20 },
  { name: 'x', timestamp: `2026-05-01T12:00:00.${'1'.repeat(30)}Z` },
  { name: 'x', timestamp: true },
  { name: 'x', channel: 'Web' },
  { name: 'x', channel: 'fax' },
  { name: 'x', value: 1e9 + 1 },
  { name: 'x', value: '3' },
  { name: 'x', url: 'u'.repeat(2001) },
  { name: 'x', url: 5 },
  { name: 'x', properties: [] },
  { name: 'x', properties: null },
  { name: 'x', properties: { ['k'.repeat(81)]: 'v' } },
  { name: 'x', properties: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) },
  { name: 'x', properties: { big: 'v'.repeat(8_000) } },
  { name: 'x', customerId: null },
  JSON.parse('{"name":"x","properties":{"__proto__":{"polluted":true}}}'),
  JSON.parse('{"name":"x","__proto__":{"polluted":true}}'),
];

describe('fastEventInput', () => {
  it('gives exactly what the schema gives for valid events', () => {
    for (const input of valid) {
      const parsed = EventInput.safeParse(input);
      expect(parsed.success).toBe(true);
      expect(fastEventInput(input)).toEqual(parsed.data);
    }
  });

  it('leaves every event the schema rejects (and a few it accepts) to zod', () => {
    for (const input of invalid) expect([input, fastEventInput(input)]).toEqual([input, undefined]);
    for (const input of invalid.slice(0, -2))
      if (EventInput.safeParse(input).success) expect(['accepted by zod', input]).toBeUndefined();
  });
});
