import type { EventInput, ResponseInput } from '../ingest/inputs.js';
import { columnOf, type Mapping } from './mapping.js';
import { TARGET_FIELDS, type TargetField } from './targets.js';
import {
  normaliseChannel,
  Problem,
  parseEpoch,
  parseNumber,
  parseRating,
  parseTime,
  truncate,
} from './values.js';

/**
 * Turns one record of a file (a CSV row as an array, or a JSON-lines object) into the event
 * and response inputs the ingestor takes, through a mapping compiled once per file. Per row
 * the work is plain synchronous lookups and conversions (the import runs at 200k rows/s).
 */
export type RawRecord = readonly string[] | Record<string, unknown>;

/** A rejected row: the file's line, the column (or field) and the reason. */
export interface RowError {
  line: number;
  field: string;
  reason: string;
}

/** Where mapped rows go: inputs with the file line each came from, and row errors. */
export interface MappedRows {
  events: EventInput[];
  eventLines: number[];
  responses: ResponseInput[];
  responseLines: number[];
  errors: RowError[];
}

export const emptyRows = (): MappedRows => ({
  events: [],
  eventLines: [],
  responses: [],
  responseLines: [],
  errors: [],
});

export type Layout = { format: 'csv'; headers: readonly string[] } | { format: 'jsonl' };

export interface RowMapper {
  /** Maps one record into `out` (its inputs, or one error). */
  map(record: RawRecord, line: number, out: MappedRows): void;
  /** The column (or field) to name for an ingestor rejection of an input field. */
  column(kind: 'events' | 'responses', inputField: string): string;
}

type Getter = (r: RawRecord) => unknown;
/** A field reader: undefined when the cell is empty, a Problem when it cannot be read. */
type Reader = (r: RawRecord) => unknown;

const SUBJECT_MAX = 200;
const DESCRIPTION_MAX = 1000;
const PROPERTY_MAX = 500;

/** Reads a dotted path in a JSON record; an array of {key, value} (GA4 event_params) is searched by key. */
function pathGetter(path: string): Getter {
  if (!path.includes('.')) return (r) => (r as Record<string, unknown>)[path];
  const parts = path.split('.');
  return (r) => {
    let v: unknown = r;
    for (const part of parts) {
      if (Array.isArray(v)) {
        const hit = v.find((x) => x && typeof x === 'object' && (x as { key?: unknown }).key === part) as
          | { value?: unknown }
          | undefined;
        if (!hit) return undefined;
        v = hit.value;
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          const o = v as Record<string, unknown>;
          v = o.string_value ?? o.int_value ?? o.double_value ?? o.float_value ?? o;
        }
      } else if (v && typeof v === 'object') {
        v = (v as Record<string, unknown>)[part];
      } else return undefined;
    }
    return v;
  };
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

/**
 * A 53-bit hash (cyrb53) of a string. Not cryptographic: an id only needs to be the same for
 * the same row, and the store dedupes on id and timestamp together, so two different rows
 * collide only with equal timestamps and a 1-in-2^53 hash match.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The running state of `contentHash` (cyrb53 fed piece by piece). */
let h1 = 0;
let h2 = 0;

function feed(text: string): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
}

function feedChar(ch: number): void {
  h1 = Math.imul(h1 ^ ch, 2654435761);
  h2 = Math.imul(h2 ^ ch, 1597334677);
}

/** Feeds the values of a mapped row in key order, nested objects included (key \u0001 value \u0002 …). */
function feedContent(o: Record<string, unknown>): void {
  for (const k in o) {
    const v = o[k];
    feed(k);
    feedChar(1);
    if (v !== null && typeof v === 'object') feedContent(v as Record<string, unknown>);
    else feed(String(v));
    feedChar(2);
  }
}

/**
 * `hash53(prefix + key)` where key is the row's content as "key\u0001value\u0002" in key order
 * (nested objects inline), computed without building that string.
 */
export function contentHash(prefix: string, content: Record<string, unknown>): number {
  h1 = 0xdeadbeef ^ 0;
  h2 = 0x41c6ce57 ^ 0;
  feed(prefix);
  feedContent(content);
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return 4294967296 * (2097151 & b) + (a >>> 0);
}

