import { resolve } from 'node:path';
import {
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  type DuckDBType,
  DuckDBTypeId,
  timestampValue,
} from '@duckdb/node-api';
import duckdb from '@duckdb/node-bindings';
import type { SqlParams, SqlRow } from '../../analytics/engine.js';
import { type EventRow, type ResponseRow, rowKey } from './event-rows.js';
import type {
  AppendResult,
  EventStore,
  EventStoreOptions,
  StoredResponse,
  TouchpointCounts,
  VolumeBucket,
} from './event-store.js';
import { migrate } from './migrations.js';

/** Files opened by this process: DuckDB must not attach one file twice. */
const openFiles = new Set<string>();

function micros(d: Date): bigint {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid date in event store row');
  return BigInt(ms) * 1000n;
}

/** DuckDB TIMESTAMP values come back as JS objects with `micros`; rows are stored in UTC. */
function toIso(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === 'object' && 'micros' in v)
    return new Date(Number((v as { micros: bigint }).micros / 1000n)).toISOString();
  return new Date(String(v)).toISOString();
}

/**
 * Column-wise appends: rows go into DuckDB data chunks (up to 2,048 rows each) a column at a
 * time, instead of one appender call per value. Numbers and timestamps are copied in as
 * typed arrays, a text column holding one value for the whole chunk (workspace, source,
 * event name …) becomes a constant vector, and the chunk takes the table's own column types
 * (JSON included), so the appender casts nothing.
 */
type Column<T> =
  | { kind: 'varchar'; get: (r: T) => string | null }
  | { kind: 'timestamp'; get: (r: T) => Date }
  | { kind: 'double'; get: (r: T) => number | null }
  | { kind: 'smallint'; get: (r: T) => number | null }
  | { kind: 'integer'; get: (r: T) => number | null }
  | { kind: 'boolean'; get: (r: T) => boolean };

const KIND_TYPE_ID: Record<Column<unknown>['kind'], DuckDBTypeId> = {
  varchar: DuckDBTypeId.VARCHAR,
  timestamp: DuckDBTypeId.TIMESTAMP,
  double: DuckDBTypeId.DOUBLE,
  smallint: DuckDBTypeId.SMALLINT,
  integer: DuckDBTypeId.INTEGER,
  boolean: DuckDBTypeId.BOOLEAN,
};

const CHUNK_ROWS = duckdb.vector_size();
const texts: (string | null)[] = new Array(CHUNK_ROWS);
const validityBytes = new Uint8Array(Math.ceil(CHUNK_ROWS / 64) * 8);
const wide = new ArrayBuffer(CHUNK_ROWS * 8);
const float64s = new Float64Array(wide);
const int32s = new Int32Array(wide);
const int16s = new Int16Array(wide);
const uint8s = new Uint8Array(wide);

/** The table's column types as the appender sees them, checked against the columns we write. */
function chunkTypes(a: DuckDBAppender, columns: readonly Column<never>[]): DuckDBType[] {
  if (a.columnCount !== columns.length)
    throw new Error(`the table has ${a.columnCount} columns; the writer has ${columns.length}`);
  return columns.map((c, i) => {
    const type = a.columnType(i);
    if (type.typeId !== KIND_TYPE_ID[c.kind])
      throw new Error(`column ${i} is ${type.toString()} in the table; the writer has ${c.kind}`);
    return type;
  });
}

/** Marks row i as NULL in `validityBytes` (all valid before the first call). */
function setNull(i: number, anyNull: boolean): void {
  if (!anyNull) validityBytes.fill(0xff);
  validityBytes[i >> 3] = (validityBytes[i >> 3] as number) & ~(1 << (i & 7));
}

function flushValidity(vector: duckdb.Vector, n: number): void {
  duckdb.vector_ensure_validity_writable(vector);
  duckdb.copy_data_to_vector_validity(vector, 0, validityBytes.buffer, 0, Math.ceil(n / 64) * 8);
}

