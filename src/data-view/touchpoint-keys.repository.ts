import type { MetaDb } from '../store/meta/db.js';

export interface TouchpointKeyRow {
  key: string;
  name: string;
  channel: string;
  journeyId: string;
  journeyName: string;
}

/** Every touchpoint key of the workspace (for mapping rules), archived journeys last, then by name. */
export async function listTouchpointKeys(db: MetaDb, workspaceId: string): Promise<TouchpointKeyRow[]> {
  const rows = await db
    .selectFrom('touchpoints as t')
    .innerJoin('journeys as j', 'j.id', 't.journeyId')
    .select(['t.key', 't.name', 't.channel', 't.journeyId', 'j.name as journeyName', 'j.archivedAt'])
    .where('t.workspaceId', '=', workspaceId)
    .where('j.workspaceId', '=', workspaceId)
    .orderBy('j.archivedAt')
    .orderBy('j.name')
    .orderBy('t.key')
    .execute();
  return rows.map(({ archivedAt: _a, ...r }) => r);
}
