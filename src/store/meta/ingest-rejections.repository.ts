import type { MetaDb } from './db.js';

export interface RejectionRecord {
  at: string;
  source: string;
  position: number;
  field: string;
  reason: string;
  /** The rejected input as JSON, truncated, with customer ids removed. */
  payload: string;
}

/** How many rejections a workspace keeps; older ones are pruned. */
export const KEPT_REJECTIONS = 1000;

export async function insertRejections(
  db: MetaDb,
  workspaceId: string,
  records: readonly RejectionRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await db
    .insertInto('ingestRejections')
    .values(records.map((r) => ({ workspaceId, ...r })))
    .execute();
}

/** Removes all but the newest `keep` rejections of the workspace. */
export async function pruneRejections(
  db: MetaDb,
  workspaceId: string,
  keep = KEPT_REJECTIONS,
): Promise<void> {
  const cutoff = await db
    .selectFrom('ingestRejections')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .orderBy('id', 'desc')
    .offset(keep)
    .limit(1)
    .executeTakeFirst();
  if (!cutoff) return;
  await db
    .deleteFrom('ingestRejections')
    .where('workspaceId', '=', workspaceId)
    .where('id', '<=', cutoff.id)
    .execute();
}

/** The newest rejections first. */
export async function listRejections(
  db: MetaDb,
  workspaceId: string,
  limit: number,
): Promise<RejectionRecord[]> {
  return db
    .selectFrom('ingestRejections')
    .select(['at', 'source', 'position', 'field', 'reason', 'payload'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
