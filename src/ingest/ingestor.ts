import type { IngestResult } from './inputs.js';

/**
 * The ingestion pipeline as the rest of the app sees it. Each call runs the named steps
 * validate → resolve touchpoint → pseudonymise → enrich → buffer → commit, and resolves only
 * after the accepted rows are committed (group commit: concurrent calls share one DuckDB
 * transaction). Inputs are `unknown`: validation is the first step.
 */
export interface Ingestor {
  ingestEvents(
    workspaceId: string,
    inputs: readonly unknown[],
    source: 'api' | 'tracker' | 'import',
    positions?: readonly number[],
  ): Promise<IngestResult>;
  ingestResponses(
    workspaceId: string,
    inputs: readonly unknown[],
    source: 'api' | 'survey' | 'import',
    positions?: readonly number[],
  ): Promise<IngestResult>;
  /** Validates and resolves without storing: what would be stored (for dry runs). */
  preview(
    workspaceId: string,
    kind: 'events' | 'responses',
    inputs: readonly unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rejected: IngestResult['rejected'] }>;
  /** Waits until every queued row is committed (for shutdown). */
  flush(): Promise<void>;
  /** Forget cached touchpoints, settings and keys of a workspace (after the map or settings change). */
  invalidate(workspaceId: string): void;
}
