import type { Mapping } from './mapping.js';
import {
  BUILTIN_ALIASES,
  BUILTIN_MAPPINGS,
  type BuiltinMappingName,
  type ImportKind,
  type Transform,
} from './targets.js';

/** One column a built-in mapping looks for, with how to read it. */
interface Candidate {
  column: string;
  transform?: Transform;
}

interface BuiltinSpec {
  kind: ImportKind;
  /** Per field, the column names to look for, in order (compared without case, spaces or punctuation). */
  columns: Record<string, (string | Candidate)[]>;
  constants?: Mapping['constants'];
  /** Columns kept as properties when the file has them. */
  properties?: string[];
}

const WEB_ANALYTICS: BuiltinSpec = {
  kind: 'events',
  columns: {
    name: ['event_name', 'event name', 'event', 'event_type', 'action'],
    timestamp: [
      { column: 'event_timestamp', transform: 'epoch_us' },
      'timestamp',
      'event_time',
      'time',
      'date_time',
      'datetime',
      'date',
    ],
    customerId: ['user_pseudo_id', 'user_id', 'client_id', 'visitor_id', 'anonymous_id', 'customer_id'],
    sessionId: ['ga_session_id', 'event_params.ga_session_id', 'session_id', 'session'],
    url: ['page_location', 'event_params.page_location', 'page_url', 'url', 'page', 'page_path'],
    channel: ['channel'],
    touchpoint: ['touchpoint'],
    value: ['value', 'event_value_in_usd', 'revenue', 'purchase_revenue'],
  },
  properties: [
    'page_title',
    'page_referrer',
    'platform',
    'device_category',
    'traffic_source',
    'source',
    'medium',
    'campaign',
    'country',
  ],
};

const TICKETS: BuiltinSpec = {
  kind: 'tickets',
  columns: {
    id: ['id', 'ticket_id', 'ticket id', 'ticket', 'case_id', 'case number', 'number'],
    created: ['created', 'created_at', 'created at', 'opened', 'opened_at', 'date_created', 'created_date'],
    resolved: ['resolved', 'resolved_at', 'resolved at', 'solved', 'solved_at', 'closed', 'closed_at'],
    channel: ['channel', 'via', 'source', 'origin', 'medium'],
    subject: ['subject', 'title', 'summary'],
    description: ['description', 'body', 'message', 'text', 'details'],
    satisfaction: [
      'satisfaction',
      'satisfaction_rating',
      'satisfaction rating',
      'satisfaction_score',
      'csat',
      'rating',
    ],
    satisfactionComment: ['satisfaction_comment', 'satisfaction comment', 'rating_comment', 'feedback'],
    customerId: ['customer', 'customer_id', 'requester', 'requester_id', 'requester_email', 'email'],
    touchpoint: ['touchpoint'],
  },
  properties: ['status', 'priority', 'type', 'group', 'tags', 'category'],
};

const SURVEY_EXPORT: BuiltinSpec = {
  kind: 'responses',
  columns: {
    id: ['response_id', 'response id', 'id'],
    timestamp: [
      'date',
      'submitted',
      'submitted_at',
      'submitted at',
      'timestamp',
      'time',
      'created',
      'created_at',
      'end_date',
    ],
    nps: ['nps', 'score', 'nps_score', 'likelihood_to_recommend', 'recommend'],
    csat: ['csat', 'satisfaction', 'csat_score'],
    ces: ['ces', 'effort', 'customer_effort'],
    comment: ['comment', 'comments', 'feedback', 'open_text', 'text', 'answer', 'reason', 'why'],
    customerId: ['customer', 'customer_id', 'respondent', 'respondent_id', 'email'],
    touchpoint: ['touchpoint', 'touchpoint_key'],
    channel: ['channel'],
    language: ['language', 'lang', 'locale'],
  },
  properties: ['segment', 'region', 'store', 'persona'],
};

