import { randomBytes } from 'node:crypto';
import {
  parseWorkspaceSettings,
  type WorkspaceSettings,
  type WorkspaceSettingsPatch,
} from '../../domain/workspace/settings.js';
import type { MetaDb } from './db.js';

/** What a workspace secret is for; each purpose has its own key. */
export type SecretPurpose = 'pseudonym' | 'survey-context';

export async function getWorkspaceSettings(db: MetaDb, workspaceId: string): Promise<WorkspaceSettings> {
  const row = await db
    .selectFrom('workspaces')
    .select('settings')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return parseWorkspaceSettings(row?.settings ?? '{}');
}

export async function updateWorkspaceSettings(
  db: MetaDb,
  workspaceId: string,
  patch: WorkspaceSettingsPatch,
): Promise<WorkspaceSettings> {
  return db.transaction().execute(async (trx) => {
    const current = await getWorkspaceSettings(trx, workspaceId);
    const next = { ...current, ...patch };
    await trx
      .updateTable('workspaces')
      .set({ settings: JSON.stringify(next) })
      .where('id', '=', workspaceId)
      .execute();
    return next;
  });
}

/** The workspace's secret key for `purpose` (32 random bytes, base64url), created on first use. */
export async function workspaceSecret(
  db: MetaDb,
  workspaceId: string,
  purpose: SecretPurpose,
): Promise<string> {
  const found = await db
    .selectFrom('workspaceSecrets')
    .select('secret')
    .where('workspaceId', '=', workspaceId)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  if (found) return found.secret;
  await db
    .insertInto('workspaceSecrets')
    .values({
      workspaceId,
      purpose,
      secret: randomBytes(32).toString('base64url'),
      createdAt: new Date().toISOString(),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const row = await db
    .selectFrom('workspaceSecrets')
    .select('secret')
    .where('workspaceId', '=', workspaceId)
    .where('purpose', '=', purpose)
    .executeTakeFirstOrThrow();
  return row.secret;
}
