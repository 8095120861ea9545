import type { Channel } from '../../../src/domain/journey/vocabulary.js';
import { CHANNELS } from '../../../src/domain/journey/vocabulary-lists.js';
import type { AnalysisBody } from './api.js';

/**
 * The filter bar's state, kept in the URL query string so a link reproduces the view:
 * `days` (a preset: 30, 90 or 180) or `from`/`to` (YYYY-MM-DD, inclusive days, UTC),
 * `compare=1`, `channel` (comma list), `persona` (comma list of ids), `audience`
 * (customer|employee) and `segment` (repeatable `name=value`).
 */
export interface FilterState {
  days: number | null;
  from: string | null;
  to: string | null;
  compare: boolean;
  channels: string[];
  personaIds: string[];
  audience: 'customer' | 'employee' | null;
  segments: { name: string; value: string }[];
}

export const PRESET_DAYS = [30, 90, 180] as const;
export const DEFAULT_DAYS = 90;

export const EMPTY_FILTERS: FilterState = {
  days: DEFAULT_DAYS,
  from: null,
  to: null,
  compare: false,
  channels: [],
  personaIds: [],
  audience: null,
  segments: [],
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PROPERTY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const DAY_MS = 86_400_000;

const list = (v: string | null) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Parses `name=value` (a segment); null when the name is not a valid property name or the value is empty. */
export function parseSegment(text: string): { name: string; value: string } | null {
  const at = text.indexOf('=');
  if (at < 1) return null;
  const name = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  if (!PROPERTY.test(name) || value === '' || value.length > 200) return null;
  return { name, value };
}

export function readFilters(search: string): FilterState {
  const p = new URLSearchParams(search);
  const from = p.get('from');
  const to = p.get('to');
  const custom = from && to && DAY.test(from) && DAY.test(to) && from <= to;
  const days = Number(p.get('days'));
  const audience = p.get('audience');
  return {
    days: custom ? null : (PRESET_DAYS as readonly number[]).includes(days) ? days : DEFAULT_DAYS,
    from: custom ? from : null,
    to: custom ? to : null,
    compare: p.get('compare') === '1',
    channels: list(p.get('channel')).filter((c) => (CHANNELS as readonly string[]).includes(c)),
    personaIds: list(p.get('persona')),
    audience: audience === 'customer' || audience === 'employee' ? audience : null,
    segments: p
      .getAll('segment')
      .map(parseSegment)
      .filter((s): s is { name: string; value: string } => s !== null),
  };
}

/** The query string for a state (without `?`); defaults are left out so a plain link stays plain. */
export function writeFilters(state: FilterState, base = ''): string {
  const p = new URLSearchParams(base);
  for (const k of ['days', 'from', 'to', 'compare', 'channel', 'persona', 'audience', 'segment']) p.delete(k);
  if (state.from && state.to) {
    p.set('from', state.from);
    p.set('to', state.to);
  } else if (state.days !== null && state.days !== DEFAULT_DAYS) p.set('days', String(state.days));
  if (state.compare) p.set('compare', '1');
  if (state.channels.length) p.set('channel', state.channels.join(','));
  if (state.personaIds.length) p.set('persona', state.personaIds.join(','));
  if (state.audience) p.set('audience', state.audience);
  for (const s of state.segments) p.append('segment', `${s.name}=${s.value}`);
  return p.toString();
}

/** The start of the UTC day after `now`: preset periods end there, so the query stays the same all day. */
export function endOfUtcDay(now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
}

/** The analytics request for a filter state (custom days are inclusive: `to` is the day after). */
export function toBody(state: FilterState, now: number): AnalysisBody {
  let period: { from: string; to: string };
  if (state.from && state.to) {
    period = {
      from: `${state.from}T00:00:00.000Z`,
      to: new Date(Date.parse(`${state.to}T00:00:00.000Z`) + DAY_MS).toISOString(),
    };
  } else {
    const to = endOfUtcDay(now);
    period = {
      from: new Date(to - (state.days ?? DEFAULT_DAYS) * DAY_MS).toISOString(),
      to: new Date(to).toISOString(),
    };
  }
  const filters: NonNullable<AnalysisBody['filters']> = {};
  if (state.channels.length) filters.channels = state.channels as Channel[];
  if (state.personaIds.length) filters.personaIds = state.personaIds;
  if (state.audience) filters.audience = state.audience;
  if (state.segments.length) {
    const properties: Record<string, string[]> = {};
    for (const s of state.segments) {
      const values = properties[s.name] ?? [];
      if (!values.includes(s.value)) values.push(s.value);
      properties[s.name] = values;
    }
    filters.properties = properties;
  }
  const body: AnalysisBody = { period, filters };
  if (state.compare) body.compareTo = 'previous';
  return body;
}

/** The filter state a request came from (the inverse of `toBody`, for the FilterBar's `value`). */
export function fromBody(body: AnalysisBody, now: number): FilterState {
  const f = body.filters ?? {};
  const state: FilterState = {
    ...EMPTY_FILTERS,
    compare: body.compareTo !== undefined,
    channels: [...(f.channels ?? [])],
    personaIds: [...(f.personaIds ?? [])],
    audience: f.audience ?? null,
    segments: Object.entries(f.properties ?? {}).flatMap(([name, values]) =>
      values.map((value) => ({ name, value })),
    ),
  };
  if (!body.period) return state;
  const from = Date.parse(body.period.from);
  const to = Date.parse(body.period.to);
  const days = Math.round((to - from) / DAY_MS);
  if (to === endOfUtcDay(now) && (PRESET_DAYS as readonly number[]).includes(days)) return { ...state, days };
  return {
    ...state,
    days: null,
    from: new Date(from).toISOString().slice(0, 10),
    to: new Date(to - DAY_MS).toISOString().slice(0, 10),
  };
}
