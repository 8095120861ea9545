import { describe, expect, it } from 'vitest';
import { fmt, fmtDelta, fmtHours, fmtInterval, fmtShare } from './format.js';

describe('dashboard formats', () => {
  it('rounds with the locale decimal mark and an ASCII minus', () => {
    expect(fmt(-31.46, 'en')).toBe('-31');
    expect(fmt(4.25, 'en', 1)).toBe('4.3');
    expect(fmt(4.25, 'fi', 1)).toBe('4,3');
    expect(fmt(-0.2, 'en')).toBe('0');
    expect(fmt(1234, 'en')).toBe('1,234');
    expect(fmt(null, 'en')).toBe('–');
  });

  it('signs changes and writes intervals and shares', () => {
    expect(fmtDelta(3.4, 'en')).toBe('+3');
    expect(fmtDelta(-1.46, 'en', 1)).toBe('-1.5');
    expect(fmtDelta(0.2, 'en')).toBe('0');
    expect(fmtInterval({ low: -40.2, high: -10.6 }, 'en')).toBe('-40…-11');
    expect(fmtInterval(null, 'en')).toBe('–');
    expect(fmtShare(0.4234, 'en')).toBe('42%');
    expect(fmtShare(0.4234, 'fi', 1)).toBe('42,3 %');
  });

  it('writes durations in minutes, hours or days', () => {
    expect(fmtHours(0.5, 'en')).toBe('30 min');
    expect(fmtHours(5.25, 'en')).toBe('5.3 h');
    expect(fmtHours(72, 'en')).toBe('3.0 d');
    expect(fmtHours(72, 'fi')).toBe('3,0 vrk');
    expect(fmtHours(null, 'en')).toBe('–');
  });
});
