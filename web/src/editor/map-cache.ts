import type { EmotionPoint } from '../../../src/domain/journey/journey.schema.js';
import type { Entity, EntityKind, JourneyMap } from '../api/types.js';

/** Immutable updates of one entity in a cached map; every other object keeps its identity. */
export function replaceEntity<K extends EntityKind>(map: JourneyMap, kind: K, entity: Entity<K>): JourneyMap {
  const list = map[kind] as Entity<K>[];
  const index = list.findIndex((e) => e.id === entity.id);
  const next = index === -1 ? [...list, entity] : list.map((e, i) => (i === index ? entity : e));
  return { ...map, [kind]: next };
}

export function patchEntity<K extends EntityKind>(
  map: JourneyMap,
  kind: K,
  id: string,
  fields: Record<string, unknown>,
): JourneyMap {
  const list = map[kind] as Entity<K>[];
  return { ...map, [kind]: list.map((e) => (e.id === id ? { ...e, ...fields } : e)) };
}

export function findEntity<K extends EntityKind>(
  map: JourneyMap,
  kind: K,
  id: string,
): Entity<K> | undefined {
  return (map[kind] as Entity<K>[]).find((e) => e.id === id);
}

/** Removes an entity and what the server deletes with it. */
export function removeEntity(map: JourneyMap, kind: EntityKind, id: string): JourneyMap {
  switch (kind) {
    case 'stages':
      return {
        ...map,
        stages: map.stages.filter((s) => s.id !== id),
        touchpoints: map.touchpoints.filter((t) => t.stageId !== id),
        cards: map.cards.filter((c) => c.stageId !== id),
      };
    case 'touchpoints':
      return {
        ...map,
        touchpoints: map.touchpoints.filter((t) => t.id !== id),
        emotions: map.emotions.filter((e) => e.touchpointId !== id),
      };
    case 'lanes':
      return {
        ...map,
        lanes: map.lanes.filter((l) => l.id !== id),
        cards: map.cards.filter((c) => c.laneId !== id),
      };
    case 'personas':
      return {
        ...map,
        personas: map.personas.filter((p) => p.id !== id),
        emotions: map.emotions.filter((e) => e.personaId !== id),
      };
    case 'cards':
      return { ...map, cards: map.cards.filter((c) => c.id !== id) };
  }
}

export function setEmotionPoint(
  map: JourneyMap,
  personaId: string,
  touchpointId: string,
  value: number | null,
): JourneyMap {
  const rest = map.emotions.filter((e) => !(e.personaId === personaId && e.touchpointId === touchpointId));
  const emotions: EmotionPoint[] = value === null ? rest : [...rest, { personaId, touchpointId, value }];
  return { ...map, emotions };
}
