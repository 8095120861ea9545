import { newId } from '../domain/journey/ids.js';
import type { MetaDb } from '../store/meta/db.js';
import type { ImportReport } from './run-import.js';

/** Rejected rows kept with a run (the CLI's .rejected.jsonl and the web's answer have them all). */
const KEPT_ERRORS = 100;
/** Runs kept per workspace. */
const KEPT_RUNS = 200;

export interface ImportRunView {
  id: string;
  source: string;
  actor: string;
  fileName: string;
  kind: string;
  format: string;
  mappingName: string;
  rowsRead: number;
  rowsRejected: number;
  stored: number;
  duplicates: number;
  errors: { line: number; field: string; reason: string }[];
  startedAt: string;
  finishedAt: string;
}

/** Records a finished import (not dry runs) and keeps the last 200 per workspace. */
export async function recordImportRun(
  db: MetaDb,
  run: {
    workspaceId: string;
    source: 'web' | 'cli';
    actor: string;
    fileName: string;
    mappingName: string;
    startedAt: string;
    finishedAt: string;
  },
  report: ImportReport,
): Promise<string> {
  const id = newId('ir');
  await db
    .insertInto('importRuns')
    .values({
      id,
      workspaceId: run.workspaceId,
      source: run.source,
      actor: run.actor.slice(0, 200),
      fileName: run.fileName.slice(0, 255),
      kind: report.kind,
      format: report.format,
      mappingName: run.mappingName.slice(0, 80),
      rowsRead: report.rowsRead,
      rowsRejected: report.rowsRejected,
      stored: report.stored,
      duplicates: report.duplicates,
      errors: JSON.stringify(report.errors.slice(0, KEPT_ERRORS)),
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
    })
    .execute();
  const cutoff = await db
    .selectFrom('importRuns')
    .select('seq')
    .where('workspaceId', '=', run.workspaceId)
    .orderBy('seq', 'desc')
    .offset(KEPT_RUNS)
    .limit(1)
    .executeTakeFirst();
  if (cutoff)
    await db
      .deleteFrom('importRuns')
      .where('workspaceId', '=', run.workspaceId)
      .where('seq', '<=', cutoff.seq)
      .execute();
  return id;
}

/** The latest imports of a workspace, newest first. */
export async function listImportRuns(
  db: MetaDb,
  workspaceId: string,
  limit: number,
): Promise<ImportRunView[]> {
  const rows = await db
    .selectFrom('importRuns')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map(({ seq: _seq, workspaceId: _ws, errors, ...r }) => ({
    ...r,
    errors: JSON.parse(errors) as ImportRunView['errors'],
  }));
}

/** How a mapping choice is named in the log. */
export const mappingName = (choice: unknown): string => (typeof choice === 'string' ? choice : 'custom');
