/**
 * Reading one cell: times (ISO 8601, Finnish d.m.yyyy hh.mm, epoch µs/ms/s), numbers
 * (decimal comma allowed), satisfaction ratings and channels. Each reader returns the value
 * or a reason string in `Problem`, never throws: a bad cell rejects its row, not the file.
 */
import { CHANNELS } from '../domain/journey/vocabulary-lists.js';

export class Problem {
  constructor(readonly reason: string) {}
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(?:klo\s+)?(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?)?$/i;
const DIGITS = /^\d+(?:\.\d+)?$/;

const offsetCache = new Map<string, number>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in ms at an instant (cached per zone and hour). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  if (timeZone === 'UTC') return 0;
  const hour = Math.floor(utcMs / 3_600_000);
  const key = `${timeZone}|${hour}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, fmt);
  }
  const at = hour * 3_600_000;
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(at))) p[part.type] = Number(part.value);
  const wall = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  const offset = wall - at;
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/** True when the time zone name is one the runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function wallTime(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  timeZone: string,
): number | Problem {
  if (mo < 1 || mo > 12) return new Problem(`month ${mo} is not 1–12`);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return new Problem(`day ${d} is not in ${y}-${String(mo).padStart(2, '0')}`);
  if (h > 23 || mi > 59 || s > 59) return new Problem('the time of day is out of range');
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (timeZone === 'UTC') return utc;
  const first = utc - zoneOffsetMs(timeZone, utc);
  return utc - zoneOffsetMs(timeZone, first);
}

function fraction(digits: string | undefined): number {
  return digits ? Math.floor(Number(`0.${digits}`) * 1000) : 0;
}

function zoneMs(zone: string): number {
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0')) * 60_000;
}

/** Epoch seconds, milliseconds or microseconds, told apart by size (µs ≥ 1e14, ms ≥ 1e11). */
function epochBySize(n: number): number {
  if (n >= 1e14) return Math.floor(n / 1000);
  if (n >= 1e11) return Math.round(n);
  return Math.round(n * 1000);
}

const DATE_HINT =
  'use ISO 8601 (2026-05-04T10:00:00Z, 2026-05-04 10:00), d.m.yyyy hh.mm, or an epoch transform';

/**
 * A time cell as epoch milliseconds. Local times (no zone in the text) are read in
 * `timeZone`. Plain numbers are epoch seconds, milliseconds or microseconds by size.
 */
export function parseTime(raw: unknown, timeZone: string): number | Problem {
  if (typeof raw === 'number') return Number.isFinite(raw) ? epochBySize(raw) : new Problem('is not a time');
  if (typeof raw !== 'string') return new Problem(`is not a time (${DATE_HINT})`);
  const text = raw.trim();
  if (DIGITS.test(text)) return epochBySize(Number(text));
  let m = ISO.exec(text);
  if (m) {
    const ms = fraction(m[7]);
    if (m[8]) {
      const local = wallTime(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms, 'UTC');
      return local instanceof Problem ? local : local - zoneMs(m[8]);
    }
    return wallTime(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms, timeZone);
  }
  m = FINNISH.exec(text);
  if (m) return wallTime(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, timeZone);
  if (/(GMT|UTC|Z|[+-]\d{4})$/i.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return ms;
  }
  return new Problem(`"${clip(text)}" is not a date/time (${DATE_HINT})`);
}

/** An epoch number in the given unit as epoch milliseconds. */
export function parseEpoch(raw: unknown, unit: 'epoch_us' | 'epoch_ms' | 'epoch_s'): number | Problem {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (!Number.isFinite(n) || (typeof raw === 'string' && raw.trim() === ''))
    return new Problem(`"${clip(String(raw))}" is not an epoch number`);
  if (unit === 'epoch_us') return Math.floor(n / 1000);
  if (unit === 'epoch_s') return Math.round(n * 1000);
  return Math.round(n);
}

/** A number; "1 234,50" and "1,234.50" are both 1234.5 (the last separator is the decimal one). */
export function parseNumber(raw: unknown): number | Problem {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : new Problem('is not a finite number');
  if (typeof raw !== 'string') return new Problem('is not a number');
  let text = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    text = comma > dot ? text.replaceAll('.', '').replace(',', '.') : text.replaceAll(',', '');
  } else if (comma >= 0) {
    text = text.replace(',', '.');
  }
  const n = text === '' ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : new Problem(`"${clip(raw)}" is not a number`);
}

/** Satisfaction words that mean a rating on the 1–5 scale, and words that mean "no rating". */
export const RATING_WORDS: Record<string, number | null> = {
  good: 5,
  satisfied: 5,
  positive: 5,
  hyvä: 5,
  bad: 1,
  unsatisfied: 1,
  dissatisfied: 1,
  negative: 1,
  huono: 1,
  offered: null,
  unoffered: null,
  'not offered': null,
  none: null,
  '-': null,
};

/**
 * A satisfaction rating as CSAT 1–5: whole numbers 1–5 as they are, good/bad (Zendesk) as
 * 5/1; `values` from the mapping overrides (e.g. {"4": 5, "3": 4} for another scale).
 * Null means "no rating given".
 */
export function parseRating(raw: unknown, values?: Record<string, number | null>): number | null | Problem {
  const text = String(raw).trim().toLowerCase();
  if (values && Object.hasOwn(values, text)) return values[text] ?? null;
  if (/^[1-5]$/.test(text)) return Number(text);
  if (Object.hasOwn(RATING_WORDS, text)) return RATING_WORDS[text] ?? null;
  return new Problem(
    `"${clip(String(raw))}" is not a rating: use 1–5 or good/bad, or map other values in the mapping's "values"`,
  );
}

const CHANNEL_WORDS: Record<string, (typeof CHANNELS)[number]> = {
  'e-mail': 'email',
  mail: 'email',
  sähköposti: 'email',
  website: 'web',
  webform: 'web',
  'web form': 'web',
  web_form: 'web',
  form: 'web',
  portal: 'web',
  'help center': 'web',
  'live chat': 'chat',
  livechat: 'chat',
  messaging: 'chat',
  whatsapp: 'chat',
  voice: 'phone',
  call: 'phone',
  puhelin: 'phone',
  mobile: 'app',
  'mobile app': 'app',
  twitter: 'social',
  facebook: 'social',
  instagram: 'social',
  bot: 'chatbot',
  shop: 'store',
  myymälä: 'store',
  'walk-in': 'store',
};
const CHANNEL_SET = new Set<string>(CHANNELS);

/** A channel name as one of Polku's channels; names it does not know become "other". */
export function normaliseChannel(raw: string): { channel: (typeof CHANNELS)[number]; known: boolean } {
  const text = raw.trim().toLowerCase();
  if (CHANNEL_SET.has(text)) return { channel: text as (typeof CHANNELS)[number], known: true };
  const word = CHANNEL_WORDS[text];
  return word ? { channel: word, known: true } : { channel: 'other', known: false };
}

/** Text cut to `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function clip(text: string): string {
  return truncate(text, 40);
}

/** Every lower-case channel name `normaliseChannel` knows, with its channel (the SQL import joins on it). */
export function channelWords(): [word: string, channel: (typeof CHANNELS)[number]][] {
  const words: [string, (typeof CHANNELS)[number]][] = CHANNELS.map((c) => [c, c]);
  for (const [word, channel] of Object.entries(CHANNEL_WORDS))
    if (!CHANNEL_SET.has(word)) words.push([word, channel]);
  return words;
}