/** A deterministic id for a row without an id column: the kind and the mapped content, hashed. */
const idHash = (prefix: string, content: Record<string, unknown>): string =>
  `${prefix}_${contentHash(prefix, content).toString(36)}`;

/** The mapping's problems with this file's columns, or the compiled mapper. */
export function compileRowMapper(mapping: Mapping, layout: Layout): RowMapper | { problems: string[] } {
  const problems: string[] = [];
  const index = new Map<string, number>();
  if (layout.format === 'csv')
    layout.headers.forEach((h, i) => {
      if (!index.has(h)) index.set(h, i);
    });
  const getter = (column: string, where: string): Getter | undefined => {
    if (layout.format === 'jsonl') return pathGetter(column);
    const i = index.get(column);
    if (i === undefined) {
      problems.push(
        `${where}: the file has no column "${column}" (its columns: ${layout.headers.join(', ')})`,
      );
      return undefined;
    }
    return (r) => (r as readonly string[])[i];
  };

  const fieldColumn = new Map<string, string>();
  const readers = new Map<string, Reader>();
  const types = new Map<string, TargetField>(TARGET_FIELDS[mapping.kind].map((t) => [t.field, t]));
  for (const [field, spec] of Object.entries(mapping.columns)) {
    const target = types.get(field);
    if (!target) continue;
    const column = columnOf(spec);
    const get = getter(column, `columns.${field}`);
    if (!get) continue;
    fieldColumn.set(field, column);
    const transform = typeof spec === 'string' ? undefined : spec.transform;
    const values = typeof spec === 'string' || !spec.values ? undefined : lowerKeys(spec.values);
    const reader = makeReader(target, transform, values, get, mapping.timezone);
    if (typeof reader === 'string') problems.push(`columns.${field}: ${reader}`);
    else readers.set(field, reader);
  }
  const props = mapping.properties.map((column) => ({
    key: truncate(column, 80),
    get: getter(column, 'properties'),
  }));
  for (const t of TARGET_FIELDS[mapping.kind])
    if (
      t.required &&
      mapping.columns[t.field] === undefined &&
      !(t.field === 'name' && mapping.constants.name)
    )
      problems.push(`columns.${t.field}: is required for ${mapping.kind}; map a column to it`);
  if (problems.length > 0) return { problems };

  const c = mapping.constants;
  const nameOf = (field: string) => fieldColumn.get(field) ?? field;
  const required = TARGET_FIELDS[mapping.kind]
    .filter((t) => t.required && !(t.field === 'name' && c.name))
    .map((t) => t.field);
  /** Per list of fields: the mapped ones with their readers, looked up once per file. */
  const plans = new Map<readonly string[], [string, Reader][]>();
  const planOf = (fields: readonly string[]) => {
    let plan = plans.get(fields);
    if (!plan) {
      plan = fields.flatMap((f) => {
        const reader = readers.get(f);
        return reader ? [[f, reader] as [string, Reader]] : [];
      });
      plans.set(fields, plan);
    }
    return plan;
  };

  /** Reads the fields; the first unreadable one becomes the row's error. */
  function readAll(fields: readonly string[], r: RawRecord, line: number, out: MappedRows) {
    const v: Record<string, unknown> = {};
    for (const [field, reader] of planOf(fields)) {
      const x = reader(r);
      if (x instanceof Problem) {
        out.errors.push({ line, field: nameOf(field), reason: x.reason });
        return undefined;
      }
      if (x !== undefined) v[field] = x;
    }
    for (const field of required)
      if (v[field] === undefined) {
        out.errors.push({ line, field: nameOf(field), reason: 'is empty' });
        return undefined;
      }
    return v;
  }

  function properties(r: RawRecord, base?: Record<string, unknown>): Record<string, unknown> | undefined {
    let p = base;
    for (const { key, get } of props) {
      const x = get?.(r);
      if (!present(x)) continue;
      p ??= {};
      p[key] = typeof x === 'string' ? truncate(x, PROPERTY_MAX) : x;
    }
    return p;
  }

  function channelOf(
    v: Record<string, unknown>,
    target: Record<string, unknown>,
    p: Record<string, unknown>,
  ) {
    const raw = v.channel;
    if (typeof raw === 'string') {
      const { channel, known } = normaliseChannel(raw);
      target.channel = channel;
      if (!known) p.sourceChannel = truncate(raw, 80);
    } else if (c.channel) target.channel = c.channel;
  }

  const eventFields = [
    'id',
    'name',
    'timestamp',
    'customerId',
    'sessionId',
    'touchpoint',
    'channel',
    'value',
    'url',
  ];
  const responseFields = [
    'id',
    'timestamp',
    'nps',
    'csat',
    'ces',
    'comment',
    'customerId',
    'touchpoint',
    'journeyId',
    'channel',
    'language',
  ];
  const ticketFields = [
    'id',
    'created',
    'resolved',
    'channel',
    'subject',
    'description',
    'satisfaction',
    'satisfactionComment',
    'customerId',
    'touchpoint',
  ];

  function mapEvent(r: RawRecord, line: number, out: MappedRows) {
    const v = readAll(eventFields, r, line, out);
    if (!v) return;
    const p: Record<string, unknown> = {};
    const e: Record<string, unknown> = { name: v.name ?? c.name, timestamp: v.timestamp };
    if (v.customerId !== undefined) e.customerId = v.customerId;
    if (v.sessionId !== undefined) e.sessionId = v.sessionId;
    const touchpoint = v.touchpoint ?? c.touchpoint;
    if (touchpoint !== undefined) e.touchpoint = touchpoint;
    channelOf(v, e, p);
    if (v.value !== undefined) e.value = v.value;
    if (v.url !== undefined) e.url = v.url;
    const all = properties(r, Object.keys(p).length ? p : undefined);
    if (all) e.properties = all;
    e.id = v.id !== undefined ? String(v.id) : idHash('im', e);
    out.events.push(e as EventInput);
    out.eventLines.push(line);
  }

  function mapResponse(r: RawRecord, line: number, out: MappedRows) {
    const v = readAll(responseFields, r, line, out);
    if (!v) return;
    const p: Record<string, unknown> = {};
    const s: Record<string, unknown> = { timestamp: v.timestamp };
    for (const k of ['nps', 'csat', 'ces', 'comment', 'customerId'] as const)
      if (v[k] !== undefined) s[k] = v[k];
    const touchpoint = v.touchpoint ?? c.touchpoint;
    if (touchpoint !== undefined) s.touchpoint = touchpoint;
    const journeyId = v.journeyId ?? c.journeyId;
    if (journeyId !== undefined) s.journeyId = journeyId;
    channelOf(v, s, p);
    const language = v.language ?? c.language;
    if (language !== undefined) s.language = languageOf(String(language));
    const all = properties(r, Object.keys(p).length ? p : undefined);
    if (all) s.properties = all;
    s.id = v.id !== undefined ? String(v.id) : idHash('im', s);
    out.responses.push(s as ResponseInput);
    out.responseLines.push(line);
  }

  function mapTicket(r: RawRecord, line: number, out: MappedRows) {
    const v = readAll(ticketFields, r, line, out);
    if (!v) return;
    const created = v.created as number;
    const resolved = v.resolved as number | undefined;
    if (resolved !== undefined && resolved < created) {
      out.errors.push({ line, field: nameOf('resolved'), reason: 'is before the ticket was created' });
      return;
    }
    const common: Record<string, unknown> = {};
    const p: Record<string, unknown> = {};
    if (v.customerId !== undefined) common.customerId = v.customerId;
    const touchpoint = v.touchpoint ?? c.touchpoint;
    if (touchpoint !== undefined) common.touchpoint = touchpoint;
    channelOf(v, common, p);
    const ticketId = v.id !== undefined ? String(v.id) : undefined;
    if (ticketId !== undefined) p.ticketId = ticketId;
    const opened: Record<string, unknown> = { name: 'ticket_opened', timestamp: created, ...common };
    const openedProps = { ...p };
    if (v.subject !== undefined) openedProps.subject = truncate(String(v.subject), SUBJECT_MAX);
    if (v.description !== undefined)
      openedProps.description = truncate(String(v.description), DESCRIPTION_MAX);
    opened.properties = properties(r, openedProps);
    const base =
      ticketId !== undefined
        ? `tk_${ticketId}`
        : idHash('tk', { opened, resolved, satisfaction: v.satisfaction, comment: v.satisfactionComment });
    opened.id = `${base}.opened`;
    out.events.push(opened as EventInput);
    out.eventLines.push(line);
    if (resolved !== undefined) {
      const hours = Math.round((resolved - created) / 36_000) / 100;
      out.events.push({
        id: `${base}.resolved`,
        name: 'ticket_resolved',
        timestamp: resolved,
        ...common,
        properties: { ...p, hoursToResolve: hours },
      } as EventInput);
      out.eventLines.push(line);
    }
    if (v.satisfaction !== undefined && v.satisfaction !== null) {
      const s: Record<string, unknown> = {
        id: `${base}.csat`,
        timestamp: resolved ?? created,
        csat: v.satisfaction,
        ...common,
      };
      if (v.satisfactionComment !== undefined) s.comment = truncate(String(v.satisfactionComment), 5000);
      if (c.journeyId !== undefined) s.journeyId = c.journeyId;
      if (c.language !== undefined) s.language = c.language;
      if (Object.keys(p).length) s.properties = { ...p };
      out.responses.push(s as ResponseInput);
      out.responseLines.push(line);
    }
  }

  const TICKET_INPUT: Record<string, string> = {
    timestamp: 'created',
    csat: 'satisfaction',
    comment: 'satisfactionComment',
    properties: 'description',
  };
  return {
    map: mapping.kind === 'events' ? mapEvent : mapping.kind === 'responses' ? mapResponse : mapTicket,
    column(_kind, inputField) {
      const top = inputField.split('.')[0] ?? inputField;
      const field = mapping.kind === 'tickets' ? (TICKET_INPUT[top] ?? top) : top;
      return fieldColumn.get(field) ?? inputField;
    },
  };
}

