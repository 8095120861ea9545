import { openDuckDbEventStore } from './duckdb-event-store.js';
import type { EventRow, ResponseRow } from './event-rows.js';

export interface TouchpointCounts {
  touchpointId: string;
  events: number;
  responses: number;
}

/**
 * What the app needs from the events store: append-only behavioural events and survey
 * responses. DuckDB is the embedded engine; a server engine (ClickHouse) can implement the
 * same interface later without touching routes or the UI.
 */
export interface EventStore {
  /** Appends the rows in one transaction: all of them are stored, or none. */
  appendEvents(rows: readonly EventRow[]): Promise<void>;
  /** Appends the rows in one transaction: all of them are stored, or none. */
  appendResponses(rows: readonly ResponseRow[]): Promise<void>;
  /** Events and responses (both audiences) per touchpoint of a journey, sorted by touchpoint id. */
  countsByTouchpoint(workspaceId: string, journeyId: string): Promise<TouchpointCounts[]>;
  /** Whether the workspace has any event or response. */
  hasData(workspaceId: string): Promise<boolean>;
  /** Removes every event and response of the workspace, in one transaction. */
  deleteWorkspace(workspaceId: string): Promise<void>;
  /** Waits for pending writes, then closes the database. */
  close(): Promise<void>;
}

export interface EventStoreOptions {
  /** DuckDB's memory limit (it would otherwise take 80 % of RAM). Default '1GB'. */
  memoryLimit?: string;
  /** Worker threads for queries. Default 2. */
  threads?: number;
}

/**
 * Opens (creating and migrating if needed) the event store at `path`, a DuckDB file;
 * `:memory:` gives a throwaway in-memory store. One process owns the file.
 */
export function openEventStore(path: string, opts: EventStoreOptions = {}): Promise<EventStore> {
  return openDuckDbEventStore(path, opts);
}
