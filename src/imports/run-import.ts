import type { Readable } from 'node:stream';
import type { Ingestor } from '../ingest/ingestor.js';
import type { IngestResult } from '../ingest/inputs.js';
import {
  builtinKind,
  builtinMapping,
  builtinName,
  type ColumnFinder,
  guessMapping,
  headerFinder,
  normaliseName,
} from './builtin-mappings.js';
import { plainCsv } from './csv-prescan.js';
import type { Mapping } from './mapping.js';
import { csvReader, jsonLinesReader, type RecordReader } from './readers.js';
import { compileRowMapper, emptyRows, type MappedRows, type RawRecord, type RowError } from './row-mapper.js';
import { runSqlImport, sqlImportPlan } from './sql-import.js';
import type { ImportFormat, ImportKind } from './targets.js';

/** A mapping as given: a full mapping, a built-in's name (tickets, ga4 …), or "auto" (guess from the columns). */
export type MappingChoice = Mapping | string;

/** A rejected row with the record it came from (for `<file>.rejected.jsonl`). */
export interface RejectedRow extends RowError {
  record?: Record<string, unknown>;
}

export interface ImportProgress {
  rowsRead: number;
  bytesRead: number;
  stored: number;
  duplicates: number;
  rejected: number;
  elapsedMs: number;
}

export interface RunImportOptions {
  ingestor: Ingestor;
  workspaceId: string;
  input: Readable;
  format: ImportFormat;
  /** Needed with "auto"; with a built-in or a mapping it must agree with theirs. */
  kind?: ImportKind;
  mapping: MappingChoice;
  /** Set after the mapping is resolved: a touchpoint for every row, the zone of local times. */
  overrides?: { touchpoint?: string; timezone?: string };
  /** Validate and show what would be stored; store nothing. */
  dryRun?: boolean;
  /** Rows per chunk: each chunk is committed before the next is read on. */
  chunkSize?: number;
  /**
   * The file's path when `input` reads a local file: a plain CSV with a mapping the SQL path
   * handles is then imported by DuckDB itself (sql-import.ts), many times faster.
   */
  path?: string;
  /** Stop after this many rows (the web app's dry run looks at the start of a file). */
  maxRows?: number;
  /** Rows kept for the dry run's preview. */
  previewRows?: number;
  /** Rejected rows kept in the report (all of them go to onRejected). */
  keepErrors?: number;
  onProgress?: (p: ImportProgress) => void;
  onRejected?: (rows: RejectedRow[]) => void | Promise<void>;
}

export interface ImportReport {
  kind: ImportKind;
  format: ImportFormat;
  mapping: Mapping;
  headers: string[];
  dryRun: boolean;
  rowsRead: number;
  rowsRejected: number;
  /** Events and responses stored now (a ticket row gives up to three). */
  stored: number;
  storedEvents: number;
  storedResponses: number;
  /** Already stored by an earlier run of the same import. */
  duplicates: number;
  /** Dry run: events and responses that would be stored. */
  wouldStore: number;
  /** The first rejected rows, by line. */
  errors: RowError[];
  /** Dry run: the first rows as they would be stored, with their line. */
  preview: { line: number; kind: 'event' | 'response'; row: Record<string, unknown> }[];
  /** Whether the whole input was read (false when maxRows stopped early). */
  complete: boolean;
  elapsedMs: number;
  rowsPerSecond: number;
  /** Which path imported the file: DuckDB itself (sql-import.ts) or the JS mapper and ingestor. */
  engine: 'duckdb' | 'js';
}

/** The import cannot start: a mapping problem or an unreadable header. Nothing was stored. */
export class ImportSetupError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function finderFor(format: ImportFormat, headers: string[]): ColumnFinder {
  const find = headerFinder(headers);
  if (format === 'csv') return find;
  const tops = new Set(headers.map(normaliseName));
  return (wanted) => {
    if (!wanted.includes('.')) return find(wanted);
    const top = wanted.split('.')[0] ?? '';
    return tops.has(normaliseName(top)) ? wanted : undefined;
  };
}

function resolveMapping(
  choice: MappingChoice,
  kind: ImportKind | undefined,
  format: ImportFormat,
  headers: string[],
): Mapping {
  const find = finderFor(format, headers);
  if (typeof choice !== 'string') {
    if (kind && choice.kind !== kind)
      throw new ImportSetupError([`the mapping is for ${choice.kind}, the import is for ${kind}`]);
    return choice;
  }
  if (choice === 'auto') {
    if (!kind) throw new ImportSetupError(['kind: say what the file holds (events, tickets or responses)']);
    return guessMapping(kind, find);
  }
  const name = builtinName(choice);
  if (!name)
    throw new ImportSetupError([
      `mapping: "${choice}" is not a built-in mapping (web-analytics or ga4, tickets, survey-export, orders) or a mapping file`,
    ]);
  if (kind && builtinKind(name) !== kind)
    throw new ImportSetupError([`mapping: the built-in "${name}" imports ${builtinKind(name)}, not ${kind}`]);
  return builtinMapping(name, find);
}

