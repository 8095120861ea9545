import { type AlertRule, RuleFields, type RuleKind } from '../../domain/alerts/rule.schema.js';
import type { MetaDb } from './db.js';
import { isUniqueViolation } from './db.js';

type Row = {
  id: string;
  workspaceId: string;
  kind: string;
  enabled: number;
  definition: string;
  createdAt: string;
  updatedAt: string;
};

function fromRow(r: Row): AlertRule | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(r.definition);
  } catch {
    return undefined;
  }
  const parsed = RuleFields.safeParse(raw);
  if (!parsed.success) return undefined;
  return {
    ...parsed.data,
    id: r.id,
    workspaceId: r.workspaceId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export async function listRules(
  db: MetaDb,
  workspaceId: string,
  filter: { kind?: RuleKind; enabledOnly?: boolean } = {},
): Promise<AlertRule[]> {
  let q = db.selectFrom('alertRules').selectAll().where('workspaceId', '=', workspaceId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.enabledOnly) q = q.where('enabled', '=', 1);
  const rows = await q.orderBy('createdAt').orderBy('id').execute();
  return rows.map(fromRow).filter((r): r is AlertRule => r !== undefined);
}

/** Enabled rules of one kind in every workspace (the scheduler walks them all). */
export async function enabledRules(db: MetaDb, kind: RuleKind): Promise<AlertRule[]> {
  const rows = await db
    .selectFrom('alertRules')
    .selectAll()
    .where('kind', '=', kind)
    .where('enabled', '=', 1)
    .orderBy('createdAt')
    .execute();
  return rows.map(fromRow).filter((r): r is AlertRule => r !== undefined);
}

export async function getRule(db: MetaDb, workspaceId: string, id: string): Promise<AlertRule | undefined> {
  const r = await db
    .selectFrom('alertRules')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? fromRow(r) : undefined;
}

export async function saveRule(db: MetaDb, rule: AlertRule, kind: RuleKind): Promise<void> {
  const { id, workspaceId, createdAt, updatedAt, ...fields } = rule;
  const row = {
    id,
    workspaceId,
    kind,
    enabled: fields.enabled ? 1 : 0,
    definition: JSON.stringify(fields),
    createdAt,
    updatedAt,
  };
  await db
    .insertInto('alertRules')
    .values(row)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({ kind, enabled: row.enabled, definition: row.definition, updatedAt }),
    )
    .execute();
}

export async function deleteRule(db: MetaDb, workspaceId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('alertRules')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Records that a rule fired for `key` (a response id, or a window): false when it already
 * had, so each response or window alerts once however often it is seen.
 */
export async function recordFiring(
  db: MetaDb,
  f: { ruleId: string; key: string; workspaceId: string; at: string; caseId: string | null; summary: string },
): Promise<boolean> {
  try {
    await db.insertInto('alertFirings').values(f).execute();
    return true;
  } catch (err) {
    if (
      isUniqueViolation(err) ||
      String((err as { code?: string }).code).startsWith('SQLITE_CONSTRAINT_PRIMARYKEY')
    )
      return false;
    throw err;
  }
}

export async function setFiringCase(db: MetaDb, ruleId: string, key: string, caseId: string): Promise<void> {
  await db
    .updateTable('alertFirings')
    .set({ caseId })
    .where('ruleId', '=', ruleId)
    .where('key', '=', key)
    .execute();
}

/** How often the rule fired since `since` (for its per-hour limit). */
export async function firingsSince(db: MetaDb, ruleId: string, since: string): Promise<number> {
  const r = await db
    .selectFrom('alertFirings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ruleId', '=', ruleId)
    .where('at', '>=', since)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** The rule's latest firings, newest first. */
export async function latestFirings(db: MetaDb, workspaceId: string, ruleId: string, limit = 20) {
  return db
    .selectFrom('alertFirings')
    .select(['key', 'at', 'caseId', 'summary'])
    .where('workspaceId', '=', workspaceId)
    .where('ruleId', '=', ruleId)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
}
