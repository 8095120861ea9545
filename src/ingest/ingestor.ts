import type { EventStore } from '../store/events/event-store.js';
import type { IngestResult } from './inputs.js';
import type { WorkspaceView } from './workspace-view.js';

/**
 * What a bulk import needs to run as SQL next to the store (src/imports/sql-import.ts): the
 * workspace as the ingest steps see it, the event store and the clock. Only a local
 * ingestor has it (a remote one sends everything through the HTTP API).
 */
export interface BulkIngest {
  view(workspaceId: string): Promise<WorkspaceView>;
  events: EventStore;
  now(): number;
}

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
  /** Direct access for bulk imports; absent when the rows travel elsewhere (a remote server). */
  bulk?: BulkIngest;
  /** Forget cached touchpoints, settings and keys of a workspace (after the map or settings change). */
  invalidate(workspaceId: string): void;
}
