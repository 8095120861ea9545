import { describe, expect, it } from 'vitest';
import { csvField, fileName, toCsv } from './csv.js';

describe('csv', () => {
  it('quotes commas, quotes, newlines and edge spaces, and leaves plain text alone', () => {
    expect(csvField('Delivery')).toBe('Delivery');
    expect(csvField('slow, late')).toBe('"slow, late"');
    expect(csvField('he said "never"')).toBe('"he said ""never"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12')).toBe('-12');
    expect(csvField('+3,5')).toBe('"+3,5"');
    expect(csvField('-40…-10')).toBe("'-40…-10");
  });

  it('builds the header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['Touchpoint', 'NPS', 'n'],
        [
          ['Waiting for delivery', -31, 120],
          ['Checkout, web', null, 0],
        ],
      ),
    ).toBe('Touchpoint,NPS,n\r\nWaiting for delivery,-31,120\r\n"Checkout, web",,0\r\n');
  });

  it('makes file names from titles', () => {
    expect(fileName('Funnel between stages', 'csv')).toBe('funnel-between-stages.csv');
    expect(fileName('Ääni & kävijät', 'png')).toBe('aani-kavijat.png');
    expect(fileName('!!!', 'csv')).toBe('chart.csv');
  });
});
