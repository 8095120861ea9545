import type { ImportFormat, ImportKind } from '../../../src/imports/targets.js';
import { apiRequest } from '../api/client.js';

/** A column mapping as the API takes and returns it (docs/import-mapping.md). */
export interface ColumnSpecView {
  column: string;
  transform?: string;
  values?: Record<string, number | null>;
}
export interface MappingView {
  kind: ImportKind;
  timezone: string;
  columns: Record<string, string | ColumnSpecView>;
  constants: { touchpoint?: string; channel?: string; name?: string; journeyId?: string; language?: string };
  properties: string[];
  delimiter?: string;
  format?: ImportFormat;
}

export interface RowErrorView {
  line: number;
  field: string;
  reason: string;
}

export interface ImportReportView {
  kind: ImportKind;
  format: ImportFormat;
  mapping: MappingView;
  headers: string[];
  dryRun: boolean;
  rowsRead: number;
  rowsRejected: number;
  stored: number;
  storedEvents: number;
  storedResponses: number;
  duplicates: number;
  wouldStore: number;
  errors: RowErrorView[];
  preview: { line: number; kind: 'event' | 'response'; row: Record<string, unknown> }[];
  complete: boolean;
  elapsedMs: number;
  rowsPerSecond: number;
}

export class ImportApiError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export interface ImportRunView {
  id: string;
  source: 'web' | 'cli';
  actor: string;
  fileName: string;
  kind: ImportKind;
  format: ImportFormat;
  mappingName: string;
  rowsRead: number;
  rowsRejected: number;
  stored: number;
  duplicates: number;
  errors: RowErrorView[];
  startedAt: string;
  finishedAt: string;
}

/** The workspace's latest imports. */
export async function importRuns(workspaceId: string): Promise<ImportRunView[]> {
  const res = await apiRequest<{ runs: ImportRunView[] }>(
    'GET',
    `/workspaces/${encodeURIComponent(workspaceId)}/imports?limit=20`,
  );
  return res.runs;
}

/** The file's format from its name: .jsonl / .ndjson / .json are JSON lines, the rest CSV. */
export function formatOf(fileName: string): ImportFormat {
  return /\.(jsonl|ndjson|json)$/i.test(fileName) ? 'jsonl' : 'csv';
}

/** The start of a file (about 1 MB), cut after its last complete line: what a dry run checks. */
export async function headOf(file: Blob, bytes = 1 << 20): Promise<Blob> {
  if (file.size <= bytes) return file;
  const text = await file.slice(0, bytes).text();
  const cut = text.lastIndexOf('\n');
  return new Blob([cut > 0 ? text.slice(0, cut + 1) : text]);
}

/**
 * Sends a file (or its start) to the import route. The browser streams a File body from
 * disk; nothing here reads the whole file into memory.
 */
export async function uploadImport(o: {
  workspaceId: string;
  body: Blob;
  kind: ImportKind;
  format: ImportFormat;
  mapping: string | MappingView;
  dryRun: boolean;
  csrfToken: string;
  fileName?: string;
}): Promise<ImportReportView> {
  const params = new URLSearchParams({
    kind: o.kind,
    format: o.format,
    mapping: typeof o.mapping === 'string' ? o.mapping : JSON.stringify(o.mapping),
    dryRun: String(o.dryRun),
    ...(o.fileName ? { fileName: o.fileName } : {}),
  });
  const res = await fetch(`/api/workspaces/${encodeURIComponent(o.workspaceId)}/imports?${params}`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': o.format === 'jsonl' ? 'application/x-ndjson' : 'text/csv',
      'x-csrf-token': o.csrfToken,
    },
    credentials: 'same-origin',
    body: o.body,
  });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = (data ?? {}) as { message?: string; issues?: { path: string; message: string }[] };
    throw new ImportApiError(err.message ?? res.statusText, err.issues ?? []);
  }
  return data as ImportReportView;
}
