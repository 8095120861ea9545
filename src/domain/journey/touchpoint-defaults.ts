import type { z } from 'zod';
import type { TouchpointFields } from './journey.schema.js';

export type TouchpointFieldValues = z.infer<typeof TouchpointFields>;

/** Turns a name into a touchpoint key: "Toimituksen odotus" → "toimituksen-odotus". */
export function slugify(value: string): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'touchpoint';
}

/** A new touchpoint's fields: a fresh hypothesis on the web, owned and direct. */
export function touchpointDefaults(name: string): TouchpointFieldValues {
  return {
    name,
    key: slugify(name),
    description: '',
    channel: 'web',
    mode: 'online',
    directness: 'direct',
    ownership: 'owned',
    ownerTeam: '',
    customerAction: '',
    needs: '',
    expectations: '',
    motivations: '',
    barriers: '',
    brandPromise: '',
    emotion: null,
    momentOfTruth: false,
    revenueWeight: 0,
    engagementWeight: 0,
    kpis: [],
    evidence: 'hypothesis',
  };
}

/** Offline channels default to offline mode; the user can still change it. */
export function defaultModeFor(channel: string): 'online' | 'offline' {
  return ['store', 'phone', 'delivery', 'event', 'print', 'word_of_mouth'].includes(channel)
    ? 'offline'
    : 'online';
}
