import type { Generated } from 'kysely';
import type { ActTables } from './act.tables.js';
import type { ActionTables } from './actions.tables.js';
import type { ImportTables } from './imports.tables.js';
import type { IngestTables } from './ingest.tables.js';
import type { InvitationTables } from './invitations.tables.js';
import type { SurveyTables } from './surveys.tables.js';
import type { ThemeTables } from './themes.tables.js';

/** Column names are camelCase here and snake_case in SQLite (CamelCasePlugin). */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: string;
}
export interface SessionsTable {
  id: string; // sha256 of the cookie token
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}
export interface WorkspacesTable {
  id: string;
  name: string;
  settings: string; // JSON
  createdAt: string;
}
export interface MembershipsTable {
  workspaceId: string;
  userId: string;
  role: string;
  createdAt: string;
}
export interface InvitationsTable {
  id: string;
  workspaceId: string;
  email: string;
  role: string;
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}
export interface ApiKeysTable {
  id: string;
  workspaceId: string;
  name: string;
  scope: string;
  prefix: string;
  secretHash: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
export interface JourneysTable {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  language: string;
  variant: string;
  variantOf: string | null;
  templateId: string | null;
  archivedAt: string | null;
  version: number;
  revision: number;
  translations: string;
  createdAt: string;
  updatedAt: string;
}
export interface StagesTable {
  id: string;
  journeyId: string;
  name: string;
  description: string;
  position: number;
  version: number;
  translations: string;
}
export interface LanesTable {
  id: string;
  journeyId: string;
  kind: string;
  name: string;
  position: number;
  version: number;
  translations: string;
}
export interface TouchpointsTable {
  id: string;
  journeyId: string;
  workspaceId: string;
  stageId: string;
  position: number;
  version: number;
  key: string;
  name: string;
  description: string;
  channel: string;
  mode: string;
  directness: string;
  ownership: string;
  ownerTeam: string;
  customerAction: string;
  needs: string;
  expectations: string;
  motivations: string;
  barriers: string;
  brandPromise: string;
  emotion: number | null;
  momentOfTruth: number;
  revenueWeight: number;
  engagementWeight: number;
  kpis: string;
  evidence: string;
  translations: string;
}
export interface CardsTable {
  id: string;
  journeyId: string;
  laneId: string;
  stageId: string;
  touchpointId: string | null;
  text: string;
  position: number;
  version: number;
  translations: string;
}
export interface PersonasTable {
  id: string;
  journeyId: string;
  name: string;
  description: string;
  color: string;
  position: number;
  version: number;
  translations: string;
}
export interface EmotionsTable {
  journeyId: string;
  personaId: string;
  touchpointId: string;
  value: number;
}
export interface ShareLinksTable {
  id: string;
  journeyId: string;
  workspaceId: string;
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}
export interface AuditLogTable {
  id: Generated<number>;
  workspaceId: string;
  userId: string | null;
  action: string;
  subject: string;
  at: string;
}

export interface MetaDatabase
  extends IngestTables,
    SurveyTables,
    InvitationTables,
    ImportTables,
    ThemeTables,
    ActTables,
    ActionTables {
  users: UsersTable;
  sessions: SessionsTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  apiKeys: ApiKeysTable;
  journeys: JourneysTable;
  stages: StagesTable;
  lanes: LanesTable;
  touchpoints: TouchpointsTable;
  cards: CardsTable;
  personas: PersonasTable;
  emotions: EmotionsTable;
  shareLinks: ShareLinksTable;
  auditLog: AuditLogTable;
}
