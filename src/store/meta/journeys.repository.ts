import { type Kysely, sql } from 'kysely';
import type {
  Card,
  Journey,
  JourneyMap,
  Lane,
  Persona,
  Stage,
  Touchpoint,
} from '../../domain/journey/journey.schema.js';
import {
  cardFromRow,
  cardToRow,
  journeyFromRow,
  journeyToRow,
  laneFromRow,
  laneToRow,
  patchToColumns,
  personaFromRow,
  personaToRow,
  stageFromRow,
  stageToRow,
  touchpointFromRow,
  touchpointToRow,
} from './journey-rows.js';
import type { MetaDatabase } from './tables.js';

type Db = Kysely<MetaDatabase>;

export interface JourneySummary extends Journey {
  stageCount: number;
  touchpointCount: number;
}

export async function listJourneys(
  db: Db,
  workspaceId: string,
  archived: boolean,
): Promise<JourneySummary[]> {
  const rows = await db
    .selectFrom('journeys as j')
    .selectAll('j')
    .select((eb) => [
      eb
        .selectFrom('stages')
        .whereRef('stages.journeyId', '=', 'j.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('stageCount'),
      eb
        .selectFrom('touchpoints')
        .whereRef('touchpoints.journeyId', '=', 'j.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('touchpointCount'),
    ])
    .where('j.workspaceId', '=', workspaceId)
    .where('j.archivedAt', archived ? 'is not' : 'is', null)
    .orderBy('j.updatedAt', 'desc')
    .execute();
  return rows.map(({ stageCount, touchpointCount, ...r }) => ({
    ...journeyFromRow(r),
    stageCount: Number(stageCount ?? 0),
    touchpointCount: Number(touchpointCount ?? 0),
  }));
}

export async function getJourney(
  db: Db,
  workspaceId: string,
  journeyId: string,
): Promise<Journey | undefined> {
  const row = await db
    .selectFrom('journeys')
    .selectAll()
    .where('id', '=', journeyId)
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row ? journeyFromRow(row) : undefined;
}

export async function loadMap(
  db: Db,
  workspaceId: string,
  journeyId: string,
): Promise<JourneyMap | undefined> {
  const journey = await getJourney(db, workspaceId, journeyId);
  if (!journey) return undefined;
  const [stages, lanes, touchpoints, cards, personas, emotions] = await Promise.all([
    db.selectFrom('stages').selectAll().where('journeyId', '=', journeyId).orderBy('position').execute(),
    db.selectFrom('lanes').selectAll().where('journeyId', '=', journeyId).orderBy('position').execute(),
    db.selectFrom('touchpoints').selectAll().where('journeyId', '=', journeyId).orderBy('position').execute(),
    db.selectFrom('cards').selectAll().where('journeyId', '=', journeyId).orderBy('position').execute(),
    db.selectFrom('personas').selectAll().where('journeyId', '=', journeyId).orderBy('position').execute(),
    db
      .selectFrom('emotions')
      .select(['personaId', 'touchpointId', 'value'])
      .where('journeyId', '=', journeyId)
      .execute(),
  ]);
  return {
    journey,
    stages: stages.map(stageFromRow),
    lanes: lanes.map(laneFromRow),
    touchpoints: touchpoints.map(touchpointFromRow),
    cards: cards.map(cardFromRow),
    personas: personas.map(personaFromRow),
    emotions,
  };
}

/** Inserts a whole map (new journey); the caller owns the transaction. */
export async function insertMap(db: Db, map: JourneyMap): Promise<void> {
  const ws = map.journey.workspaceId;
  await db.insertInto('journeys').values(journeyToRow(map.journey)).execute();
  const chunks = <T>(items: T[], size = 200): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  };
  for (const c of chunks(map.stages)) await db.insertInto('stages').values(c.map(stageToRow)).execute();
  for (const c of chunks(map.lanes)) await db.insertInto('lanes').values(c.map(laneToRow)).execute();
  for (const c of chunks(map.personas)) await db.insertInto('personas').values(c.map(personaToRow)).execute();
  for (const c of chunks(map.touchpoints, 40))
    await db
      .insertInto('touchpoints')
      .values(c.map((t) => touchpointToRow(t, ws)))
      .execute();
  for (const c of chunks(map.cards)) await db.insertInto('cards').values(c.map(cardToRow)).execute();
  for (const c of chunks(map.emotions))
    await db
      .insertInto('emotions')
      .values(c.map((e) => ({ ...e, journeyId: map.journey.id })))
      .execute();
}

export async function takenKeys(db: Db, workspaceId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('touchpoints')
    .select('key')
    .where('workspaceId', '=', workspaceId)
    .execute();
  return new Set(rows.map((r) => r.key));
}

/** Bumps the journey's revision (any change on its map); returns the new revision. */
export async function bumpRevision(db: Db, journeyId: string, now: string): Promise<number> {
  const row = await db
    .updateTable('journeys')
    .set((eb) => ({ revision: eb('revision', '+', 1), updatedAt: now }))
    .where('id', '=', journeyId)
    .returning('revision')
    .executeTakeFirstOrThrow();
  return row.revision;
}

export type PatchResult<T> =
  | { status: 'ok'; entity: T }
  | { status: 'conflict'; current: T }
  | { status: 'not_found' };

export async function patchJourney(
  db: Db,
  workspaceId: string,
  journeyId: string,
  version: number,
  changes: Record<string, unknown>,
  now: string,
): Promise<PatchResult<Journey>> {
  const row = await db
    .updateTable('journeys')
    .set({ ...patchToColumns(changes), version: version + 1, updatedAt: now })
    .where('id', '=', journeyId)
    .where('workspaceId', '=', workspaceId)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  if (row) return { status: 'ok', entity: journeyFromRow(row) };
  const current = await getJourney(db, workspaceId, journeyId);
  return current ? { status: 'conflict', current } : { status: 'not_found' };
}

export async function deleteJourney(db: Db, workspaceId: string, journeyId: string): Promise<boolean> {
  await db
    .updateTable('journeys')
    .set({ variantOf: null })
    .where('workspaceId', '=', workspaceId)
    .where('variantOf', '=', journeyId)
    .execute();
  const r = await db
    .deleteFrom('journeys')
    .where('id', '=', journeyId)
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// ---- map entities: stages, lanes, touchpoints, cards, personas ------------------------

export interface EntityTypes {
  stages: Stage;
  lanes: Lane;
  touchpoints: Touchpoint;
  cards: Card;
  personas: Persona;
}
export type EntityKind = keyof EntityTypes;
export const ENTITY_KINDS: EntityKind[] = ['stages', 'lanes', 'touchpoints', 'cards', 'personas'];

type AnyRow = Record<string, unknown> & { id: string };
const fromRow: { [K in EntityKind]: (r: never) => EntityTypes[K] } = {
  stages: stageFromRow,
  lanes: laneFromRow,
  touchpoints: touchpointFromRow,
  cards: cardFromRow,
  personas: personaFromRow,
};
function decode<K extends EntityKind>(kind: K, row: AnyRow): EntityTypes[K] {
  return (fromRow[kind] as (r: AnyRow) => EntityTypes[K])(row);
}

export async function getEntity<K extends EntityKind>(
  db: Db,
  kind: K,
  journeyId: string,
  id: string,
): Promise<EntityTypes[K] | undefined> {
  const row = (await db
    .selectFrom(kind as EntityKind)
    .selectAll()
    .where('id', '=', id)
    .where('journeyId', '=', journeyId)
    .executeTakeFirst()) as AnyRow | undefined;
  return row ? decode(kind, row) : undefined;
}

export async function insertEntity<K extends EntityKind>(
  db: Db,
  kind: K,
  entity: EntityTypes[K],
  workspaceId: string,
): Promise<void> {
  const row =
    kind === 'touchpoints'
      ? touchpointToRow(entity as Touchpoint, workspaceId)
      : { ...patchToColumns(entity as unknown as Record<string, unknown>) };
  await sql`insert into ${sql.table(tableName(kind))} ${sql.raw(
    `(${Object.keys(row).map(column).join(', ')})`,
  )} values (${sql.join(Object.values(row))})`.execute(db);
}

export async function patchEntity<K extends EntityKind>(
  db: Db,
  kind: K,
  journeyId: string,
  id: string,
  version: number,
  changes: Record<string, unknown>,
): Promise<PatchResult<EntityTypes[K]>> {
  const cols = { ...patchToColumns(changes), version: version + 1 };
  const sets = sql.join(Object.entries(cols).map(([k, v]) => sql`${sql.ref(column(k))} = ${v}`));
  const result = await sql<AnyRow>`update ${sql.table(tableName(kind))} set ${sets}
    where id = ${id} and journey_id = ${journeyId} and version = ${version} returning *`.execute(db);
  const row = result.rows[0];
  if (row) return { status: 'ok', entity: decode(kind, row) };
  const current = await getEntity(db, kind, journeyId, id);
  return current ? { status: 'conflict', current } : { status: 'not_found' };
}

export async function deleteEntity(
  db: Db,
  kind: EntityKind,
  journeyId: string,
  id: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom(kind as EntityKind)
    .where('id', '=', id)
    .where('journeyId', '=', journeyId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The largest position among a journey's entities of a kind (optionally within a stage/lane cell). */
export async function lastPosition(
  db: Db,
  kind: EntityKind,
  journeyId: string,
  scope: { stageId?: string; laneId?: string } = {},
): Promise<number | undefined> {
  let q = sql<{
    p: number | null;
  }>`select max(position) as p from ${sql.table(tableName(kind))} where journey_id = ${journeyId}`;
  if (scope.stageId) q = sql<{ p: number | null }>`${q} and stage_id = ${scope.stageId}`;
  if (scope.laneId) q = sql<{ p: number | null }>`${q} and lane_id = ${scope.laneId}`;
  const r = await q.execute(db);
  return r.rows[0]?.p ?? undefined;
}

export async function setEmotion(
  db: Db,
  journeyId: string,
  personaId: string,
  touchpointId: string,
  value: number | null,
): Promise<void> {
  if (value === null) {
    await db
      .deleteFrom('emotions')
      .where('personaId', '=', personaId)
      .where('touchpointId', '=', touchpointId)
      .execute();
    return;
  }
  await db
    .insertInto('emotions')
    .values({ journeyId, personaId, touchpointId, value })
    .onConflict((oc) => oc.columns(['personaId', 'touchpointId']).doUpdateSet({ value }))
    .execute();
}

function tableName(kind: EntityKind): string {
  return kind;
}
function column(camel: string): string {
  return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