function withOverrides(m: Mapping, o: RunImportOptions['overrides']): Mapping {
  if (!o?.touchpoint && !o?.timezone) return m;
  return {
    ...m,
    ...(o.timezone ? { timezone: o.timezone } : {}),
    constants: { ...m.constants, ...(o.touchpoint ? { touchpoint: o.touchpoint } : {}) },
  };
}

function recordObject(record: RawRecord, headers: string[]): Record<string, unknown> {
  if (!Array.isArray(record)) return record as Record<string, unknown>;
  const o: Record<string, unknown> = {};
  headers.forEach((h, i) => {
    o[h] = (record as string[])[i];
  });
  return o;
}

const EMPTY: IngestResult = { accepted: 0, stored: 0, duplicates: 0, rejected: [], warnings: [] };

/**
 * Streams a CSV or JSON-lines file through a mapping into the ingestor, in chunks: one chunk
 * is committed while the next is read and mapped, and no more is read until that commit is
 * done. Bad rows are reported with their line, field and reason; good rows are stored. Ids
 * are deterministic, so running the same import again stores nothing new.
 */
export async function runImport(o: RunImportOptions): Promise<ImportReport> {
  const t0 = performance.now();
  const chunkSize = o.chunkSize ?? 5000;
  const keepErrors = o.keepErrors ?? 1000;
  const previewRows = o.previewRows ?? 10;
  const delimiter = typeof o.mapping === 'string' ? undefined : o.mapping.delimiter;
  const reader: RecordReader =
    o.format === 'csv' ? csvReader(o.input, delimiter ? { delimiter } : {}) : jsonLinesReader(o.input);
  let headers: string[];
  try {
    headers = await reader.headers();
  } catch (err) {
    throw new ImportSetupError([
      `the file cannot be read: ${err instanceof Error ? err.message : String(err)}`,
    ]);
  }
  if (o.format === 'csv' && headers.length === 0) throw new ImportSetupError(['the file is empty']);
  const mapping = withOverrides(resolveMapping(o.mapping, o.kind, o.format, headers), o.overrides);
  const compiled = compileRowMapper(
    mapping,
    o.format === 'csv' ? { format: 'csv', headers } : { format: 'jsonl' },
  );
  if ('problems' in compiled) throw new ImportSetupError(compiled.problems);
  const mapper = compiled;

  const report: ImportReport = {
    kind: mapping.kind,
    format: o.format,
    mapping,
    headers,
    dryRun: o.dryRun ?? false,
    rowsRead: 0,
    rowsRejected: 0,
    stored: 0,
    storedEvents: 0,
    storedResponses: 0,
    duplicates: 0,
    wouldStore: 0,
    errors: [],
    preview: [],
    complete: true,
    elapsedMs: 0,
    rowsPerSecond: 0,
    engine: 'js',
  };

  /** The SQL path reads the file in DuckDB: its progress is the share of lines committed. */
  let bytesRead: number | undefined;
  const progress = () => {
    report.elapsedMs = Math.round(performance.now() - t0);
    o.onProgress?.({
      rowsRead: report.rowsRead,
      bytesRead: bytesRead ?? reader.bytesRead(),
      stored: report.stored,
      duplicates: report.duplicates,
      rejected: report.rowsRejected,
      elapsedMs: report.elapsedMs,
    });
  };

  /**
   * Stores (or, in a dry run, previews) one chunk's mapped rows; resolves to its rejected
   * rows, one per line, sorted by line, each with the record it came from.
   */
  async function processRows(
    rows: MappedRows,
    records: RawRecord[],
    lines: number[],
  ): Promise<RejectedRow[]> {
    const rejected: RowError[] = rows.errors;
    if (o.dryRun) {
      const [ev, rs] = await Promise.all([
        rows.events.length
          ? o.ingestor.preview(o.workspaceId, 'events', rows.events)
          : { rows: [], rejected: [] },
        rows.responses.length
          ? o.ingestor.preview(o.workspaceId, 'responses', rows.responses)
          : { rows: [], rejected: [] },
      ]);
      report.wouldStore += ev.rows.length + rs.rows.length;
      const evRejected = new Set(ev.rejected.map((r) => r.index));
      const rsRejected = new Set(rs.rejected.map((r) => r.index));
      const picks: ImportReport['preview'] = [];
      let i = 0;
      rows.events.forEach((_, index) => {
        if (!evRejected.has(index))
          picks.push({ line: rows.eventLines[index] ?? 0, kind: 'event', row: ev.rows[i++] ?? {} });
      });
      i = 0;
      rows.responses.forEach((_, index) => {
        if (!rsRejected.has(index))
          picks.push({ line: rows.responseLines[index] ?? 0, kind: 'response', row: rs.rows[i++] ?? {} });
      });
      picks.sort((a, b) => a.line - b.line);
      report.preview.push(...picks.slice(0, Math.max(0, previewRows - report.preview.length)));
      translate(ev.rejected, rows.eventLines, 'events', rejected);
      translate(rs.rejected, rows.responseLines, 'responses', rejected);
    } else {
      const [ev, rs] = await Promise.all([
        // The workspace's recorded rejections name the file line.
        rows.events.length
          ? o.ingestor.ingestEvents(o.workspaceId, rows.events, 'import', rows.eventLines)
          : EMPTY,
        rows.responses.length
          ? o.ingestor.ingestResponses(o.workspaceId, rows.responses, 'import', rows.responseLines)
          : EMPTY,
      ]);
      report.storedEvents += ev.stored;
      report.storedResponses += rs.stored;
      report.stored += ev.stored + rs.stored;
      report.duplicates += ev.duplicates + rs.duplicates;
      translate(ev.rejected, rows.eventLines, 'events', rejected);
      translate(rs.rejected, rows.responseLines, 'responses', rejected);
    }
    const unique: RejectedRow[] = [];
    if (rejected.length > 0) {
      rejected.sort((a, b) => a.line - b.line);
      const byLine = new Map<number, number>();
      for (let i = 0; i < lines.length; i++) byLine.set(lines[i] as number, i);
      let last = -1;
      for (const e of rejected) {
        if (e.line === last) continue;
        last = e.line;
        const at = byLine.get(e.line);
        const record = at === undefined ? undefined : records[at];
        unique.push(record === undefined ? e : { ...e, record: recordObject(record, headers) });
      }
    }
    return unique;
  }

  /** Counts and reports rejected rows (sorted by line). */
  async function reject(unique: RejectedRow[]): Promise<void> {
    if (unique.length === 0) return;
    report.rowsRejected += unique.length;
    for (const e of unique) {
      if (report.errors.length >= keepErrors) break;
      report.errors.push({ line: e.line, field: e.field, reason: e.reason });
    }
    await o.onRejected?.(unique);
  }

  async function commit(
    rows: MappedRows,
    records: RawRecord[],
    lines: number[],
    count: number,
  ): Promise<void> {
    await reject(await processRows(rows, records, lines));
    report.rowsRead += count;
    progress();
  }

  function translate(
    rejections: IngestResult['rejected'],
    lines: number[],
    kind: 'events' | 'responses',
    into: RowError[],
  ) {
    for (const r of rejections)
      into.push({ line: lines[r.index] ?? 0, field: mapper.column(kind, r.field), reason: r.reason });
  }

  const plan =
    o.path !== undefined &&
    o.format === 'csv' &&
    !o.dryRun &&
    o.maxRows === undefined &&
    o.ingestor.bulk?.events.bulkAppend
      ? sqlImportPlan(mapping, headers, reader.delimiter)
      : null;
  const plain = plan && o.path !== undefined ? await plainCsv(o.path, reader.delimiter) : null;
  if (plan && plain && o.path !== undefined && o.ingestor.bulk) {
    const sql = await runSqlImport({
      bulk: o.ingestor.bulk,
      workspaceId: o.workspaceId,
      path: o.path,
      plan,
      clean: plain.clean,
      headers,
      oddRows: (records, lines) => {
        const rows = emptyRows();
        for (let i = 0; i < records.length; i++)
          mapper.map(records[i] as RawRecord, lines[i] as number, rows);
        return processRows(rows, records, lines);
      },
      progress: (p) => {
        bytesRead = Math.round(plain.bytes * p.done);
        report.rowsRead = p.rowsRead;
        report.stored += p.stored;
        report.storedEvents += p.stored;
        report.duplicates += p.duplicates;
        progress();
      },
    });
    if (sql) {
      o.input.destroy();
      report.engine = 'duckdb';
      report.rowsRead = sql.rowsRead;
      for (let i = 0; i < sql.rejected.length; i += chunkSize)
        await reject(sql.rejected.slice(i, i + chunkSize));
      progress();
      report.elapsedMs = Math.round(performance.now() - t0);
      report.rowsPerSecond =
        report.elapsedMs > 0 ? Math.round((report.rowsRead * 1000) / report.elapsedMs) : report.rowsRead;
      return report;
    }
  }

  let inflight: Promise<void> | undefined;
  let read = 0;
  try {
    for (;;) {
      const room = o.maxRows === undefined ? chunkSize : Math.min(chunkSize, o.maxRows - read);
      if (room <= 0) {
        report.complete = false;
        break;
      }
      const batch = await reader.next(room);
      if (!batch) break;
      const rows = emptyRows();
      rows.errors.push(...batch.errors);
      const { records, lines } = batch;
      for (let i = 0; i < records.length; i++) mapper.map(records[i] as RawRecord, lines[i] as number, rows);
      const count = records.length + batch.errors.length;
      read += count;
      await inflight;
      inflight = commit(rows, records, lines, count);
      // Awaited before the next chunk; until then a failure must not count as unhandled.
      inflight.catch(() => {});
    }
    await inflight;
  } finally {
    if (!report.complete) o.input.destroy();
  }
  report.elapsedMs = Math.round(performance.now() - t0);
  report.rowsPerSecond =
    report.elapsedMs > 0 ? Math.round((report.rowsRead * 1000) / report.elapsedMs) : report.rowsRead;
  return report;
}
