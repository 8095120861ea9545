import type {
  Card,
  Entity,
  EntityKind,
  EntityTypes,
  Lane,
  Persona,
  Stage,
  Touchpoint,
} from '../api/types.js';

/** The create request that re-makes a deleted entity (for undo), with the given parent ids. */
export function createBodyFrom<K extends EntityKind>(kind: K, entity: Entity<K>): EntityTypes[K]['create'] {
  switch (kind) {
    case 'stages': {
      const s = entity as Stage;
      return {
        name: s.name,
        description: s.description,
        position: s.position,
        translations: s.translations,
      } as never;
    }
    case 'lanes': {
      const l = entity as Lane;
      return { kind: l.kind, name: l.name, position: l.position, translations: l.translations } as never;
    }
    case 'personas': {
      const p = entity as Persona;
      return {
        name: p.name,
        description: p.description,
        color: p.color,
        translations: p.translations,
      } as never;
    }
    case 'cards': {
      const c = entity as Card;
      return {
        laneId: c.laneId,
        stageId: c.stageId,
        touchpointId: c.touchpointId,
        text: c.text,
        position: c.position,
        translations: c.translations,
      } as never;
    }
    default: {
      const { id: _id, journeyId: _j, version: _v, ...rest } = entity as Touchpoint;
      return rest as never;
    }
  }
}