function writeVarchar<T>(
  vector: duckdb.Vector,
  get: (r: T) => string | null,
  rows: readonly T[],
  from: number,
  n: number,
) {
  const first = get(rows[from] as T);
  texts[0] = first;
  let same = true;
  for (let i = 1; i < n; i++) {
    const v = get(rows[from + i] as T);
    texts[i] = v;
    if (v !== first) same = false;
  }
  if (same) {
    duckdb.vector_reference_value(
      vector,
      first === null ? duckdb.create_null_value() : duckdb.create_varchar(first),
    );
    return;
  }
  let anyNull = false;
  for (let i = 0; i < n; i++) {
    const v = texts[i] as string | null;
    if (v === null) {
      setNull(i, anyNull);
      anyNull = true;
    } else duckdb.vector_assign_string_element(vector, i, v);
  }
  texts.fill(null, 0, n);
  if (anyNull) flushValidity(vector, n);
}

function writeNumbers<T>(
  vector: duckdb.Vector,
  get: (r: T) => number | boolean | null,
  kind: 'double' | 'smallint' | 'integer' | 'boolean',
  rows: readonly T[],
  from: number,
  n: number,
) {
  let anyNull = false;
  for (let i = 0; i < n; i++) {
    const v = get(rows[from + i] as T);
    if (v === null) {
      setNull(i, anyNull);
      anyNull = true;
      continue;
    }
    if (kind === 'double') float64s[i] = v as number;
    else if (kind === 'integer') int32s[i] = v as number;
    else if (kind === 'smallint') int16s[i] = v as number;
    else uint8s[i] = v ? 1 : 0;
  }
  const width = kind === 'double' ? 8 : kind === 'integer' ? 4 : kind === 'smallint' ? 2 : 1;
  duckdb.copy_data_to_vector(vector, 0, wide, 0, n * width);
  if (anyNull) flushValidity(vector, n);
}

/** Timestamps as int64 microseconds (exact: |µs| stays below 2^53 for any valid Date). */
function writeTimestamps<T>(
  vector: duckdb.Vector,
  get: (r: T) => Date,
  rows: readonly T[],
  from: number,
  n: number,
) {
  for (let i = 0; i < n; i++) {
    const ms = get(rows[from + i] as T).getTime();
    if (!Number.isFinite(ms)) throw new RangeError('invalid date in event store row');
    const us = ms * 1000;
    const hi = Math.floor(us / 4294967296);
    int32s[2 * i] = us - hi * 4294967296;
    int32s[2 * i + 1] = hi;
  }
  duckdb.copy_data_to_vector(vector, 0, wide, 0, n * 8);
}

function appendColumns<T>(a: DuckDBAppender, columns: readonly Column<T>[], rows: readonly T[]): void {
  const types = chunkTypes(a, columns as readonly Column<never>[]);
  for (let from = 0; from < rows.length; from += CHUNK_ROWS) {
    const n = Math.min(CHUNK_ROWS, rows.length - from);
    const chunk = DuckDBDataChunk.create(types, n);
    columns.forEach((c, ci) => {
      const vector = duckdb.data_chunk_get_vector(chunk.chunk, ci);
      if (c.kind === 'varchar') writeVarchar(vector, c.get, rows, from, n);
      else if (c.kind === 'timestamp') writeTimestamps(vector, c.get, rows, from, n);
      else writeNumbers(vector, c.get as (r: T) => number | boolean | null, c.kind, rows, from, n);
    });
    a.appendDataChunk(chunk);
  }
}

/** Column order = `events` table order (migration 1). */
const EVENT_COLUMNS: readonly Column<EventRow>[] = [
  { kind: 'varchar', get: (r) => r.id },
  { kind: 'varchar', get: (r) => r.workspaceId },
  { kind: 'varchar', get: (r) => r.journeyId },
  { kind: 'varchar', get: (r) => r.touchpointId },
  { kind: 'varchar', get: (r) => r.touchpointKey },
  { kind: 'varchar', get: (r) => r.stageId },
  { kind: 'varchar', get: (r) => r.customerId },
  { kind: 'varchar', get: (r) => r.sessionId },
  { kind: 'timestamp', get: (r) => r.ts },
  { kind: 'varchar', get: (r) => r.name },
  { kind: 'varchar', get: (r) => r.channel },
  { kind: 'double', get: (r) => r.value },
  { kind: 'varchar', get: (r) => JSON.stringify(r.properties) },
  { kind: 'varchar', get: (r) => r.source },
  { kind: 'timestamp', get: (r) => r.receivedAt },
];

