import type { DuckDBConnection } from '@duckdb/node-api';
import type { SqlEngine } from '../../analytics/engine.js';
import { openDuckDbEventStore } from './duckdb-event-store.js';
import type { EventRow, ResponseRow } from './event-rows.js';

export interface TouchpointCounts {
  touchpointId: string;
  events: number;
  responses: number;
}

/** What an idempotent append did: rows stored now, and rows skipped as already stored. */
export interface AppendResult {
  stored: number;
  duplicates: number;
  /** `rowKey` of every row stored now. */
  storedKeys: string[];
}

/** A stored survey response (routes choose what to show: the side panel leaves the customer out). */
export interface StoredResponse {
  id: string;
  surveyId: string | null;
  surveyVersion: number | null;
  /** Pseudonymised unless the workspace keeps raw ids. */
  customerId: string | null;
  properties: Record<string, unknown>;
  ts: string;
  audience: 'customer' | 'employee';
  level: 'touchpoint' | 'journey' | 'relationship';
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  language: string;
  channel: string | null;
  answers: Record<string, unknown>;
  source: string;
  complete: boolean;
}

/** Rows received in one hour or day from one source. */
export interface VolumeBucket {
  /** Start of the bucket, ISO 8601 UTC. */
  bucket: string;
  source: string;
  events: number;
  responses: number;
}

/**
 * What the app needs from the events store: append-only behavioural events and survey
 * responses. DuckDB is the embedded engine; a server engine (ClickHouse) can implement the
 * same interface later without touching routes or the UI.
 */
export interface EventStore extends SqlEngine {
  /** Appends the rows in one transaction: all of them are stored, or none. */
  appendEvents(rows: readonly EventRow[]): Promise<void>;
  /** Appends the rows in one transaction: all of them are stored, or none. */
  appendResponses(rows: readonly ResponseRow[]): Promise<void>;
  /**
   * Idempotent append: rows whose (workspace, id, timestamp) is already stored, or repeated
   * in `rows`, are skipped. One transaction: every new row is stored, or none.
   */
  appendNewEvents(rows: readonly EventRow[]): Promise<AppendResult>;
  /** Idempotent append of responses, as `appendNewEvents`. */
  appendNewResponses(rows: readonly ResponseRow[]): Promise<AppendResult>;
  /**
   * Bulk append with SQL (the CSV import's DuckDB-native path, src/imports/sql-import.ts):
   * runs `work` with the writer connection to itself, between the other writes, so its
   * staging tables and transactions never interleave with them. `work` owns its
   * transactions (each INSERT is answered only after its COMMIT). Absent on stores that are
   * not DuckDB.
   */
  bulkAppend?<T>(work: (writer: DuckDBConnection) => Promise<T>): Promise<T>;
  /** The touchpoint's newest responses, newest first. */
  latestResponses(workspaceId: string, touchpointId: string, limit: number): Promise<StoredResponse[]>;
  /** Events and responses received since `since`, per hour or day and source. */
  ingestVolume(workspaceId: string, since: Date, bucket: 'hour' | 'day'): Promise<VolumeBucket[]>;
  /** Events and responses (both audiences) per touchpoint of a journey, sorted by touchpoint id. */
  countsByTouchpoint(workspaceId: string, journeyId: string): Promise<TouchpointCounts[]>;
  /** Whether the workspace has any event or response. */
  hasData(workspaceId: string): Promise<boolean>;
  /** Removes every event and response of the workspace, in one transaction. */
  deleteWorkspace(workspaceId: string): Promise<void>;
  /**
   * Runs one read-only statement compiled by the analytics pipeline (src/analytics) on its
   * own connection, so analyses never wait behind ingest. Routes never call it directly.
   */
  select: SqlEngine['select'];
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