const ORDERS: BuiltinSpec = {
  kind: 'events',
  columns: {
    id: ['order_id', 'order id', 'order', 'order_number', 'order number', 'id'],
    customerId: ['customer', 'customer_id', 'customer id', 'customer_email', 'email', 'buyer'],
    timestamp: [
      'time',
      'created_at',
      'created',
      'order_date',
      'date',
      'timestamp',
      'ordered_at',
      'placed_at',
    ],
    value: ['value', 'total', 'amount', 'revenue', 'sum', 'order_total', 'total_price', 'summa'],
    channel: ['channel', 'sales_channel'],
    touchpoint: ['touchpoint'],
  },
  constants: { name: 'order_placed' },
  properties: ['currency', 'store', 'payment_method', 'items', 'status'],
};

const SPECS: Record<BuiltinMappingName, BuiltinSpec> = {
  'web-analytics': WEB_ANALYTICS,
  tickets: TICKETS,
  'survey-export': SURVEY_EXPORT,
  orders: ORDERS,
};

/** The built-in mapping a name (or alias, e.g. ga4) means, if any. */
export function builtinName(name: string): BuiltinMappingName | undefined {
  const n = name.trim().toLowerCase();
  if ((BUILTIN_MAPPINGS as readonly string[]).includes(n)) return n as BuiltinMappingName;
  return BUILTIN_ALIASES[n];
}

export const builtinKind = (name: BuiltinMappingName): ImportKind => SPECS[name].kind;

/** Column names compared without case, spaces or punctuation: "Created at" = "created_at". */
export const normaliseName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9äöå.]/g, '');

/** Finds the file's own spelling of a column name, or undefined when it has no such column. */
export type ColumnFinder = (wanted: string) => string | undefined;

/** A finder over a header row (CSV) or the first record's keys (JSON lines). */
export function headerFinder(headers: readonly string[]): ColumnFinder {
  const byNorm = new Map<string, string>();
  for (const h of headers) {
    const n = normaliseName(h);
    if (n && !byNorm.has(n)) byNorm.set(n, h);
  }
  return (wanted) => byNorm.get(normaliseName(wanted));
}

function resolve(specs: BuiltinSpec[], kind: ImportKind, find: ColumnFinder): Mapping {
  const columns: Mapping['columns'] = {};
  const used = new Set<string>();
  const properties: string[] = [];
  let constants: Mapping['constants'] = {};
  for (const spec of specs) {
    for (const [field, candidates] of Object.entries(spec.columns)) {
      if (columns[field] !== undefined) continue;
      for (const c of candidates) {
        const cand = typeof c === 'string' ? { column: c } : c;
        const found = find(cand.column);
        if (found === undefined || used.has(found)) continue;
        columns[field] = cand.transform ? { column: found, transform: cand.transform } : found;
        used.add(found);
        break;
      }
    }
    for (const p of spec.properties ?? []) {
      const found = find(p);
      if (found !== undefined && !used.has(found) && !properties.includes(found)) properties.push(found);
    }
    constants = { ...spec.constants, ...constants };
  }
  if (columns.name !== undefined) delete constants.name;
  return { kind, timezone: 'UTC', columns, constants, properties };
}

/** A built-in mapping made concrete for a file's columns. */
export function builtinMapping(name: BuiltinMappingName, find: ColumnFinder): Mapping {
  const spec = SPECS[name];
  return resolve([spec], spec.kind, find);
}

/** A guess at the mapping of a kind from the file's columns (the web app's first proposal). */
export function guessMapping(kind: ImportKind, find: ColumnFinder): Mapping {
  if (kind === 'tickets') return resolve([TICKETS], kind, find);
  if (kind === 'responses') return resolve([SURVEY_EXPORT], kind, find);
  const analytics = resolve([WEB_ANALYTICS], kind, find);
  const orders = resolve([ORDERS], kind, find);
  // A file with an order value and no event name reads as orders; otherwise as analytics events.
  const looksLikeOrders = analytics.columns.name === undefined && orders.columns.value !== undefined;
  return looksLikeOrders ? orders : analytics;
}