/** Column order = `responses` table order (migration 1 and later). */
const RESPONSE_COLUMNS: readonly Column<ResponseRow>[] = [
  { kind: 'varchar', get: (r) => r.id },
  { kind: 'varchar', get: (r) => r.workspaceId },
  { kind: 'varchar', get: (r) => r.surveyId },
  { kind: 'varchar', get: (r) => r.journeyId },
  { kind: 'varchar', get: (r) => r.touchpointId },
  { kind: 'varchar', get: (r) => r.stageId },
  { kind: 'varchar', get: (r) => r.customerId },
  { kind: 'timestamp', get: (r) => r.ts },
  { kind: 'varchar', get: (r) => r.audience },
  { kind: 'varchar', get: (r) => r.level },
  { kind: 'smallint', get: (r) => r.nps },
  { kind: 'smallint', get: (r) => r.csat },
  { kind: 'smallint', get: (r) => r.ces },
  { kind: 'varchar', get: (r) => r.comment },
  { kind: 'varchar', get: (r) => r.language },
  { kind: 'varchar', get: (r) => r.channel },
  { kind: 'varchar', get: (r) => JSON.stringify(r.answers) },
  { kind: 'varchar', get: (r) => JSON.stringify(r.properties) },
  { kind: 'varchar', get: (r) => r.source },
  { kind: 'timestamp', get: (r) => r.receivedAt },
  { kind: 'integer', get: (r) => r.surveyVersion },
  { kind: 'boolean', get: (r) => r.complete },
];

/**
 * Keeps the first of rows that share (workspace, id, timestamp): a batch may repeat an event.
 * Returns the kept rows with their keys (built once per row).
 */
function distinctRows<T extends { workspaceId: string; id: string; ts: Date }>(
  rows: readonly T[],
): { rows: T[]; keys: string[] } {
  const seen = new Set<string>();
  const out: T[] = [];
  const keys: string[] = [];
  for (const r of rows) {
    const key = rowKey(r.workspaceId, r.id, r.ts.getTime());
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    keys.push(key);
  }
  return { rows: out, keys };
}

function sqlTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

/** A DuckDB JS value as a plain one: big integers and decimals as numbers, timestamps as ISO strings. */
function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(plainValue);
  return plainRow(v as Record<string, unknown>);
}

function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
  return out;
}

/** Keys the idempotency check keeps per table (about 100 bytes each). */
const RECENT_KEYS = 200_000;

/** Moves the floor up to the median timestamp and forgets the keys at or below it. */
function forgetOlderHalf(recent: { floor: number; keys: Map<string, number> }): void {
  const times = Float64Array.from(recent.keys.values()).sort();
  const floor = times[times.length >> 1] as number;
  for (const [key, t] of recent.keys) if (t <= floor) recent.keys.delete(key);
  recent.floor = floor;
}

