import {
  BIGINT,
  type DuckDBConnection,
  DuckDBDataChunk,
  type DuckDBValue,
  INTEGER,
  VARCHAR,
} from '@duckdb/node-api';
import duckdb from '@duckdb/node-bindings';
import { UnknownWorkspaceError } from '../ingest/create-ingestor.js';
import type { BulkIngest } from '../ingest/ingestor.js';
import { MAX_FUTURE_MS } from '../ingest/inputs.js';
import { pseudonymiser } from '../ingest/pseudonymise.js';
import { matchRule, type WorkspaceView } from '../ingest/workspace-view.js';
import { columnOf, type Mapping } from './mapping.js';
import type { RejectedRow } from './run-import.js';
import { channelWords, truncate } from './values.js';

/**
 * The DuckDB-native CSV import: DuckDB reads the file (one line per row), splits, maps and
 * checks it as SQL; JavaScript only computes what must match the JS path bit for bit and
 * is per distinct value or cheap: HMAC pseudonyms of the distinct customer ids, the mapping
 * rules for the distinct (event, url, channel) triples, and the content-hash ids (one pass
 * over the rows' content, read back from DuckDB in large strings).
 *
 * It gives the same rows, ids, pseudonyms, line-numbered rejections and idempotency as the
 * JS path (run-import.ts) because it only decides rows it is sure about: a row is stored
 * here when every check of the JS path would pass (plain digits for the epoch timestamp,
 * lengths within the input schema's limits, no control characters, ASCII where the JS path
 * lower-cases …), rejected here only for a wrong column count or an empty required cell, and
 * every other row ("odd": a timestamp in another notation, a too-long cell …) is handed to
 * the JS mapper and ingestor with its line, which decide it exactly as they always do.
 * Used for local CSV files whose lines are plain (csv-prescan.ts) with an events mapping
 * that reads the time with an epoch transform and has no value column; run-import.ts
 * chooses.
 */

type TextField = 'id' | 'customerId' | 'sessionId' | 'touchpoint' | 'channel' | 'url';
const TEXT_FIELDS: readonly TextField[] = ['id', 'customerId', 'sessionId', 'touchpoint', 'channel', 'url'];

export interface SqlImportPlan {
  delimiter: string;
  width: number;
  unit: 'epoch_us' | 'epoch_ms' | 'epoch_s';
  timestamp: { index: number; column: string };
  name: { index?: number; column: string; constant?: string; lower?: boolean };
  text: Partial<Record<TextField, { index: number; lower: boolean }>>;
  constants: { touchpoint?: string; channel?: string };
  properties: { key: string; index: number }[];
}

/** The plan for the SQL path, or null when the mapping needs the JS path. */
export function sqlImportPlan(
  mapping: Mapping,
  headers: readonly string[],
  delimiter: string | undefined,
): SqlImportPlan | null {
  if (mapping.kind !== 'events') return null;
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') return null;
  const index = (column: string) => {
    const i = headers.indexOf(column);
    return i === -1 ? undefined : i;
  };
  const ts = mapping.columns.timestamp;
  if (ts === undefined || typeof ts === 'string') return null;
  if (ts.transform !== 'epoch_us' && ts.transform !== 'epoch_ms' && ts.transform !== 'epoch_s') return null;
  const tsIndex = index(ts.column);
  if (tsIndex === undefined) return null;
  const text: SqlImportPlan['text'] = {};
  let name: SqlImportPlan['name'] | undefined;
  for (const [field, spec] of Object.entries(mapping.columns)) {
    if (field === 'timestamp') continue;
    if (field === 'value') return null;
    const transform = typeof spec === 'string' ? undefined : spec.transform;
    if (transform !== undefined && transform !== 'lowercase') return null;
    const i = index(columnOf(spec));
    if (i === undefined) return null;
    if (field === 'name') name = { index: i, column: columnOf(spec), lower: transform === 'lowercase' };
    else if ((TEXT_FIELDS as readonly string[]).includes(field))
      text[field as TextField] = { index: i, lower: transform === 'lowercase' };
    else return null;
  }
  const c = mapping.constants;
  if (name === undefined) {
    if (c.name === undefined) return null;
    name = { column: 'name', constant: c.name };
  } else if (c.name !== undefined) name.constant = c.name;
  const properties: SqlImportPlan['properties'] = [];
  for (const column of mapping.properties) {
    const i = index(column);
    const key = truncate(column, 80);
    if (i === undefined || key === 'url' || key === 'sourceChannel') return null;
    if (properties.some((p) => p.key === key)) return null;
    properties.push({ key, index: i });
  }
  if (properties.length >= 50) return null;
  return {
    delimiter,
    width: headers.length,
    unit: ts.transform,
    timestamp: { index: tsIndex, column: ts.column },
    name,
    text,
    constants: {
      ...(c.touchpoint !== undefined && { touchpoint: c.touchpoint }),
      ...(c.channel !== undefined && { channel: c.channel }),
    },
    properties,
  };
}

