import type { Generated } from 'kysely';

/** Per-workspace secrets: the pseudonymisation key, the survey-context signing key … */
export interface WorkspaceSecretsTable {
  workspaceId: string;
  purpose: string;
  secret: string;
  createdAt: string;
}

/** The last rejected events and rows per workspace (the data page shows them). */
export interface IngestRejectionsTable {
  id: Generated<number>;
  workspaceId: string;
  at: string;
  /** api, tracker or import. */
  source: string;
  /** Index in the batch, or line number of an import. */
  position: number;
  field: string;
  reason: string;
  /** The rejected input, truncated, as JSON. */
  payload: string;
}

/** Meta-store tables of the ingest feature; `MetaDatabase` extends this. */
export interface IngestTables {
  workspaceSecrets: WorkspaceSecretsTable;
  ingestRejections: IngestRejectionsTable;
}
