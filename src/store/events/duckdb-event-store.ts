import { resolve } from 'node:path';
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, timestampValue } from '@duckdb/node-api';
import type { EventRow, ResponseRow } from './event-rows.js';
import type { EventStore, EventStoreOptions, TouchpointCounts } from './event-store.js';
import { migrate } from './migrations.js';

/** Files opened by this process: DuckDB must not attach one file twice. */
const openFiles = new Set<string>();

function micros(d: Date): bigint {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid date in event store row');
  return BigInt(ms) * 1000n;
}

function varcharOrNull(a: DuckDBAppender, v: string | null): void {
  if (v === null) a.appendNull();
  else a.appendVarchar(v);
}

function smallIntOrNull(a: DuckDBAppender, v: number | null): void {
  if (v === null) a.appendNull();
  else a.appendSmallInt(v);
}

/** Column order = `events` table order (migration 1). */
function appendEvent(a: DuckDBAppender, r: EventRow): void {
  a.appendVarchar(r.id);
  a.appendVarchar(r.workspaceId);
  varcharOrNull(a, r.journeyId);
  varcharOrNull(a, r.touchpointId);
  varcharOrNull(a, r.touchpointKey);
  varcharOrNull(a, r.stageId);
  varcharOrNull(a, r.customerId);
  varcharOrNull(a, r.sessionId);
  a.appendTimestamp(timestampValue(micros(r.ts)));
  a.appendVarchar(r.name);
  varcharOrNull(a, r.channel);
  if (r.value === null) a.appendNull();
  else a.appendDouble(r.value);
  a.appendVarchar(JSON.stringify(r.properties));
  a.appendVarchar(r.source);
  a.appendTimestamp(timestampValue(micros(r.receivedAt)));
  a.endRow();
}

/** Column order = `responses` table order (migration 1). */
function appendResponse(a: DuckDBAppender, r: ResponseRow): void {
  a.appendVarchar(r.id);
  a.appendVarchar(r.workspaceId);
  varcharOrNull(a, r.surveyId);
  varcharOrNull(a, r.journeyId);
  varcharOrNull(a, r.touchpointId);
  varcharOrNull(a, r.stageId);
  varcharOrNull(a, r.customerId);
  a.appendTimestamp(timestampValue(micros(r.ts)));
  a.appendVarchar(r.audience);
  a.appendVarchar(r.level);
  smallIntOrNull(a, r.nps);
  smallIntOrNull(a, r.csat);
  smallIntOrNull(a, r.ces);
  varcharOrNull(a, r.comment);
  a.appendVarchar(r.language);
  varcharOrNull(a, r.channel);
  a.appendVarchar(JSON.stringify(r.answers));
  a.appendVarchar(JSON.stringify(r.properties));
  a.appendVarchar(r.source);
  a.appendTimestamp(timestampValue(micros(r.receivedAt)));
  a.endRow();
}

class DuckDbEventStore implements EventStore {
  /** Writes are serialised on one connection: each holds a transaction while it runs. */
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    private readonly reader: DuckDBConnection,
    private readonly fileKey: string | null,
  ) {}

  private check(): void {
    if (this.closed) throw new Error('the event store is closed');
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.check();
    const run = this.writeQueue.then(fn, fn);
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  private async inTransaction(fn: () => void | Promise<void>): Promise<void> {
    await this.writer.run('BEGIN TRANSACTION');
    try {
      await fn();
      await this.writer.run('COMMIT');
    } catch (err) {
      await this.writer.run('ROLLBACK');
      throw err;
    }
  }

  private appendAll<T>(table: string, rows: readonly T[], write: (a: DuckDBAppender, row: T) => void) {
    if (rows.length === 0) return Promise.resolve();
    return this.exclusive(() =>
      this.inTransaction(async () => {
        const appender = await this.writer.createAppender(table);
        try {
          for (const row of rows) write(appender, row);
        } catch (err) {
          appender.clear();
          appender.closeSync();
          throw err;
        }
        // Flushes; a constraint failure throws here and the transaction rolls back.
        appender.closeSync();
      }),
    );
  }

  appendEvents(rows: readonly EventRow[]): Promise<void> {
    return this.appendAll('events', rows, appendEvent);
  }

  appendResponses(rows: readonly ResponseRow[]): Promise<void> {
    return this.appendAll('responses', rows, appendResponse);
  }

  async countsByTouchpoint(workspaceId: string, journeyId: string): Promise<TouchpointCounts[]> {
    this.check();
    const reader = await this.reader.runAndReadAll(
      `WITH e AS (
         SELECT touchpoint_id, count(*) AS n FROM events
         WHERE workspace_id = $ws AND journey_id = $journey AND touchpoint_id IS NOT NULL
         GROUP BY touchpoint_id
       ), r AS (
         SELECT touchpoint_id, count(*) AS n FROM responses
         WHERE workspace_id = $ws AND journey_id = $journey AND touchpoint_id IS NOT NULL
         GROUP BY touchpoint_id
       )
       SELECT coalesce(e.touchpoint_id, r.touchpoint_id) AS touchpoint_id,
              coalesce(e.n, 0) AS events, coalesce(r.n, 0) AS responses
       FROM e FULL OUTER JOIN r ON e.touchpoint_id = r.touchpoint_id
       ORDER BY touchpoint_id`,
      { ws: workspaceId, journey: journeyId },
    );
    return reader.getRowsJS().map(([touchpointId, events, responses]) => ({
      touchpointId: String(touchpointId),
      events: Number(events),
      responses: Number(responses),
    }));
  }

  async hasData(workspaceId: string): Promise<boolean> {
    this.check();
    const reader = await this.reader.runAndReadAll(
      `SELECT EXISTS (SELECT 1 FROM events WHERE workspace_id = $ws)
           OR EXISTS (SELECT 1 FROM responses WHERE workspace_id = $ws)`,
      { ws: workspaceId },
    );
    return reader.getRowsJS()[0]?.[0] === true;
  }

  deleteWorkspace(workspaceId: string): Promise<void> {
    return this.exclusive(() =>
      this.inTransaction(async () => {
        await this.writer.run('DELETE FROM events WHERE workspace_id = $ws', { ws: workspaceId });
        await this.writer.run('DELETE FROM responses WHERE workspace_id = $ws', { ws: workspaceId });
      }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeQueue;
    this.reader.closeSync();
    this.writer.closeSync();
    this.instance.closeSync();
    if (this.fileKey !== null) openFiles.delete(this.fileKey);
  }
}

export async function openDuckDbEventStore(path: string, opts: EventStoreOptions = {}): Promise<EventStore> {
  const threads = opts.threads ?? 2;
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError('threads must be a positive integer');
  const fileKey = path === ':memory:' ? null : resolve(path);
  if (fileKey !== null && openFiles.has(fileKey)) {
    throw new Error(`the event store ${fileKey} is already open in this process`);
  }
  const instance = await DuckDBInstance.create(path, {
    memory_limit: opts.memoryLimit ?? '1GB',
    threads: String(threads),
  });
  try {
    const writer = await instance.connect();
    await migrate(writer);
    const reader = await instance.connect();
    if (fileKey !== null) openFiles.add(fileKey);
    return new DuckDbEventStore(instance, writer, reader, fileKey);
  } catch (err) {
    instance.closeSync();
    throw err;
  }
}
