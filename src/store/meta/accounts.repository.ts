import type { Kysely } from 'kysely';
import type { Role } from '../../domain/journey/vocabulary.js';
import type { MetaDatabase } from './tables.js';

type Db = Kysely<MetaDatabase>;

export interface User {
  id: string;
  email: string;
  name: string;
}
export interface WorkspaceMembership {
  id: string;
  name: string;
  role: Role;
}

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function insertUser(
  db: Db,
  user: User & { passwordHash: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('users')
    .values({ ...user, email: user.email.trim().toLowerCase() })
    .execute();
}

export async function setPassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ passwordHash }).where('id', '=', userId).execute();
}

export async function userWorkspaces(db: Db, userId: string): Promise<WorkspaceMembership[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('workspaces as w', 'w.id', 'm.workspaceId')
    .select(['w.id', 'w.name', 'm.role'])
    .where('m.userId', '=', userId)
    .orderBy('w.createdAt')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function membershipRole(db: Db, workspaceId: string, userId: string): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.role as Role | undefined;
}

export async function insertWorkspace(
  db: Db,
  ws: { id: string; name: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('workspaces')
    .values({ ...ws, settings: '{}' })
    .execute();
}

export async function addMember(
  db: Db,
  workspaceId: string,
  userId: string,
  role: Role,
  now: string,
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ workspaceId, userId, role, createdAt: now })
    .onConflict((oc) => oc.columns(['workspaceId', 'userId']).doUpdateSet({ role }))
    .execute();
}

export async function listMembers(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['u.id as userId', 'u.email', 'u.name', 'm.role', 'm.createdAt'])
    .where('m.workspaceId', '=', workspaceId)
    .orderBy('u.email')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function updateMemberRole(
  db: Db,
  workspaceId: string,
  userId: string,
  role: Role,
): Promise<boolean> {
  const r = await db
    .updateTable('memberships')
    .set({ role })
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function removeMember(db: Db, workspaceId: string, userId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('memberships')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

// ---- sessions --------------------------------------------------------------------------

export async function insertSession(
  db: Db,
  s: { id: string; userId: string; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

export async function findSession(db: Db, id: string, now: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .select(['s.id', 's.csrfToken', 's.expiresAt', 'u.id as userId', 'u.email', 'u.name'])
    .where('s.id', '=', id)
    .where('s.expiresAt', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<=', now).execute();
}
