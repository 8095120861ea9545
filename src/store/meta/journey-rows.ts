import type { Selectable } from 'kysely';
import type {
  Card,
  Journey,
  Lane,
  Persona,
  Stage,
  Touchpoint,
  Translations,
} from '../../domain/journey/journey.schema.js';
import type {
  CardsTable,
  JourneysTable,
  LanesTable,
  PersonasTable,
  StagesTable,
  TouchpointsTable,
} from './tables.js';

/** Conversions between domain entities and SQLite rows (JSON text, 0/1 booleans). */

const json = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};
const translations = (text: string) => json<Translations>(text, {});

export function journeyFromRow(r: Selectable<JourneysTable>): Journey {
  return { ...r, translations: translations(r.translations) } as Journey;
}
export function journeyToRow(j: Journey): JourneysTable {
  return { ...j, translations: JSON.stringify(j.translations) };
}
export function stageFromRow(r: Selectable<StagesTable>): Stage {
  return { ...r, translations: translations(r.translations) };
}
export function stageToRow(s: Stage): StagesTable {
  return { ...s, translations: JSON.stringify(s.translations) };
}
export function laneFromRow(r: Selectable<LanesTable>): Lane {
  return { ...r, translations: translations(r.translations) } as Lane;
}
export function laneToRow(l: Lane): LanesTable {
  return { ...l, translations: JSON.stringify(l.translations) };
}
export function touchpointFromRow(r: Selectable<TouchpointsTable>): Touchpoint {
  const { workspaceId: _ws, ...rest } = r;
  return {
    ...rest,
    momentOfTruth: r.momentOfTruth === 1,
    kpis: json(r.kpis, []),
    translations: translations(r.translations),
  } as Touchpoint;
}
export function touchpointToRow(t: Touchpoint, workspaceId: string): TouchpointsTable {
  return {
    ...t,
    workspaceId,
    momentOfTruth: t.momentOfTruth ? 1 : 0,
    kpis: JSON.stringify(t.kpis),
    translations: JSON.stringify(t.translations),
  };
}
export function cardFromRow(r: Selectable<CardsTable>): Card {
  return { ...r, translations: translations(r.translations) };
}
export function cardToRow(c: Card): CardsTable {
  return { ...c, translations: JSON.stringify(c.translations) };
}
export function personaFromRow(r: Selectable<PersonasTable>): Persona {
  return { ...r, translations: translations(r.translations) };
}
export function personaToRow(p: Persona): PersonasTable {
  return { ...p, translations: JSON.stringify(p.translations) };
}

/** Turns a partial entity patch into column values (JSON-encodes what needs it). */
export function patchToColumns(patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (k === 'translations' || k === 'kpis') out[k] = JSON.stringify(v);
    else if (k === 'momentOfTruth') out[k] = v ? 1 : 0;
    else out[k] = v;
  }
  return out;
}