function lowerKeys(values: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k.trim().toLowerCase(), v]));
}

function languageOf(raw: string): string {
  const l = raw.trim().toLowerCase();
  const two = l.slice(0, 2);
  if ((two === 'en' || two === 'fi' || two === 'sv') && (l.length === 2 || /^[a-z]{2}[-_]/.test(l)))
    return two;
  return l;
}

function makeReader(
  target: TargetField,
  transform: string | undefined,
  values: Record<string, number | null> | undefined,
  get: Getter,
  timeZone: string,
): Reader | string {
  const type = target.type;
  if (type === 'time') {
    if (transform === 'number' || transform === 'lowercase')
      return `transform "${transform}" does not read a time; use date, epoch_us, epoch_ms or epoch_s`;
    if (transform === 'epoch_us' || transform === 'epoch_ms' || transform === 'epoch_s') {
      const unit = transform;
      return (r) => {
        const x = get(r);
        return present(x) ? parseEpoch(x, unit) : undefined;
      };
    }
    return (r) => {
      const x = get(r);
      return present(x) ? parseTime(x, timeZone) : undefined;
    };
  }
  if (transform && transform !== 'number' && transform !== 'lowercase')
    return `transform "${transform}" reads a time; ${target.field} is not a time`;
  if (type === 'rating')
    return (r) => {
      const x = get(r);
      return present(x) ? parseRating(x, values) : undefined;
    };
  if (type === 'number' || transform === 'number')
    return (r) => {
      const x = get(r);
      if (!present(x)) return undefined;
      if (values) {
        const key = String(x).trim().toLowerCase();
        if (Object.hasOwn(values, key)) return values[key] ?? undefined;
      }
      return parseNumber(x);
    };
  const lower = transform === 'lowercase';
  return (r) => {
    const x = get(r);
    if (!present(x)) return undefined;
    const s = typeof x === 'string' ? x.trim() : typeof x === 'object' ? JSON.stringify(x) : String(x);
    if (s === '') return undefined;
    return lower ? s.toLowerCase() : s;
  };
}
