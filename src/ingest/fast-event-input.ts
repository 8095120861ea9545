import { CHANNELS } from '../domain/journey/vocabulary-lists.js';
import type { ParsedEventInput } from './inputs.js';

/**
 * The `EventInput` schema's result for the common, valid event, without zod: plain type and
 * length checks in one pass, about ten times cheaper per event (the ingest API validates
 * every event of a batch). Anything it is not sure about — a missing or unknown field, a
 * wrong type, a value at or past a limit, a `__proto__` property — gives `undefined`, and the
 * caller validates with zod, which explains the rejection with its usual messages. So the
 * accepted events and every message stay exactly the schema's (fast-event-input.test.ts
 * compares the two).
 */
const CHANNEL_SET = new Set<string>(CHANNELS);
const EARLIEST = Date.UTC(2000, 0, 1);
const ZONE = /(Z|[+-]\d\d:?\d\d)$/i;

function text(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length >= 1 && t.length <= max ? t : undefined;
}

function time(v: unknown): Date | undefined {
  let ms: number;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    ms = v;
  } else if (typeof v === 'string') {
    if (v.length > 40 || !ZONE.test(v)) return undefined;
    ms = Date.parse(v);
  } else return undefined;
  const d = new Date(ms);
  const t = d.getTime();
  return Number.isFinite(t) && t >= EARLIEST ? d : undefined;
}

function properties(v: unknown): Record<string, unknown> | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  if (Object.getPrototypeOf(v) !== Object.prototype) return undefined;
  let n = 0;
  for (const key in v) {
    if (!Object.hasOwn(v, key)) return undefined;
    if (key.length > 80 || key === '__proto__') return undefined;
    if ((v as Record<string, unknown>)[key] === undefined) return undefined;
    n += 1;
  }
  if (n > 50) return undefined;
  const json = JSON.stringify(v);
  if (json === undefined || json.length > 8_000) return undefined;
  return { ...(v as Record<string, unknown>) };
}

/** The parsed event when the input is a plainly valid event; undefined means "ask zod". */
export function fastEventInput(input: unknown): ParsedEventInput | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const i = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let name = false;
  for (const key in i) {
    if (!Object.hasOwn(i, key)) return undefined;
    const v = i[key];
    let parsed: unknown;
    switch (key) {
      case 'id':
      case 'customerId':
      case 'sessionId':
        parsed = text(v, 128);
        break;
      case 'touchpoint':
        parsed = text(v, 80);
        break;
      case 'name':
        parsed = text(v, 80);
        name = true;
        break;
      case 'timestamp':
        parsed = time(v);
        break;
      case 'channel':
        parsed = typeof v === 'string' && CHANNEL_SET.has(v) ? v : undefined;
        break;
      case 'value':
        parsed = typeof v === 'number' && Number.isFinite(v) && v >= -1e9 && v <= 1e9 ? v : undefined;
        break;
      case 'url':
        parsed = typeof v === 'string' && v.length <= 2000 ? v : undefined;
        break;
      case 'properties':
        parsed = properties(v);
        break;
      default:
        return undefined;
    }
    if (parsed === undefined) return undefined;
    out[key] = parsed;
  }
  return name ? (out as ParsedEventInput) : undefined;
}
