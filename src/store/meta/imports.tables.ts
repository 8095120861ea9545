import type { Generated } from 'kysely';

/** One finished CSV / JSON-lines import: who, what file, and what came of it. */
export interface ImportRunsTable {
  id: string;
  workspaceId: string;
  /** web or cli. */
  source: string;
  /** The user's email, an API key id, or the OS user of a CLI run. */
  actor: string;
  fileName: string;
  kind: string;
  format: string;
  /** A built-in mapping's name, "auto", or "custom". */
  mappingName: string;
  rowsRead: number;
  rowsRejected: number;
  stored: number;
  duplicates: number;
  /** The first rejected rows as JSON [{line, field, reason}]. */
  errors: string;
  startedAt: string;
  finishedAt: string;
  seq: Generated<number>;
}

/** Meta-store tables of the imports feature; `MetaDatabase` extends this. */
export interface ImportTables {
  importRuns: ImportRunsTable;
}
