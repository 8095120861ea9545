import { newId } from '../domain/journey/ids.js';
import {
  type Card,
  CardCreate,
  type JourneyCreate,
  type JourneyMap,
  type Lane,
  LaneCreate,
  type Persona,
  PersonaCreate,
  type Stage,
  StageCreate,
  type Touchpoint,
  TouchpointCreate,
} from '../domain/journey/journey.schema.js';
import { fromMapDocument, type MapDocument, toMapDocument } from '../domain/journey/map-document.js';
import { positionBetween } from '../domain/journey/positions.js';
import { defaultModeFor, slugify, touchpointDefaults } from '../domain/journey/touchpoint-defaults.js';
import { laneHoldsCards } from '../domain/journey/vocabulary.js';
import { fail, ok, type Result } from '../domain/result.js';
import type { MetaDb } from '../store/meta/db.js';
import {
  type EntityKind,
  type EntityTypes,
  getEntity,
  getJourney,
  insertEntity,
  insertMap,
  lastPosition,
  loadMap,
  patchJourney,
  takenKeys,
} from '../store/meta/journeys.repository.js';
import { newJourneyFromTemplate } from './new-journey.js';

/** Journey use cases. The HTTP handler owns the transaction and passes `db` (a trx) in. */

export async function createJourney(
  db: MetaDb,
  workspaceId: string,
  input: JourneyCreate,
  now: string,
): Promise<Result<JourneyMap>> {
  const map = newJourneyFromTemplate(workspaceId, input, now);
  if (!map) return fail('bad_request', `unknown template "${input.templateId}"`, { field: 'templateId' });
  await insertMap(db, map);
  return ok(map);
}

export async function importJourney(
  db: MetaDb,
  workspaceId: string,
  doc: MapDocument,
  now: string,
  name?: string,
): Promise<JourneyMap> {
  const map = fromMapDocument(doc, {
    workspaceId,
    now,
    takenKeys: await takenKeys(db, workspaceId),
    ...(name ? { name } : {}),
  });
  await insertMap(db, map);
  return map;
}

export async function duplicateJourney(
  db: MetaDb,
  workspaceId: string,
  journeyId: string,
  now: string,
  name?: string,
): Promise<Result<JourneyMap>> {
  const map = await loadMap(db, workspaceId, journeyId);
  if (!map) return fail('not_found', 'journey not found');
  return ok(
    await importJourney(db, workspaceId, toMapDocument(map), now, name ?? `${map.journey.name} (copy)`),
  );
}

/** A to-be version: a copy marked to_be, the two linked to each other. */
export async function createToBeVersion(
  db: MetaDb,
  workspaceId: string,
  journeyId: string,
  now: string,
): Promise<Result<JourneyMap>> {
  const map = await loadMap(db, workspaceId, journeyId);
  if (!map) return fail('not_found', 'journey not found');
  if (map.journey.variant !== 'as_is')
    return fail('bad_request', 'only an as-is journey can get a to-be version', { field: 'variant' });
  if (map.journey.variantOf) {
    const existing = await getJourney(db, workspaceId, map.journey.variantOf);
    if (existing) return fail('conflict', 'this journey already has a to-be version', { current: existing });
  }
  const doc = toMapDocument(map);
  doc.journey.variant = 'to_be';
  const toBe = await importJourney(db, workspaceId, doc, now, map.journey.name);
  await db.updateTable('journeys').set({ variantOf: journeyId }).where('id', '=', toBe.journey.id).execute();
  await patchJourney(db, workspaceId, journeyId, map.journey.version, { variantOf: toBe.journey.id }, now);
  toBe.journey.variantOf = journeyId;
  return ok(toBe);
}

/** The position after the last entity of a kind (in a stage or lane cell): where a new one goes. */
async function endPosition(
  db: MetaDb,
  kind: EntityKind,
  journeyId: string,
  scope?: { stageId?: string; laneId?: string },
): Promise<number> {
  return positionBetween(await lastPosition(db, kind, journeyId, scope), undefined);
}

// ---- entity creation --------------------------------------------------------------------

async function belongs(
  db: MetaDb,
  kind: EntityKind,
  journeyId: string,
  id: string | null | undefined,
  field: string,
) {
  if (id === null || id === undefined) return undefined;
  const found = await getEntity(db, kind, journeyId, id);
  return found
    ? undefined
    : fail<never>('bad_request', `no such ${kind.slice(0, -1)} in this journey`, { field });
}

