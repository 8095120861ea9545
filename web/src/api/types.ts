import type {
  Card,
  CardCreate,
  CardPatch,
  Journey,
  JourneyMap,
  Lane,
  LaneCreate,
  LanePatch,
  Persona,
  PersonaCreate,
  PersonaPatch,
  Stage,
  StageCreate,
  StagePatch,
  Touchpoint,
  TouchpointCreate,
  TouchpointPatch,
} from '../../../src/domain/journey/journey.schema.js';
import type { Role } from '../../../src/domain/journey/vocabulary.js';

export type { Card, Journey, JourneyMap, Lane, Persona, Stage, Touchpoint };

export interface User {
  id: string;
  email: string;
  name: string;
}
export interface WorkspaceRef {
  id: string;
  name: string;
  role: Role;
}
export interface Session {
  user: User;
  workspaces: WorkspaceRef[];
  csrfToken: string;
}
export interface Template {
  id: string;
  name: { en: string; fi: string };
  description: { en: string; fi: string };
  stages: { en: string; fi: string }[];
}
export type JourneySummary = Journey & { stageCount: number; touchpointCount: number };
export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
}
export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}
export interface ApiKey {
  id: string;
  name: string;
  scope: 'read' | 'write';
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}
export interface ShareLink {
  id: string;
  createdAt: string;
}

/** The map's entity kinds the API edits under `/journeys/:j/<kind>`. */
export interface EntityTypes {
  stages: { entity: Stage; create: Partial<StageCreate> & { name: string }; patch: StagePatch };
  lanes: { entity: Lane; create: Partial<LaneCreate> & { name: string }; patch: LanePatch };
  touchpoints: { entity: Touchpoint; create: TouchpointCreate; patch: TouchpointPatch };
  cards: {
    entity: Card;
    create: Partial<CardCreate> & { laneId: string; stageId: string; text: string };
    patch: CardPatch;
  };
  personas: { entity: Persona; create: Partial<PersonaCreate> & { name: string }; patch: PersonaPatch };
}
export type EntityKind = keyof EntityTypes;
export type Entity<K extends EntityKind> = EntityTypes[K]['entity'];
/** A patch without its version: the client adds the version it last saw. */
export type PatchBody<K extends EntityKind> = Omit<EntityTypes[K]['patch'], 'version'>;
