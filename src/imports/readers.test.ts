import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvReader, detectDelimiter, jsonLinesReader, type RecordReader } from './readers.js';

async function all(reader: RecordReader, size = 2) {
  const headers = await reader.headers();
  const records: unknown[] = [];
  const lines: number[] = [];
  const errors: unknown[] = [];
  for (let b = await reader.next(size); b; b = await reader.next(size)) {
    records.push(...b.records);
    lines.push(...b.lines);
    errors.push(...b.errors);
  }
  return { headers, records, lines, errors, bytes: reader.bytesRead() };
}

/** The text in chunks of n bytes, so records and the BOM cross chunk borders. */
const chunked = (text: string, n = 7) => {
  const buf = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += n) parts.push(buf.subarray(i, i + n));
  return Readable.from(parts);
};

describe('detectDelimiter', () => {
  it('picks the most frequent of , ; tab outside quotes', () => {
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a;b;"c,d,e"')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('csvReader', () => {
  it('strips the BOM, detects ;, and gives each record the line it starts on', async () => {
    const text = '\ufeffid;text;n\r\n1;"two\r\nlines";3\r\n\r\n2;plain;4\r\n3;"a ""quoted"" word";5\r\n';
    const r = await all(csvReader(chunked(text)));
    expect(r.headers).toEqual(['id', 'text', 'n']);
    expect(r.records).toEqual([
      ['1', 'two\r\nlines', '3'],
      ['2', 'plain', '4'],
      ['3', 'a "quoted" word', '5'],
    ]);
    expect(r.lines).toEqual([2, 5, 6]);
    expect(r.errors).toEqual([]);
    expect(r.bytes).toBe(Buffer.byteLength(text));
  });

  it('reports a row with the wrong number of columns and reads on', async () => {
    const r = await all(csvReader(Readable.from(['a\tb\n1\t2\n3\n4\t5\t6\n7\t8\n'])));
    expect(r.records).toEqual([
      ['1', '2'],
      ['7', '8'],
    ]);
    expect(r.lines).toEqual([2, 5]);
    expect(r.errors).toEqual([
      { line: 3, field: '(row)', reason: 'has 1 columns; the header has 2' },
      { line: 4, field: '(row)', reason: 'has 3 columns; the header has 2' },
    ]);
  });

  it('reports an unclosed quote at the end', async () => {
    const r = await all(csvReader(Readable.from(['a,b\n1,2\n3,"open\n'])));
    expect(r.records).toEqual([['1', '2']]);
    expect(r.errors).toEqual([
      {
        line: 3,
        field: '(row)',
        reason: 'a quoted field is never closed (the record runs to the end of the file)',
      },
    ]);
  });

  it('reads a big file in batches of the asked size', async () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => `${i},x${i}\n`);
    const reader = csvReader(Readable.from(['n,x\n', ...rows]));
    await reader.headers();
    const sizes: number[] = [];
    let last: unknown[] = [];
    for (let b = await reader.next(5000); b; b = await reader.next(5000)) {
      sizes.push(b.records.length);
      last = [b.records.at(-1), b.lines.at(-1)];
    }
    expect(sizes).toEqual([5000, 5000, 2345]);
    expect(last).toEqual([['12344', 'x12344'], 12_346]);
  });
});

describe('csvReader fast path', () => {
  const texts = [
    'a,b\n1,2\n\n3,4\n',
    '\ufeffa,b\r\n1,2\r\n\r\n3,4\r\n5,6',
    'a,b\n1,2\n3,"x\ny"\n4,5\n',
    'a,b\n1,2\r\n3,4\n5,"q"\n',
    'a,b\r\n1,2\r\n3\n4,5\r\n6,7\r\n',
    'a,b\r\n1,2\r\n3\r4,5\r\n6,"7\r\n8"\r\n9,10',
    'a,b\n1,x"y\n2,"bad"z\n3,4\n',
    'a;b\n1;2\n 3 ; 4 \n5\n6;7;8\n',
    'a,b\rc,d\r1,2\r',
    '"a","b"\n1,2\n',
    '\n\na,b\n1,2\n',
    'a,b\n1,2\n3,"open\n',
    'a,b',
    'a,b\n',
    'ä,ö\nå,€\n😀,x\n',
  ];
  it('gives the same headers, records, lines and errors as csv-parse alone', async () => {
    for (const text of texts)
      for (const size of [1, 3, 64]) {
        const fast = await all(csvReader(chunked(text, size)), 2);
        const parsed = await all(csvReader(chunked(text, size), { fast: false }), 2);
        expect({ text, size, ...fast }).toEqual({ text, size, ...parsed });
      }
  });

  it('hands over to csv-parse mid-file and keeps counting lines', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => (i === 2500 ? `${i},"x\ny"\n` : `${i},x${i}\n`));
    const r = await all(csvReader(Readable.from(['n,x\n', ...rows])), 1000);
    expect(r.records).toHaveLength(3000);
    expect(r.records[2500]).toEqual(['2500', 'x\ny']);
    expect(r.lines.slice(2499, 2503)).toEqual([2501, 2502, 2504, 2505]);
  });
});

describe('jsonLinesReader', () => {
  it('reads objects per line, skips blank lines and reports bad lines', async () => {
    const text = '{"a":1,"b":"x"}\n\n{"a":2}\r\nnot json\n[1,2]\n{"a":3}';
    const r = await all(jsonLinesReader(chunked(text, 5)));
    expect(r.headers).toEqual(['a', 'b']);
    expect(r.records).toEqual([{ a: 1, b: 'x' }, { a: 2 }, { a: 3 }]);
    expect(r.lines).toEqual([1, 3, 6]);
    expect(r.errors).toEqual([
      {
        line: 4,
        field: '(row)',
        reason: expect.stringMatching(/^is not valid JSON: Unexpected token/),
      },
      { line: 5, field: '(row)', reason: 'is not a JSON object' },
    ]);
  });
});
