import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { type Options, type Parser, parse } from 'csv-parse';
import type { RawRecord, RowError } from './row-mapper.js';

/**
 * Streaming readers: CSV (csv-parse) and JSON lines. Each hands out records in batches and
 * reads on only when asked for the next batch, so a file of any size flows through a
 * bounded amount of memory (backpressure reaches the file or the HTTP request).
 */
export interface RecordBatch {
  records: RawRecord[];
  /** The file line each record starts on (1 = the first line). */
  lines: number[];
  /** Records that could not be read at all (broken quoting, invalid JSON). */
  errors: RowError[];
}

export interface RecordReader {
  /** The CSV header row (after the first batch call for JSON lines: the first record's keys). */
  headers(): Promise<string[]>;
  /** The next batch of at most `size` records, or null at the end. */
  next(size: number): Promise<RecordBatch | null>;
  /** Bytes read from the input so far. */
  bytesRead(): number;
  /** The CSV delimiter in use. */
  delimiter?: string;
}

type Delimiter = ',' | ';' | '\t';

/** The delimiter of a header line: whichever of , ; tab occurs most (outside quotes). */
export function detectDelimiter(headerLine: string): Delimiter {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const count = (ch: string) => unquoted.split(ch).length - 1;
  const counts: [Delimiter, number][] = [
    [',', count(',')],
    [';', count(';')],
    ['\t', count('\t')],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** Pulls chunks from a stream one at a time (so reading stops while we do not ask). */
function chunkPuller(input: Readable) {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let bytes = 0;
  return {
    async pull(): Promise<Buffer | null> {
      const r = await it.next();
      if (r.done) return null;
      const buf = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      bytes += buf.length;
      return buf;
    },
    bytes: () => bytes,
  };
}

/** Line breaks inside a record's quoted fields (\r\n, \n or \r each count once). */
function breaks(record: readonly string[]): number {
  let n = 0;
  for (const field of record) {
    if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue;
    for (let i = 0; i < field.length; i++) {
      const ch = field.charCodeAt(i);
      if (ch === 10) n += 1;
      else if (ch === 13 && field.charCodeAt(i + 1) !== 10) n += 1;
    }
  }
  return n;
}

const blank = (record: readonly string[]) => record.length === 1 && (record[0] as string).trim() === '';

/**
 * A CSV reader: BOM stripped, delimiter detected (or given), quoted newlines allowed.
 *
 * Lines without quotes or stray carriage returns (most of a machine-made export) are split
 * here directly, which is several times faster than csv-parse; from the first line that is
 * not that simple, the rest of the file goes through csv-parse with the line ending already
 * found, so records, line numbers and errors are the same either way. `fast: false` sends
 * the whole file through csv-parse (the tests compare the two).
 */
export function csvReader(
  input: Readable,
  opts: { delimiter?: Delimiter; fast?: boolean } = {},
): RecordReader {
  const source = chunkPuller(input);
  let parser: Parser | undefined;
  let header: string[] | undefined;
  let headerWidth = 0;
  let ended = false;
  let failed: Error | undefined;
  /** The line the next record starts on (csv-parse runs without its costly per-record info). */
  let nextLine = 1;
  let unclosedQuote = false;
  let wake: (() => void) | undefined;
  const skipped: RowError[] = [];
  let feeding: Promise<void> | undefined;
  const reader: RecordReader = { headers, next, bytesRead: source.bytes };
  let started = false;
  let delimiter: Delimiter = ',';
  /** Fast mode: the decoded text not split yet, from `pos`; the line ending in use. */
  let fast = false;
  let text = '';
  let pos = 0;
  let eol: '\n' | '\r\n' = '\n';
  let sourceDone = false;
  const decoder = new StringDecoder('utf8');

  function makeParser(recordDelimiter?: string): Parser {
    const p = parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      readableHighWaterMark: 2048,
      ...(recordDelimiter === undefined ? {} : { record_delimiter: recordDelimiter }),
    } as Options);
    p.on('readable', () => wake?.());
    p.on('end', () => {
      ended = true;
      wake?.();
    });
    p.on('error', (err) => {
      failed = err;
      wake?.();
    });
    p.on('skip', (err: Error & { code?: string; lines?: number }) => {
      // With relaxed quotes and column counts, the one fatal case left is a quote never closed.
      if (err.code === 'CSV_QUOTE_NOT_CLOSED') unclosedQuote = true;
      else
        skipped.push({
          line: err.lines ?? 0,
          field: '(row)',
          reason: `cannot be read as CSV: ${err.message.replace(/ at line \d+.*$/, '')}`,
        });
    });
    parser = p;
    return p;
  }

  async function start(): Promise<void> {
    if (started) return;
    started = true;
    // Read until the first line is complete to see the delimiter.
    const first: Buffer[] = [];
    let head = '';
    for (;;) {
      const chunk = await source.pull();
      if (chunk === null) {
        sourceDone = true;
        break;
      }
      first.push(chunk);
      head += chunk.toString('utf8');
      if (head.includes('\n') || head.length > 1_000_000) break;
    }
    delimiter = opts.delimiter ?? detectDelimiter(head.replace(/^\ufeff/, '').split(/\r?\n/)[0] ?? '');
    reader.delimiter = delimiter;
    if (opts.fast !== false) {
      for (const chunk of first) text += decoder.write(chunk);
      if (sourceDone) text += decoder.end();
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      // The line ending is the first one in the file, as csv-parse would find it.
      const lf = text.indexOf('\n');
      const cr = text.indexOf('\r');
      const quote = text.indexOf('"');
      const breakAt = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      if (breakAt !== -1 && (quote === -1 || quote > breakAt) && (cr === -1 || cr >= lf - 1) && lf !== -1) {
        eol = cr !== -1 && cr === lf - 1 ? '\r\n' : '\n';
        fast = true;
        return;
      }
      text = '';
    }
    const p = makeParser();
    feeding = (async () => {
      try {
        for (const chunk of first) if (!p.write(chunk)) await drained(p);
        if (!sourceDone)
          for (;;) {
            const chunk = await source.pull();
            if (chunk === null) break;
            if (!p.write(chunk)) await drained(p);
          }
        p.end();
      } catch (err) {
        failed = err instanceof Error ? err : new Error(String(err));
        wake?.();
      }
    })();
  }

  /** Leaves fast mode: the text from `pos` on, and the rest of the input, go to csv-parse. */
  function toParser(): void {
    fast = false;
    const p = makeParser(eol);
    const rest = text.slice(pos);
    text = '';
    pos = 0;
    feeding = (async () => {
      try {
        if (rest !== '' && !p.write(rest)) await drained(p);
        if (!sourceDone) {
          for (;;) {
            const chunk = await source.pull();
            if (chunk === null) break;
            const part = decoder.write(chunk);
            if (part !== '' && !p.write(part)) await drained(p);
          }
          const tail = decoder.end();
          if (tail !== '' && !p.write(tail)) await drained(p);
        }
        p.end();
      } catch (err) {
        failed = err instanceof Error ? err : new Error(String(err));
        wake?.();
      }
    })();
  }

  /** A simple line's fields: no quote, no carriage return inside. */
  const simple = (line: string) => line.indexOf('"') === -1 && line.indexOf('\r') === -1;

  /** Fast mode: the next record, null at the end, or undefined after handing over to csv-parse. */
  async function fastRecord(): Promise<string[] | null | undefined> {
    for (;;) {
      const nl = text.indexOf('\n', pos);
      if (nl !== -1) {
        let end = nl;
        if (eol === '\r\n') {
          if (text.charCodeAt(nl - 1) !== 13 || nl - 1 < pos) {
            toParser();
            return undefined;
          }
          end = nl - 1;
        }
        const line = text.slice(pos, end);
        if (!simple(line)) {
          toParser();
          return undefined;
        }
        pos = nl + 1;
        return line.split(delimiter);
      }
      if (sourceDone) {
        if (pos >= text.length) return null;
        const line = text.slice(pos);
        if (!simple(line)) {
          toParser();
          return undefined;
        }
        pos = text.length;
        return line.split(delimiter);
      }
      const chunk = await source.pull();
      text = text.slice(pos);
      pos = 0;
      if (chunk === null) {
        sourceDone = true;
        text += decoder.end();
      } else text += decoder.write(chunk);
    }
  }

  function drained(p: Parser): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        p.off('drain', done);
        p.off('error', done);
        p.off('close', done);
        resolve();
      };
      p.on('drain', done);
      p.on('error', done);
      p.on('close', done);
    });
  }

  async function readOne(p: Parser): Promise<string[] | null> {
    for (;;) {
      if (failed) throw failed;
      const r = p.read() as string[] | null;
      if (r !== null) return r;
      if (ended) return null;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  }

  /** The next record in either mode. */
  async function record(): Promise<string[] | null> {
    if (fast) {
      const r = await fastRecord();
      if (r !== undefined) return r;
    }
    return readOne(parser as Parser);
  }

  async function headers(): Promise<string[]> {
    if (header) return header;
    await start();
    let first = await record();
    nextLine += first ? 1 + breaks(first) : 0;
    while (first && blank(first)) {
      first = await record();
      nextLine += first ? 1 + breaks(first) : 0;
    }
    header = first ? first.map((h) => h.trim()) : [];
    headerWidth = header.length;
    return header;
  }

  /** One record read: skipped when blank, an error when its width is wrong. */
  function take(r: string[], batch: RecordBatch): void {
    const line = nextLine;
    nextLine += 1 + breaks(r);
    if (blank(r)) return;
    if (r.length !== headerWidth) {
      batch.errors.push({
        line,
        field: '(row)',
        reason: `has ${r.length} columns; the header has ${headerWidth}`,
      });
      return;
    }
    batch.records.push(r);
    batch.lines.push(line);
  }

  async function next(size: number): Promise<RecordBatch | null> {
    if (!header) await headers();
    const batch: RecordBatch = { records: [], lines: [], errors: [] };
    while (fast && batch.records.length < size) {
      const r = await fastRecord();
      if (r === null) return batch.records.length || batch.errors.length ? batch : null;
      if (r !== undefined) take(r, batch);
    }
    if (fast) return batch;
    const p = parser as Parser;
    for (;;) {
      while (batch.records.length < size) {
        const r = p.read() as string[] | null;
        if (r === null) break;
        take(r, batch);
      }
      if (skipped.length) batch.errors.push(...skipped.splice(0));
      if (failed) throw failed;
      if (batch.records.length >= size || ended) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
    if (ended) {
      await feeding;
      if (unclosedQuote && p.readableLength === 0) {
        unclosedQuote = false;
        batch.errors.push({
          line: nextLine,
          field: '(row)',
          reason: 'a quoted field is never closed (the record runs to the end of the file)',
        });
      }
    }
    if (batch.records.length === 0 && batch.errors.length === 0 && ended) return null;
    return batch;
  }

  return reader;
}

/** A JSON-lines reader: one JSON object per line; blank lines are skipped. */
export function jsonLinesReader(input: Readable): RecordReader {
  const source = chunkPuller(input);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNo = 0;
  let done = false;
  let keys: string[] | undefined;
  let firstBatch: RecordBatch | null | undefined;

  function take(line: string, batch: RecordBatch) {
    lineNo += 1;
    const text = (lineNo === 1 ? line.replace(/^\ufeff/, '') : line).trim();
    if (text === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      batch.errors.push({ line: lineNo, field: '(row)', reason: `is not valid JSON: ${why}` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      batch.errors.push({ line: lineNo, field: '(row)', reason: 'is not a JSON object' });
      return;
    }
    batch.records.push(value as Record<string, unknown>);
    batch.lines.push(lineNo);
    keys ??= Object.keys(value);
  }

  async function read(size: number): Promise<RecordBatch | null> {
    const batch: RecordBatch = { records: [], lines: [], errors: [] };
    while (batch.records.length < size) {
      let pos = 0;
      let nl = pending.indexOf('\n');
      while (nl !== -1 && batch.records.length < size) {
        take(pending.slice(pos, nl > pos && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl), batch);
        pos = nl + 1;
        nl = pending.indexOf('\n', pos);
      }
      if (pos > 0) pending = pending.slice(pos);
      if (batch.records.length >= size) break;
      if (done) {
        if (pending !== '') {
          take(pending, batch);
          pending = '';
        }
        break;
      }
      const chunk = await source.pull();
      if (chunk === null) {
        pending += decoder.end();
        done = true;
      } else pending += decoder.write(chunk);
    }
    return batch.records.length || batch.errors.length ? batch : null;
  }

  return {
    async headers() {
      if (firstBatch === undefined && keys === undefined) firstBatch = await read(1);
      return keys ?? [];
    },
    async next(size) {
      if (firstBatch !== undefined) {
        const first = firstBatch;
        firstBatch = undefined;
        if (first === null) return null;
        const rest = await read(Math.max(0, size - first.records.length));
        if (rest) {
          first.records.push(...rest.records);
          first.lines.push(...rest.lines);
          first.errors.push(...rest.errors);
        }
        return first;
      }
      return read(size);
    },
    bytesRead: source.bytes,
  };
}