class DuckDbEventStore implements EventStore {
  /** Writes are serialised on one connection: each holds a transaction while it runs. */
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /**
   * Per table, what the idempotency check knows without asking DuckDB: `floor`, the newest
   * timestamp stored when the table was first appended to idempotently (or after the last
   * eviction), and the keys of every row stored since with a newer timestamp. A row newer
   * than the floor is a repeat only if its key is in `keys`; only rows at or below the floor
   * need the probe. So live traffic, and a sender whose batches overlap in time, mostly
   * needs no probe at all. Bounded: past `RECENT_KEYS` keys the floor moves up to the median
   * timestamp and the older half is forgotten (those rows are probed again). Dropped after
   * any other write (plain appends, bulk imports, deletes).
   */
  private readonly recent = new Map<string, { floor: number; keys: Map<string, number> }>();

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    private readonly reader: DuckDBConnection,
    private readonly analytics: DuckDBConnection,
    private readonly fileKey: string | null,
  ) {}

  async select(sql: string, params: SqlParams = {}): Promise<SqlRow[]> {
    this.check();
    const reader = await this.analytics.runAndReadAll(sql, params);
    return reader.getRowObjectsJS().map((row) => plainRow(row));
  }

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

  private appendAll<T>(table: string, rows: readonly T[], columns: readonly Column<T>[]) {
    if (rows.length === 0) return Promise.resolve();
    // Rows the idempotency check does not know of: start again from what is stored.
    this.recent.delete(table);
    return this.exclusive(() =>
      this.inTransaction(async () => {
        this.recent.delete(table);
        const appender = await this.writer.createAppender(table);
        try {
          appendColumns(appender, columns, rows);
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
    return this.appendAll('events', rows, EVENT_COLUMNS);
  }

  appendResponses(rows: readonly ResponseRow[]): Promise<void> {
    return this.appendAll('responses', rows, RESPONSE_COLUMNS);
  }

  /**
   * Appends the rows not stored yet, where a stored row has the same workspace, id and
   * timestamp. One probe finds which of the batch's keys are stored (its timestamp bounds
   * are literals, so DuckDB's zone maps skip the row groups outside the batch's time range),
   * then the appender writes the rest in one flush (one transaction). Writes are serialised
   * on this connection, so nothing can slip in between probe and append.
   * Measured against 5 M rows: a staging-table anti-join took 9 ms for one row and 74 ms for
   * 5,000; this takes a fraction of that (see BENCHMARKS.md).
   */
  private appendNew<T extends { workspaceId: string; id: string; ts: Date }>(
    table: 'events' | 'responses',
    input: readonly T[],
    columns: readonly Column<T>[],
  ): Promise<AppendResult> {
    const { rows, keys } = distinctRows(input);
    if (rows.length === 0) return Promise.resolve({ stored: 0, duplicates: input.length, storedKeys: [] });
    return this.exclusive(async () => {
      let recent = this.recent.get(table);
      if (!recent) {
        recent = { floor: await this.latestStored(table), keys: new Map() };
        this.recent.set(table, recent);
      }
      const floor = recent.floor;
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      const stored = new Set<string>();
      /** Rows that may repeat a stored one, as JSON for the probe: one parameter, not a value per key. */
      const suspects: { w: string; i: string; t: number }[] = [];
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i] as T;
        const t = r.ts.getTime();
        if (t > floor) {
          const key = keys[i] as string;
          if (recent.keys.has(key)) stored.add(key);
          continue;
        }
        suspects.push({ w: r.workspaceId, i: r.id, t });
        if (t < lo) lo = t;
        if (t > hi) hi = t;
      }
      if (suspects.length > 0) {
        const probe = await this.writer.runAndReadAll(
          `SELECT e.workspace_id, e.id, epoch_ms(e.ts) FROM ${table} e
           SEMI JOIN (
             SELECT unnest(from_json($keys, '[{"w":"VARCHAR","i":"VARCHAR","t":"BIGINT"}]'), recursive := true)
           ) k ON e.workspace_id = k.w AND e.id = k.i AND e.ts = make_timestamp(k.t * 1000)
           WHERE e.ts BETWEEN TIMESTAMP '${sqlTimestamp(lo)}' AND TIMESTAMP '${sqlTimestamp(hi)}'`,
          { keys: JSON.stringify(suspects) },
        );
        for (const [ws, id, ms] of probe.getRowsJS()) stored.add(rowKey(String(ws), String(id), Number(ms)));
      }
      const fresh: T[] = [];
      const storedKeys: string[] = [];
      rows.forEach((r, i) => {
        const key = keys[i] as string;
        if (stored.has(key)) return;
        fresh.push(r);
        storedKeys.push(key);
      });
      if (fresh.length > 0) {
        // In an explicit transaction the appender's flush only fills the transaction's local
        // storage; the COMMIT (WAL write and sync) runs off the main thread, so the next
        // chunk can be read meanwhile. Every fresh row is stored, or none.
        await this.inTransaction(async () => {
          const appender = await this.writer.createAppender(table);
          try {
            appendColumns(appender, columns, fresh);
          } catch (err) {
            appender.clear();
            appender.closeSync();
            throw err;
          }
          appender.closeSync();
        });
        for (let i = 0; i < fresh.length; i++) {
          const t = (fresh[i] as T).ts.getTime();
          if (t > floor) recent.keys.set(storedKeys[i] as string, t);
        }
        if (recent.keys.size > RECENT_KEYS) forgetOlderHalf(recent);
      }
      return { stored: fresh.length, duplicates: input.length - fresh.length, storedKeys };
    });
  }

  bulkAppend<T>(work: (writer: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      try {
        return await work(this.writer);
      } finally {
        // Rows the idempotency check does not know of.
        this.recent.clear();
      }
    });
  }

  private async latestStored(table: 'events' | 'responses'): Promise<number> {
    const reader = await this.writer.runAndReadAll(`SELECT coalesce(epoch_ms(max(ts)), 0) FROM ${table}`);
    return Number(reader.getRowsJS()[0]?.[0] ?? 0);
  }

  appendNewEvents(rows: readonly EventRow[]): Promise<AppendResult> {
    return this.appendNew('events', rows, EVENT_COLUMNS);
  }

  appendNewResponses(rows: readonly ResponseRow[]): Promise<AppendResult> {
    return this.appendNew('responses', rows, RESPONSE_COLUMNS);
  }

  async latestResponses(workspaceId: string, touchpointId: string, limit: number): Promise<StoredResponse[]> {
    this.check();
    const reader = await this.reader.runAndReadAll(
      `SELECT id, survey_id, ts, audience, level, nps, csat, ces, comment, language, channel, answers::VARCHAR, source,
              complete, survey_version, customer_id, properties::VARCHAR
       FROM responses WHERE workspace_id = $ws AND touchpoint_id = $tp
       ORDER BY ts DESC, id LIMIT $limit`,
      { ws: workspaceId, tp: touchpointId, limit },
    );
    return reader.getRowsJS().map((r) => ({
      id: String(r[0]),
      surveyId: r[1] === null ? null : String(r[1]),
      ts: toIso(r[2]),
      audience: String(r[3]) as StoredResponse['audience'],
      level: String(r[4]) as StoredResponse['level'],
      nps: r[5] === null ? null : Number(r[5]),
      csat: r[6] === null ? null : Number(r[6]),
      ces: r[7] === null ? null : Number(r[7]),
      comment: r[8] === null ? null : String(r[8]),
      language: String(r[9]),
      channel: r[10] === null ? null : String(r[10]),
      answers: JSON.parse(String(r[11])) as Record<string, unknown>,
      source: String(r[12]),
      complete: r[13] === true,
      surveyVersion: r[14] === null ? null : Number(r[14]),
      customerId: r[15] === null ? null : String(r[15]),
      properties: JSON.parse(String(r[16])) as Record<string, unknown>,
    }));
  }

  async ingestVolume(workspaceId: string, since: Date, bucket: 'hour' | 'day'): Promise<VolumeBucket[]> {
    this.check();
    const reader = await this.reader.runAndReadAll(
      `WITH e AS (
         SELECT date_trunc('${bucket}', received_at) AS b, source, count(*) AS n FROM events
         WHERE workspace_id = $ws AND received_at >= $since GROUP BY ALL
       ), r AS (
         SELECT date_trunc('${bucket}', received_at) AS b, source, count(*) AS n FROM responses
         WHERE workspace_id = $ws AND received_at >= $since GROUP BY ALL
       )
       SELECT coalesce(e.b, r.b) AS b, coalesce(e.source, r.source) AS source,
              coalesce(e.n, 0) AS events, coalesce(r.n, 0) AS responses
       FROM e FULL OUTER JOIN r ON e.b = r.b AND e.source = r.source
       ORDER BY b, source`,
      { ws: workspaceId, since: timestampValue(micros(since)) },
    );
    return reader.getRowsJS().map((r) => ({
      bucket: toIso(r[0]),
      source: String(r[1]),
      events: Number(r[2]),
      responses: Number(r[3]),
    }));
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
        // Deleted rows may come again: the idempotency check must not remember them.
        this.recent.clear();
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
    this.analytics.closeSync();
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
    const analytics = await instance.connect();
    if (fileKey !== null) openFiles.add(fileKey);
    return new DuckDbEventStore(instance, writer, reader, analytics, fileKey);
  } catch (err) {
    instance.closeSync();
    throw err;
  }
}
