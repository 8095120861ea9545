import type { Kysely } from 'kysely';
import type { Role } from '../../domain/journey/vocabulary.js';
import type { MetaDatabase } from './tables.js';

type Db = Kysely<MetaDatabase>;

/** Invitations, API keys and share links: secrets stored only as hashes. */

export async function insertInvitation(
  db: Db,
  inv: {
    id: string;
    workspaceId: string;
    email: string;
    role: Role;
    tokenHash: string;
    createdBy: string;
    createdAt: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('invitations')
    .values({ ...inv, email: inv.email.toLowerCase(), acceptedAt: null })
    .execute();
}

export async function listInvitations(db: Db, workspaceId: string, now: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'createdAt', 'expiresAt'])
    .where('workspaceId', '=', workspaceId)
    .where('acceptedAt', 'is', null)
    .where('expiresAt', '>', now)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function findInvitation(db: Db, tokenHash: string, now: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('workspaces as w', 'w.id', 'i.workspaceId')
    .select(['i.id', 'i.workspaceId', 'i.email', 'i.role', 'w.name as workspaceName'])
    .where('i.tokenHash', '=', tokenHash)
    .where('i.acceptedAt', 'is', null)
    .where('i.expiresAt', '>', now)
    .executeTakeFirst();
}

export async function markInvitationAccepted(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('invitations').set({ acceptedAt: now }).where('id', '=', id).execute();
}

export async function deleteInvitation(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('invitations')
    .where('id', '=', id)
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function insertApiKey(
  db: Db,
  key: {
    id: string;
    workspaceId: string;
    name: string;
    scope: 'read' | 'write' | 'ingest';
    prefix: string;
    secretHash: string;
    createdBy: string;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('apiKeys')
    .values({ ...key, lastUsedAt: null, revokedAt: null })
    .execute();
}

export async function listApiKeys(db: Db, workspaceId: string) {
  return db
    .selectFrom('apiKeys')
    .select(['id', 'name', 'scope', 'prefix', 'createdAt', 'lastUsedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('revokedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function findApiKey(db: Db, secretHash: string) {
  return db
    .selectFrom('apiKeys')
    .select(['id', 'workspaceId', 'scope', 'lastUsedAt'])
    .where('secretHash', '=', secretHash)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
}

export async function touchApiKey(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('apiKeys').set({ lastUsedAt: now }).where('id', '=', id).execute();
}

export async function revokeApiKey(db: Db, workspaceId: string, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('apiKeys')
    .set({ revokedAt: now })
    .where('id', '=', id)
    .where('workspaceId', '=', workspaceId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function insertShareLink(
  db: Db,
  link: {
    id: string;
    journeyId: string;
    workspaceId: string;
    tokenHash: string;
    createdBy: string;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('shareLinks')
    .values({ ...link, revokedAt: null })
    .execute();
}

export async function listShareLinks(db: Db, workspaceId: string, journeyId: string) {
  return db
    .selectFrom('shareLinks')
    .select(['id', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('journeyId', '=', journeyId)
    .where('revokedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function findShareLink(db: Db, tokenHash: string) {
  return db
    .selectFrom('shareLinks')
    .select(['id', 'journeyId', 'workspaceId'])
    .where('tokenHash', '=', tokenHash)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
}

export async function revokeShareLink(
  db: Db,
  workspaceId: string,
  journeyId: string,
  id: string,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('shareLinks')
    .set({ revokedAt: now })
    .where('id', '=', id)
    .where('workspaceId', '=', workspaceId)
    .where('journeyId', '=', journeyId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function audit(
  db: Db,
  e: { workspaceId: string; userId: string | null; action: string; subject: string; at: string },
) {
  await db.insertInto('auditLog').values(e).execute();
}
