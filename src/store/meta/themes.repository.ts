import type { Kysely, Selectable } from 'kysely';
import type { StoredUserTheme } from '../../domain/themes/theme.schema.js';
import type { MetaDatabase } from './tables.js';
import type { UserThemesTable } from './themes.tables.js';

/** User-defined themes of a workspace. Every query is scoped by workspace. */

type Db = Kysely<MetaDatabase>;

function keywordsOf(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

function themeFromRow(r: Selectable<UserThemesTable>): StoredUserTheme {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    name: r.name,
    keywords: keywordsOf(r.keywords),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** The workspace's themes, oldest first (the order they are shown and matched in). */
export async function listUserThemes(db: Db, workspaceId: string): Promise<StoredUserTheme[]> {
  const rows = await db
    .selectFrom('userThemes')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map(themeFromRow);
}

export async function getUserTheme(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<StoredUserTheme | undefined> {
  const row = await db
    .selectFrom('userThemes')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && themeFromRow(row);
}

export async function insertUserTheme(db: Db, t: StoredUserTheme): Promise<void> {
  await db
    .insertInto('userThemes')
    .values({
      id: t.id,
      workspaceId: t.workspaceId,
      name: t.name,
      keywords: JSON.stringify(t.keywords),
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
    })
    .execute();
}

/** Saves name, keywords and updatedAt of an existing theme; false when there is none. */
export async function updateUserTheme(db: Db, t: StoredUserTheme): Promise<boolean> {
  const r = await db
    .updateTable('userThemes')
    .set({ name: t.name, keywords: JSON.stringify(t.keywords), updatedAt: t.updatedAt })
    .where('workspaceId', '=', t.workspaceId)
    .where('id', '=', t.id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteUserTheme(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('userThemes')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