/** Builds and inserts a new entity of `kind` from validated input. */
export async function createEntity<K extends EntityKind>(
  db: MetaDb,
  workspaceId: string,
  journeyId: string,
  kind: K,
  body: unknown,
): Promise<Result<EntityTypes[K]>> {
  const entity = await buildEntity(db, workspaceId, journeyId, kind, body);
  if (!entity.ok) return entity;
  await insertEntity(db, kind, entity.value, workspaceId);
  return entity;
}

async function buildEntity<K extends EntityKind>(
  db: MetaDb,
  workspaceId: string,
  journeyId: string,
  kind: K,
  body: unknown,
): Promise<Result<EntityTypes[K]>> {
  const common = { journeyId, version: 0 };
  switch (kind) {
    case 'stages': {
      const input = StageCreate.parse(body);
      const position = input.position ?? (await endPosition(db, 'stages', journeyId));
      const stage: Stage = { ...common, ...input, id: newId('st'), position };
      return ok(stage as EntityTypes[K]);
    }
    case 'lanes': {
      const input = LaneCreate.parse(body);
      const position = input.position ?? (await endPosition(db, 'lanes', journeyId));
      const lane: Lane = { ...common, ...input, id: newId('ln'), position };
      return ok(lane as EntityTypes[K]);
    }
    case 'personas': {
      const input = PersonaCreate.parse(body);
      const position = await endPosition(db, 'personas', journeyId);
      const persona: Persona = { ...common, ...input, id: newId('ps'), position };
      return ok(persona as EntityTypes[K]);
    }
    case 'touchpoints': {
      const input = TouchpointCreate.parse(body);
      const bad = await belongs(db, 'stages', journeyId, input.stageId, 'stageId');
      if (bad) return bad;
      const keys = await takenKeys(db, workspaceId);
      const defaults = touchpointDefaults(input.name);
      let key = input.key ?? slugify(input.name);
      if (input.key && keys.has(input.key))
        return fail('conflict', `key "${input.key}" is already used by another touchpoint`, { field: 'key' });
      for (let n = 2; keys.has(key); n++) key = `${slugify(input.name).slice(0, 70)}-${n}`;
      const position =
        input.position ?? (await endPosition(db, 'touchpoints', journeyId, { stageId: input.stageId }));
      const touchpoint: Touchpoint = {
        ...defaults,
        mode: input.channel ? defaultModeFor(input.channel) : defaults.mode,
        ...input,
        ...common,
        key,
        id: newId('tp'),
        position,
        translations: input.translations ?? {},
      };
      return ok(touchpoint as EntityTypes[K]);
    }
    case 'cards': {
      const input = CardCreate.parse(body);
      const bad =
        (await cardLaneProblem(db, journeyId, input.laneId)) ??
        (await belongs(db, 'stages', journeyId, input.stageId, 'stageId')) ??
        (await belongs(db, 'touchpoints', journeyId, input.touchpointId, 'touchpointId'));
      if (bad) return bad;
      const position =
        input.position ??
        (await endPosition(db, 'cards', journeyId, { stageId: input.stageId, laneId: input.laneId }));
      const card: Card = { ...common, ...input, id: newId('cd'), position };
      return ok(card as EntityTypes[K]);
    }
  }
  return fail('bad_request', `unknown kind ${kind}`);
}

/** Why a card cannot go to this lane (unknown, or a lane drawn from touchpoints), if it cannot. */
async function cardLaneProblem(db: MetaDb, journeyId: string, laneId: string) {
  const lane = await getEntity(db, 'lanes', journeyId, laneId);
  if (!lane) return fail<never>('bad_request', 'no such lane in this journey', { field: 'laneId' });
  if (!laneHoldsCards(lane.kind))
    return fail<never>('bad_request', `the ${lane.kind} lane does not hold cards`, { field: 'laneId' });
  return undefined;
}

/** Checks that a patch's references stay inside the journey (a card's lane, a touchpoint's stage …). */
export async function checkPatchReferences(
  db: MetaDb,
  journeyId: string,
  kind: EntityKind,
  patch: Record<string, unknown>,
): Promise<Result<true>> {
  const stageId = patch.stageId as string | undefined;
  const laneId = patch.laneId as string | undefined;
  const touchpointId = patch.touchpointId as string | null | undefined;
  if (kind === 'touchpoints' || kind === 'cards') {
    const bad = await belongs(db, 'stages', journeyId, stageId, 'stageId');
    if (bad) return bad;
  }
  if (kind === 'cards') {
    const badLane = laneId === undefined ? undefined : await cardLaneProblem(db, journeyId, laneId);
    if (badLane) return badLane;
    const bad = await belongs(db, 'touchpoints', journeyId, touchpointId, 'touchpointId');
    if (bad) return bad;
  }
  return ok(true);
}