/** What JavaScript's String.prototype.trim removes (the SQL path trims with the same set). */
const JS_WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]
  .map((c) => String.fromCharCode(c))
  .join('');

/**
 * `contentHash('im', …)` of row-mapper.ts for many rows: records "line\x04content" joined by
 * \x03 in; each record's line and 53-bit hash out (the id is "im_" and the hash in base 36,
 * see `BASE36`). Returns how many records it read.
 */
export function contentHashes(joined: string, lines: Int32Array, hashes: Float64Array): number {
  // The state after feeding the prefix "im".
  let s1 = 0xdeadbeef;
  let s2 = 0x41c6ce57;
  for (const ch of [0x69, 0x6d]) {
    s1 = Math.imul(s1 ^ ch, 2654435761);
    s2 = Math.imul(s2 ^ ch, 1597334677);
  }
  let n = 0;
  let i = 0;
  while (i < joined.length) {
    let line = 0;
    for (let ch = joined.charCodeAt(i); ch !== 4; ch = joined.charCodeAt(++i)) line = line * 10 + ch - 48;
    i += 1;
    let h1 = s1;
    let h2 = s2;
    for (; i < joined.length; i++) {
      const ch = joined.charCodeAt(i);
      if (ch === 3) break;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    i += 1;
    const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
    lines[n] = line;
    hashes[n] = 4294967296 * (2097151 & b) + (a >>> 0);
    n += 1;
  }
  return n;
}

/** `h.toString(36)` in SQL for a whole number 0 ≤ h < 2^53 (at most 11 digits). */
const BASE36 = (h: string) => {
  const digits = Array.from({ length: 11 }, (_, k) => {
    const power = 36 ** (10 - k);
    return `substr('0123456789abcdefghijklmnopqrstuvwxyz', ((${h} // ${power}) % 36)::INTEGER + 1, 1)`;
  });
  return `CASE WHEN ${h} = 0 THEN '0' ELSE ltrim(concat(${digits.join(', ')}), '0') END`;
};

const CHUNK = duckdb.vector_size();

/** Appends text columns in DuckDB data chunks. */
async function appendRows(
  writer: DuckDBConnection,
  table: string,
  columns: readonly (readonly (string | null)[])[],
): Promise<void> {
  const n = columns[0]?.length ?? 0;
  if (n === 0) return;
  const appender = await writer.createAppender(table, 'main', 'temp');
  const types = columns.map(() => VARCHAR);
  const validity = new Uint8Array(Math.ceil(CHUNK / 64) * 8);
  try {
    for (let from = 0; from < n; from += CHUNK) {
      const size = Math.min(CHUNK, n - from);
      const chunk = DuckDBDataChunk.create(types, size);
      let ci = 0;
      for (const column of columns) {
        const vector = duckdb.data_chunk_get_vector(chunk.chunk, ci++);
        let anyNull = false;
        for (let i = 0; i < size; i++) {
          const v = column[from + i] as string | null;
          if (v !== null) {
            duckdb.vector_assign_string_element(vector, i, v);
            continue;
          }
          if (!anyNull) validity.fill(0xff);
          anyNull = true;
          validity[i >> 3] = (validity[i >> 3] as number) & ~(1 << (i & 7));
        }
        if (anyNull) {
          duckdb.vector_ensure_validity_writable(vector);
          duckdb.copy_data_to_vector_validity(vector, 0, validity.buffer, 0, Math.ceil(size / 64) * 8);
        }
      }
      appender.appendDataChunk(chunk);
    }
  } finally {
    appender.closeSync();
  }
}

/** Appends (INTEGER, BIGINT) rows; the BIGINTs are whole numbers below 2^53 given as doubles. */
async function appendNumbers(
  writer: DuckDBConnection,
  table: string,
  ints: Int32Array,
  bigs: Float64Array,
): Promise<void> {
  const appender = await writer.createAppender(table, 'main', 'temp');
  const words = new Int32Array(CHUNK * 2);
  try {
    for (let from = 0; from < ints.length; from += CHUNK) {
      const size = Math.min(CHUNK, ints.length - from);
      const chunk = DuckDBDataChunk.create([INTEGER, BIGINT], size);
      const part = ints.slice(from, from + size);
      duckdb.copy_data_to_vector(duckdb.data_chunk_get_vector(chunk.chunk, 0), 0, part.buffer, 0, size * 4);
      for (let i = 0; i < size; i++) {
        const v = bigs[from + i] as number;
        const hi = Math.floor(v / 4294967296);
        words[2 * i] = v - hi * 4294967296;
        words[2 * i + 1] = hi;
      }
      duckdb.copy_data_to_vector(duckdb.data_chunk_get_vector(chunk.chunk, 1), 0, words.buffer, 0, size * 8);
      appender.appendDataChunk(chunk);
    }
  } finally {
    appender.closeSync();
  }
}

const TEMP_TABLES = [
  'imp_lines',
  'imp',
  'imp_ids',
  'imp_channels',
  'imp_customers',
  'imp_rules',
  'imp_touchpoints',
  'imp_skip',
  'imp_repeats',
];

/** The rows to store, as the events table wants them (before skipping repeats). */
const OUT = `
  SELECT i.line, coalesce(i.v_id, 'im_' || ${BASE36('x.h')}) AS id, make_timestamp(i.ms * 1000) AS ts,
    tp.journey_id, tp.id AS touchpoint_id, coalesce(i.v_touchpoint, r.key) AS touchpoint_key,
    tp.stage_id, c.customer AS customer_id, i.v_session AS session_id, i.v_name AS name,
    coalesce(i.v_channel, tp.channel) AS channel, i.properties
  FROM imp i
    LEFT JOIN imp_ids x ON x.line = i.line
    LEFT JOIN imp_rules r ON i.v_touchpoint IS NULL AND r.name = i.v_name
      AND r.url IS NOT DISTINCT FROM i.v_url AND r.channel IS NOT DISTINCT FROM i.v_channel
    LEFT JOIN imp_touchpoints tp ON tp.key = coalesce(i.v_touchpoint, r.key)
    LEFT JOIN imp_customers c ON c.raw = i.v_customer
  WHERE i.status = 'ok'`;

/** The classifying query: every non-blank data line with its cells, status and mapped values. */
export function classifySql(
  plan: SqlImportPlan,
  maxMs: number,
  clean: boolean,
): { sql: string; params: Record<string, DuckDBValue> } {
  const params: Record<string, DuckDBValue> = { ws: JS_WHITESPACE, delim: plan.delimiter, width: plan.width };
  const cell = (i: number) => `f[${i + 1}]`;
  // Lines with other whitespace than spaces are odd (below), so trimming spaces is JS's trim.
  const trimmed = (i: number) => `trim(${cell(i)})`;
  const t = plan.text;
  const col = (field: TextField) => {
    const spec = t[field];
    if (!spec) return 'NULL::VARCHAR';
    return spec.lower ? `lower(nullif(${trimmed(spec.index)}, ''))` : `nullif(${trimmed(spec.index)}, '')`;
  };
  /** A field the JS path lower-cases: odd unless plain ASCII (JS and DuckDB agree there). */
  const nonAscii = (field: TextField) => {
    const spec = t[field];
    if (!spec?.lower && field !== 'channel') return [];
    if (!spec) return [];
    return [`NOT regexp_full_match(coalesce(${trimmed(spec.index)}, ''), '[\\x20-\\x7e]*')`];
  };
  if (plan.name.constant !== undefined) params.cname = plan.name.constant;
  if (plan.constants.touchpoint !== undefined) params.ctouchpoint = plan.constants.touchpoint;
  if (plan.constants.channel !== undefined) params.cchannel = plan.constants.channel;
  const nameCell =
    plan.name.index === undefined
      ? undefined
      : plan.name.lower
        ? `lower(nullif(${trimmed(plan.name.index)}, ''))`
        : `nullif(${trimmed(plan.name.index)}, '')`;
  const name =
    nameCell === undefined
      ? '$cname'
      : plan.name.constant !== undefined
        ? `coalesce(${nameCell}, $cname)`
        : nameCell;
  const nameNonAscii =
    plan.name.lower && plan.name.index !== undefined
      ? [`NOT regexp_full_match(coalesce(${trimmed(plan.name.index)}, ''), '[\\x20-\\x7e]*')`]
      : [];
  const touchpoint =
    plan.constants.touchpoint !== undefined
      ? `coalesce(${col('touchpoint')}, $ctouchpoint)`
      : col('touchpoint');
  const tsCell = cell(plan.timestamp.index);
  // Whole numbers below 2^53: JS's Number() reads them exactly, and Math.floor(n / 1000) is
  // n // 1000. Plain digits only: the number written back is the text without leading zeros.
  const tsNumber = `TRY_CAST(trim(${tsCell}) AS BIGINT)`;
  const digits = `(${tsNumber} BETWEEN 0 AND 9007199254740991 AND (${tsNumber}::VARCHAR = ltrim(trim(${tsCell}), '0') OR (${tsNumber} = 0 AND ltrim(trim(${tsCell}), '0') = '' AND trim(${tsCell}) <> '')))`;
  const ms =
    plan.unit === 'epoch_us'
      ? `${tsNumber} // 1000`
      : plan.unit === 'epoch_ms'
        ? tsNumber
        : `${tsNumber} * 1000`;
  const props = plan.properties.map((p, k) => {
    params[`pj${k}`] = JSON.stringify(p.key);
    return { k, cell: cell(p.index) };
  });
  const propJson = props.map(
    ({ k, cell: c }) => `CASE WHEN ${c} <> '' THEN $pj${k} || ':' || to_json(${c})::VARCHAR END`,
  );
  // Odd: control characters other than a tab delimiter (JSON escaping may differ), and any
  // whitespace that JS's trim removes but DuckDB's trim (spaces only) does not.
  const unicodeSpace =
    '\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
  const control = `[${plan.delimiter === '\t' ? '\\x00-\\x08\\x0a-\\x1f' : '\\x00-\\x1f'}\\x7f${unicodeSpace}]`;
  const tooLong = [
    `strlen(v_name) > 80`,
    `strlen(v_id) > 128`,
    `strlen(v_touchpoint) > 80`,
    `strlen(v_customer) > 128`,
    `strlen(v_session) > 128`,
    `strlen(v_url) > 2000`,
    `strlen(source_channel) > 80`,
    ...props.map(({ cell: c }) => `strlen(${c}) > 500`),
    `strlen(props_json) > 8000`,
  ];
  const sql = `
    CREATE TEMP TABLE imp AS
    WITH lines AS (
      SELECT (rowid + 1)::INTEGER AS line, l, string_split(l, $delim) AS f
      FROM imp_lines
      WHERE rowid > 0 AND l IS NOT NULL AND CASE WHEN strpos(l, $delim) = 0 THEN trim(l, $ws) <> '' ELSE true END
    ),
    mapped AS (
      SELECT line, l, f, len(f) AS width,
        ${tsCell} AS ts_cell,
        CASE WHEN ${digits} THEN ${ms} END AS ms,
        ${name} AS v_name,
        ${col('id')} AS v_id,
        ${col('customerId')} AS v_customer,
        ${col('sessionId')} AS v_session,
        ${touchpoint} AS v_touchpoint,
        ${col('channel')} AS channel_text,
        ${col('url')} AS v_url,
        (${[...nameNonAscii, ...nonAscii('channel'), ...TEXT_FIELDS.filter((x) => x !== 'channel').flatMap(nonAscii), 'false'].join(' OR ')}) AS non_ascii,
        ${clean ? 'false' : `regexp_matches(l, '${control}')`} AS control
      FROM lines
    ),
    channels AS (
      SELECT m.*,
        CASE WHEN channel_text IS NOT NULL THEN coalesce(c.channel, 'other') ELSE ${plan.constants.channel !== undefined ? '$cchannel' : 'NULL::VARCHAR'} END AS v_channel,
        CASE WHEN channel_text IS NOT NULL AND c.channel IS NULL THEN channel_text END AS source_channel
      FROM mapped m LEFT JOIN imp_channels c ON c.word = lower(m.channel_text)
    ),
    shaped AS (
      SELECT *,
        concat_ws(',', '"sourceChannel":' || to_json(source_channel)::VARCHAR${propJson.map((p) => `, ${p}`).join('')}) AS props_entries
      FROM channels
    ),
    checked AS (
      SELECT *, '{' || props_entries || '}' AS props_json FROM shaped
    )
    SELECT line, CASE WHEN status <> 'ok' THEN l END AS l, * EXCLUDE (line, l) FROM (
      SELECT line, l, width, ms, v_name, v_id, v_customer, v_session, v_touchpoint, v_channel, v_url,
        source_channel${props.map(({ k, cell: c }) => `, ${c} AS p${k}`).join('')},
        CASE
          WHEN width <> $width THEN 'width'
          WHEN ts_cell <> '' AND ms IS NULL THEN 'odd'
          WHEN v_name IS NULL THEN 'name'
          WHEN ts_cell = '' THEN 'timestamp'
          WHEN control OR non_ascii OR ms < ${Date.UTC(2000, 0, 1)} OR ms > ${maxMs} THEN 'odd'
          WHEN ${tooLong.map((x) => `coalesce(${x}, false)`).join(' OR ')} THEN 'odd'
          ELSE 'ok'
        END AS status,
        '{' || concat_ws(',', nullif(props_entries, ''), '"url":' || to_json(v_url)::VARCHAR) || '}' AS properties
    FROM checked)`;
  return { sql, params };
}

/**
 * What `contentHash` hashes for a row of `imp` without an id (row-mapper.ts's mapped event:
 * "key\u0001value\u0002" in its key order, the properties nested inline).
 */
function contentSql(plan: SqlImportPlan): { sql: string; params: Record<string, DuckDBValue> } {
  const params: Record<string, DuckDBValue> = {};
  const parts = plan.properties.map((p, k) => {
    params[`pk${k}`] = p.key;
    return `CASE WHEN p${k} <> '' THEN $pk${k} || chr(1) || p${k} || chr(2) END`;
  });
  const anyProp = parts.length ? plan.properties.map((_, k) => `p${k} <> ''`).join(' OR ') : 'false';
  const sql = `concat(
    'name', chr(1), v_name, chr(2), 'timestamp', chr(1), ms::VARCHAR, chr(2),
    'customerId' || chr(1) || v_customer || chr(2),
    'sessionId' || chr(1) || v_session || chr(2),
    'touchpoint' || chr(1) || v_touchpoint || chr(2),
    'channel' || chr(1) || v_channel || chr(2),
    'url' || chr(1) || v_url || chr(2),
    CASE WHEN source_channel IS NOT NULL OR ${anyProp} THEN concat(
      'properties', chr(1),
      'sourceChannel' || chr(1) || source_channel || chr(2),
      ${parts.map((p) => `${p}, `).join('')}chr(2))
    END)`;
  return { sql, params };
}

export interface SqlImportOptions {
  bulk: BulkIngest;
  workspaceId: string;
  path: string;
  plan: SqlImportPlan;
  /** From the prescan: no control characters or Unicode spaces anywhere in the file. */
  clean: boolean;
  headers: readonly string[];
  /** Runs odd rows (cells and file lines) through the JS mapper and ingestor; their rejections. */
  oddRows: (records: string[][], lines: number[]) => Promise<RejectedRow[]>;
  /**
   * After each commit: rows read so far, stored and duplicates added since the last call,
   * and the share of the file's lines done (0–1).
   */
  progress: (p: { rowsRead: number; stored: number; duplicates: number; done: number }) => void;
  /** Rows per committed INSERT. Default 250,000. */
  commitRows?: number;
}

export interface SqlImportResult {
  rowsRead: number;
  stored: number;
  duplicates: number;
  /** Rejected rows, sorted by line (one per line). */
  rejected: RejectedRow[];
}

const ODD_BATCH = 5000;

function recordObject(cells: readonly string[], headers: readonly string[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  headers.forEach((h, i) => {
    o[h] = cells[i];
  });
  return o;
}

/** Rows of a query as plain arrays. */
async function rows(writer: DuckDBConnection, sql: string, params?: Record<string, DuckDBValue>) {
  return (await writer.runAndReadAll(sql, params)).getRowsJS();
}

function sqlTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * Imports the file through DuckDB, or resolves to null, having stored nothing, when DuckDB
 * cannot stage it. Each INSERT of up to `commitRows` rows is its own
 * transaction, and progress is reported after its COMMIT (as the JS path does per chunk).
 */
export async function runSqlImport(o: SqlImportOptions): Promise<SqlImportResult | null> {
  const store = o.bulk.events;
  if (!store.bulkAppend) throw new Error('the event store cannot run a SQL import');
  const bulk = store.bulkAppend.bind(store);
  const view: WorkspaceView = await o.bulk.view(o.workspaceId);
  if (!view.exists) throw new UnknownWorkspaceError(`workspace ${o.workspaceId} does not exist`);
  const now = o.bulk.now();
  const commitRows = o.commitRows ?? 250_000;
  const result: SqlImportResult = { rowsRead: 0, stored: 0, duplicates: 0, rejected: [] };
  const simple: RejectedRow[] = [];
  let odd = 0;
  try {
    // Until the first COMMIT nothing is stored: if DuckDB cannot read or stage the file (a
    // line past its size limit …), the caller imports it through the JS path instead.
    const staged = await bulk(async (w) => {
      for (const t of TEMP_TABLES) await w.run(`DROP TABLE IF EXISTS temp.${t}`);
      // The table's row order is the file's line order (whatever the store's setting).
      await w.run('SET preserve_insertion_order = true');
      await w.run(
        `CREATE TEMP TABLE imp_lines AS SELECT l FROM read_csv($path, columns = {'l': 'VARCHAR'},
           header = false, delim = chr(1), quote = '', escape = '', auto_detect = false)`,
        { path: o.path },
      );
      // The lines are numbered by their order in imp_lines; from here on every row carries its
      // line, so DuckDB may reorder rows and use all its threads for the rest.
      await w.run('SET preserve_insertion_order = false');
      await w.run('CREATE TEMP TABLE imp_channels (word VARCHAR, channel VARCHAR)');
      const words = channelWords();
      await appendRows(w, 'imp_channels', [words.map(([word]) => word), words.map(([, channel]) => channel)]);
      const { sql, params } = classifySql(o.plan, now + MAX_FUTURE_MS, o.clean);
      await w.run(sql, params);
      await w.run('DROP TABLE temp.imp_lines');
      const [summary] = await rows(w, `SELECT count(*) FILTER (status = 'odd') FROM imp`);
      odd = Number(summary?.[0] ?? 0);

      // Ids: the content hash of rows without an id column, computed here as the JS path does
      // (contents read back in large strings, ids appended in data chunks).
      await w.run('CREATE TEMP TABLE imp_ids (line INTEGER, h BIGINT)');
      const content = contentSql(o.plan);
      const groups = await rows(
        w,
        `SELECT string_agg(line::VARCHAR || chr(4) || ${content.sql}, chr(3))
         FROM imp WHERE status = 'ok' AND v_id IS NULL GROUP BY line // 16384`,
        content.params,
      );
      /** Per hash the line that had it, or all lines when several did (repeats, or a collision). */
      const seen = new Map<number, number | number[]>();
      const repeated: number[] = [];
      const lines = new Int32Array(16384);
      const hashes = new Float64Array(16384);
      for (const [joined] of groups) {
        const n = contentHashes(String(joined), lines, hashes);
        for (let k = 0; k < n; k++) {
          const h = hashes[k] as number;
          const line = lines[k] as number;
          const before = seen.get(h);
          if (before === undefined) seen.set(h, line);
          else if (typeof before === 'number') {
            seen.set(h, [before, line]);
            repeated.push(h);
          } else before.push(line);
        }
        await appendNumbers(w, 'imp_ids', lines.subarray(0, n), hashes.subarray(0, n));
      }
      // Rows sharing an id (hash) and a time: the first is stored, the others are repeats.
      const repeats: number[] = [];
      const repeatHashes: number[] = [];
      for (const h of repeated)
        for (const line of seen.get(h) as number[]) {
          repeats.push(line);
          repeatHashes.push(h);
        }
      seen.clear();
      await w.run('CREATE TEMP TABLE imp_repeats (line INTEGER, h BIGINT)');
      await appendNumbers(w, 'imp_repeats', Int32Array.from(repeats), Float64Array.from(repeatHashes));

      // Customers: pseudonyms of the distinct ids (or the raw ids, as the workspace says).
      await w.run('CREATE TEMP TABLE imp_customers (raw VARCHAR, customer VARCHAR)');
      const customers = (
        await rows(w, `SELECT DISTINCT v_customer FROM imp WHERE status = 'ok' AND v_customer IS NOT NULL`)
      ).map((r) => String(r[0]));
      const pseudonym = pseudonymiser(view.pseudonymKey);
      await appendRows(w, 'imp_customers', [
        customers,
        view.settings.keepRawCustomerIds ? customers : customers.map((c) => pseudonym(c)),
      ]);

      // Mapping rules: for the distinct (event name, url, channel) of rows without a touchpoint.
      await w.run('CREATE TEMP TABLE imp_rules (name VARCHAR, url VARCHAR, channel VARCHAR, key VARCHAR)');
      if (view.rules.length > 0) {
        const triples = await rows(
          w,
          `SELECT DISTINCT v_name, v_url, v_channel FROM imp WHERE status = 'ok' AND v_touchpoint IS NULL`,
        );
        const hits: [string, string | null, string | null, string][] = [];
        for (const [name, url, channel] of triples) {
          const key = matchRule(view.rules, {
            name: String(name),
            ...(url === null ? {} : { url: String(url) }),
            ...(channel === null ? {} : { channel: String(channel) }),
          });
          if (key !== undefined)
            hits.push([
              String(name),
              url === null ? null : String(url),
              channel === null ? null : String(channel),
              key,
            ]);
        }
        await appendRows(w, 'imp_rules', [
          hits.map((h) => h[0]),
          hits.map((h) => h[1]),
          hits.map((h) => h[2]),
          hits.map((h) => h[3]),
        ]);
      }
      await w.run(
        'CREATE TEMP TABLE imp_touchpoints (key VARCHAR, id VARCHAR, journey_id VARCHAR, stage_id VARCHAR, channel VARCHAR)',
      );
      const tps = [...view.touchpoints.entries()];
      await appendRows(w, 'imp_touchpoints', [
        tps.map(([key]) => key),
        tps.map(([, t]) => t.id),
        tps.map(([, t]) => t.journeyId),
        tps.map(([, t]) => t.stageId),
        tps.map(([, t]) => t.channel),
      ]);

      // Rows not to store: repeats in the file (the first of rows sharing an id and time is
      // stored) and rows stored before.
      await w.run('CREATE TEMP TABLE imp_skip (line INTEGER)');
      await w.run(
        o.plan.text.id === undefined
          ? `INSERT INTO imp_skip
             SELECT line FROM (
               SELECT r.line, row_number() OVER (PARTITION BY r.h, i.ms ORDER BY r.line) AS n
               FROM imp_repeats r JOIN imp i ON i.line = r.line
             ) WHERE n > 1`
          : // Ids from a column may equal generated ones: compare the ids themselves.
            `INSERT INTO imp_skip
             SELECT line FROM (
               SELECT line, row_number() OVER (PARTITION BY id, ts ORDER BY line) AS n FROM (${OUT})
             ) WHERE n > 1`,
      );
      const [range] = await rows(w, `SELECT min(ms), max(ms) FROM imp WHERE status = 'ok'`);
      if (range?.[0] !== null && range?.[0] !== undefined) {
        const lo = `TIMESTAMP '${sqlTimestamp(Number(range[0]))}'`;
        const hi = `TIMESTAMP '${sqlTimestamp(Number(range[1]))}'`;
        const [before] = await rows(
          w,
          `SELECT count(*) FROM events WHERE workspace_id = $ws AND ts BETWEEN ${lo} AND ${hi}`,
          { ws: o.workspaceId },
        );
        if (Number(before?.[0] ?? 0) > 0)
          await w.run(
            `INSERT INTO imp_skip
             SELECT o.line FROM (${OUT}) o
               JOIN (SELECT id, ts FROM events WHERE workspace_id = $ws AND ts BETWEEN ${lo} AND ${hi}) e
               ON e.id = o.id AND e.ts = o.ts`,
            { ws: o.workspaceId },
          );
      }
      return true;
    }).catch(() => false);
    if (!staged) return null;

    // Commit in line ranges, reporting progress after each COMMIT.
    const receivedAt = sqlTimestamp(now);
    const ranges = await bulk((w) =>
      rows(
        w,
        `SELECT (line - 1) // ${commitRows} AS g, count(*), count(*) FILTER (status = 'ok'),
           max(max(line)) OVER ()
         FROM imp GROUP BY g ORDER BY g`,
      ),
    );
    for (const [g, read, ok, last] of ranges) {
      const from = Number(g) * commitRows + 1;
      const to = from + commitRows - 1;
      const stored = await bulk(async (w) => {
        await w.run('BEGIN TRANSACTION');
        try {
          const r = await w.run(
            `INSERT INTO events (id, workspace_id, journey_id, touchpoint_id, touchpoint_key, stage_id,
               customer_id, session_id, ts, name, channel, value, properties, source, received_at)
             SELECT id, $ws, journey_id, touchpoint_id, touchpoint_key, stage_id, customer_id, session_id,
               ts, name, channel, NULL, properties, 'import', TIMESTAMP '${receivedAt}'
             FROM (${OUT}) o
             WHERE line BETWEEN ${from} AND ${to} AND line NOT IN (SELECT line FROM imp_skip)`,
            { ws: o.workspaceId },
          );
          await w.run('COMMIT');
          return Number(r.rowsChanged);
        } catch (err) {
          await w.run('ROLLBACK');
          throw err;
        }
      });
      const duplicates = Number(ok) - stored;
      result.stored += stored;
      result.duplicates += duplicates;
      result.rowsRead += Number(read);
      o.progress({ rowsRead: result.rowsRead, stored, duplicates, done: Math.min(1, to / Number(last)) });
    }

    // Rows the SQL rejects itself: a wrong column count, an empty required cell.
    const errors = await bulk((w) =>
      rows(
        w,
        `SELECT line, status, width, l FROM imp WHERE status IN ('width', 'name', 'timestamp') ORDER BY line`,
      ),
    );
    for (const [line, status, width, l] of errors) {
      if (status === 'width') {
        simple.push({
          line: Number(line),
          field: '(row)',
          reason: `has ${Number(width)} columns; the header has ${o.plan.width}`,
        });
        continue;
      }
      const field = status === 'name' ? o.plan.name.column : o.plan.timestamp.column;
      simple.push({
        line: Number(line),
        field,
        reason: 'is empty',
        record: recordObject(String(l).split(o.plan.delimiter), o.headers),
      });
    }

    // Odd rows: the JS mapper and ingestor decide them, with their lines.
    const oddRejected: RejectedRow[] = [];
    let after = 0;
    while (odd > 0) {
      const batch = await bulk((w) =>
        rows(
          w,
          `SELECT line, l FROM imp WHERE status = 'odd' AND line > ${after} ORDER BY line LIMIT ${ODD_BATCH}`,
        ),
      );
      if (batch.length === 0) break;
      // The cells as the JS reader splits them (DuckDB's string_split splits the same).
      const records = batch.map((r) => String(r[1]).split(o.plan.delimiter));
      const lines = batch.map((r) => Number(r[0]));
      after = lines[lines.length - 1] as number;
      oddRejected.push(...(await o.oddRows(records, lines)));
    }
    result.rejected = merge(simple, oddRejected);
    return result;
  } finally {
    await bulk(async (w) => {
      await w.run('RESET preserve_insertion_order');
      for (const t of TEMP_TABLES) await w.run(`DROP TABLE IF EXISTS temp.${t}`);
    }).catch(() => undefined);
  }
}

function merge(a: RejectedRow[], b: RejectedRow[]): RejectedRow[] {
  const out: RejectedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as RejectedRow).line <= (b[j] as RejectedRow).line))
      out.push(a[i++] as RejectedRow);
    else out.push(b[j++] as RejectedRow);
  }
  return out;
}
