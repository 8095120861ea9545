import type { MetaDb } from './db.js';

/** Teams of a workspace: a name (matched against touchpoints' owner team), an address, a lead, members. */
export interface Team {
  id: string;
  workspaceId: string;
  name: string;
  email: string | null;
  leadUserId: string | null;
  memberIds: string[];
  createdAt: string;
  updatedAt: string;
}

async function membersOf(db: MetaDb, teamIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (teamIds.length === 0) return out;
  const rows = await db
    .selectFrom('teamMembers')
    .select(['teamId', 'userId'])
    .where('teamId', 'in', teamIds)
    .orderBy('userId')
    .execute();
  for (const r of rows) out.set(r.teamId, [...(out.get(r.teamId) ?? []), r.userId]);
  return out;
}

export async function listTeams(db: MetaDb, workspaceId: string): Promise<Team[]> {
  const rows = await db
    .selectFrom('teams')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .execute();
  const members = await membersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, memberIds: members.get(r.id) ?? [] }));
}

export async function getTeam(db: MetaDb, workspaceId: string, teamId: string): Promise<Team | undefined> {
  const r = await db
    .selectFrom('teams')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (!r) return undefined;
  return { ...r, memberIds: (await membersOf(db, [r.id])).get(r.id) ?? [] };
}

/** The team whose name is `ownerTeam` (case-insensitive), the default assignee of a touchpoint's cases. */
export async function teamByName(db: MetaDb, workspaceId: string, name: string): Promise<Team | undefined> {
  const wanted = name.trim().toLocaleLowerCase('fi');
  if (!wanted) return undefined;
  return (await listTeams(db, workspaceId)).find((t) => t.name.toLocaleLowerCase('fi') === wanted);
}

/** Writes the team and replaces its members (in one transaction). */
export async function saveTeam(db: MetaDb, team: Team): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { memberIds, ...row } = team;
    await trx
      .insertInto('teams')
      .values(row)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          name: row.name,
          email: row.email,
          leadUserId: row.leadUserId,
          updatedAt: row.updatedAt,
        }),
      )
      .execute();
    await trx.deleteFrom('teamMembers').where('teamId', '=', team.id).execute();
    if (memberIds.length > 0)
      await trx
        .insertInto('teamMembers')
        .values(memberIds.map((userId) => ({ teamId: team.id, userId })))
        .execute();
  });
}

export async function deleteTeam(db: MetaDb, workspaceId: string, teamId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('teams')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The teams a user belongs to or leads. */
export async function teamsOfUser(db: MetaDb, workspaceId: string, userId: string): Promise<string[]> {
  const teams = await listTeams(db, workspaceId);
  return teams.filter((t) => t.leadUserId === userId || t.memberIds.includes(userId)).map((t) => t.id);
}

/** Email addresses of a team: its own address, its lead's and its members'. */
export async function teamAddresses(db: MetaDb, team: Team): Promise<string[]> {
  const ids = [...new Set([...team.memberIds, ...(team.leadUserId ? [team.leadUserId] : [])])];
  const users =
    ids.length === 0 ? [] : await db.selectFrom('users').select('email').where('id', 'in', ids).execute();
  return [...new Set([...(team.email ? [team.email] : []), ...users.map((u) => u.email)])];
}

/** The workspace's root-cause list (the defaults until someone edits it). */
export async function rootCauses(
  db: MetaDb,
  workspaceId: string,
  defaults: readonly string[],
): Promise<string[]> {
  const r = await db
    .selectFrom('actSettings')
    .select('rootCauses')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  if (!r) return [...defaults];
  try {
    const v: unknown = JSON.parse(r.rootCauses);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [...defaults];
  } catch {
    return [...defaults];
  }
}

export async function setRootCauses(db: MetaDb, workspaceId: string, list: string[]): Promise<void> {
  const rootCauses = JSON.stringify(list);
  await db
    .insertInto('actSettings')
    .values({ workspaceId, rootCauses })
    .onConflict((oc) => oc.column('workspaceId').doUpdateSet({ rootCauses }))
    .execute();
}

/** A small key/value memory of the background jobs (the alert engine's watermark). */
export async function getState(db: MetaDb, key: string): Promise<string | undefined> {
  const r = await db.selectFrom('actState').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value;
}

export async function setState(db: MetaDb, key: string, value: string): Promise<void> {
  await db
    .insertInto('actState')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
