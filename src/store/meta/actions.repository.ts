import type { Kysely, Selectable } from 'kysely';
import { ActionStatus, type ImprovementAction, TargetMetric } from '../../domain/actions/action.schema.js';
import type { ImprovementActionsTable } from './actions.tables.js';
import type { MetaDatabase } from './tables.js';

/** Improvement actions of a workspace. Every query is scoped by workspace. */

type Db = Kysely<MetaDatabase>;

function strings(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function metricOf(json: string | null): ImprovementAction['targetMetric'] {
  if (json === null) return null;
  try {
    const r = TargetMetric.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

function fromRow(r: Selectable<ImprovementActionsTable>): ImprovementAction {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    journeyId: r.journeyId,
    title: r.title,
    description: r.description,
    touchpointIds: strings(r.touchpointIds),
    painPointIds: strings(r.painPointIds),
    themes: strings(r.themes),
    ownerUserId: r.ownerUserId,
    ownerTeam: r.ownerTeam,
    status: ActionStatus.catch('planned').parse(r.status),
    startDate: r.startDate,
    dueDate: r.dueDate,
    doneDate: r.doneDate,
    targetMetric: metricOf(r.targetMetric),
    createdBy: r.createdBy,
    updatedBy: r.updatedBy,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function toRow(a: ImprovementAction): ImprovementActionsTable {
  return {
    ...a,
    touchpointIds: JSON.stringify(a.touchpointIds),
    painPointIds: JSON.stringify(a.painPointIds),
    themes: JSON.stringify(a.themes),
    targetMetric: a.targetMetric === null ? null : JSON.stringify(a.targetMetric),
  };
}

/** The workspace's actions (of one journey when given), by start date, newest first. */
export async function listActions(
  db: Db,
  workspaceId: string,
  journeyId?: string,
): Promise<ImprovementAction[]> {
  let q = db.selectFrom('improvementActions').selectAll().where('workspaceId', '=', workspaceId);
  if (journeyId !== undefined) q = q.where('journeyId', '=', journeyId);
  const rows = await q.orderBy('startDate', 'desc').orderBy('createdAt', 'desc').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function getAction(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ImprovementAction | undefined> {
  const row = await db
    .selectFrom('improvementActions')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && fromRow(row);
}

export async function insertAction(db: Db, a: ImprovementAction): Promise<void> {
  await db.insertInto('improvementActions').values(toRow(a)).execute();
}

/** Saves every field but id, workspace, journey and creation; false when there is no such action. */
export async function updateAction(db: Db, a: ImprovementAction): Promise<boolean> {
  const { id, workspaceId, journeyId, createdAt, createdBy, ...rest } = toRow(a);
  const r = await db
    .updateTable('improvementActions')
    .set(rest)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteAction(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('improvementActions')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
