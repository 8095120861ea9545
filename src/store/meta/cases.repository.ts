import { type Selectable, sql } from 'kysely';
import type { Case, CaseEvent, CaseEventKind, CaseStatus } from '../../domain/cases/case.schema.js';
import { newId } from '../../domain/journey/ids.js';
import type { CasesTable } from './act.tables.js';
import type { MetaDb } from './db.js';
import { isUniqueViolation } from './db.js';

function json<T>(s: string | null, fallback: T): T {
  if (s === null) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

function fromRow(r: Selectable<CasesTable>): Case {
  return {
    ...r,
    status: r.status as CaseStatus,
    response: json(r.response, {} as Case['response']),
    reasons: json<string[]>(r.reasons, []),
    recoveryScore: json<Case['recoveryScore']>(r.recoveryScore, null),
  };
}

function toRow(c: Case): Selectable<CasesTable> {
  return {
    ...c,
    response: JSON.stringify(c.response),
    reasons: JSON.stringify(c.reasons),
    recoveryScore: c.recoveryScore ? JSON.stringify(c.recoveryScore) : null,
  };
}

/**
 * Opens a case with the next number of the workspace, and its first audit event, in one
 * transaction. Returns undefined when the response already has a case (one case per response).
 */
export async function insertCase(
  db: MetaDb,
  c: Omit<Case, 'number'>,
  opened: { actorId: string | null; actorName: string; data: Record<string, unknown> },
): Promise<Case | undefined> {
  try {
    return await db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('cases')
        .select((eb) => eb.fn.max('number').as('n'))
        .where('workspaceId', '=', c.workspaceId)
        .executeTakeFirst();
      const full: Case = { ...c, number: Number(last?.n ?? 0) + 1 };
      await trx.insertInto('cases').values(toRow(full)).execute();
      await trx
        .insertInto('caseEvents')
        .values({
          id: newId('ce'),
          caseId: full.id,
          at: full.createdAt,
          actorId: opened.actorId,
          actorName: opened.actorName,
          kind: 'opened',
          data: JSON.stringify(opened.data),
        })
        .execute();
      return full;
    });
  } catch (err) {
    if (isUniqueViolation(err)) return undefined;
    throw err;
  }
}

export async function getCase(db: MetaDb, workspaceId: string, id: string): Promise<Case | undefined> {
  const r = await db
    .selectFrom('cases')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? fromRow(r) : undefined;
}

export async function caseOfResponse(db: MetaDb, workspaceId: string, responseId: string) {
  const r = await db
    .selectFrom('cases')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('responseId', '=', responseId)
    .executeTakeFirst();
  return r ? fromRow(r) : undefined;
}

export interface CaseFilter {
  statuses?: CaseStatus[];
  teamIds?: string[];
  assigneeId?: string;
  touchpointId?: string;
  overdueAt?: string;
  search?: string;
  limit: number;
}

/** Cases of a workspace, newest first. `search` matches the number, the comment and the notes' root cause. */
export async function listCases(db: MetaDb, workspaceId: string, f: CaseFilter): Promise<Case[]> {
  let q = db.selectFrom('cases').selectAll().where('workspaceId', '=', workspaceId);
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  if (f.teamIds && f.teamIds.length === 0) return [];
  if (f.teamIds) q = q.where('teamId', 'in', f.teamIds);
  if (f.assigneeId) q = q.where('assigneeId', '=', f.assigneeId);
  if (f.touchpointId) q = q.where('touchpointId', '=', f.touchpointId);
  if (f.overdueAt) q = q.where('dueAt', '<', f.overdueAt).where('status', 'in', ['new', 'in_progress']);
  if (f.search) {
    const s = f.search.trim();
    const like = `%${s.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    const n = /^#?\d+$/.test(s) ? Number(s.replace('#', '')) : -1;
    q = q.where((eb) =>
      eb.or([
        eb('number', '=', n),
        eb('response', 'like', like),
        eb('rootCause', 'like', like),
        eb('resolution', 'like', like),
      ]),
    );
  }
  const rows = await q.orderBy('createdAt', 'desc').orderBy('number', 'desc').limit(f.limit).execute();
  return rows.map(fromRow);
}

/** Writes the case's changed fields and the audit events that say what changed, together. */
export async function updateCase(
  db: MetaDb,
  c: Case,
  events: { actorId: string | null; actorName: string; kind: CaseEventKind; data: Record<string, unknown> }[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { id, workspaceId, number: _n, createdAt: _c, responseId: _r, ...rest } = toRow(c);
    await trx
      .updateTable('cases')
      .set(rest)
      .where('id', '=', id)
      .where('workspaceId', '=', workspaceId)
      .execute();
    if (events.length > 0)
      await trx
        .insertInto('caseEvents')
        .values(
          events.map((e) => ({
            id: newId('ce'),
            caseId: id,
            at: c.updatedAt,
            actorId: e.actorId,
            actorName: e.actorName,
            kind: e.kind,
            data: JSON.stringify(e.data),
          })),
        )
        .execute();
  });
}

export async function caseEvents(db: MetaDb, caseId: string): Promise<CaseEvent[]> {
  const rows = await db
    .selectFrom('caseEvents')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('at')
    .orderBy(sql`rowid`)
    .execute();
  return rows.map((r) => ({ ...r, kind: r.kind as CaseEventKind, data: json(r.data, {}) }));
}

/** Open cases past their due time that have not been escalated yet (every workspace). */
export async function overdueUnescalated(db: MetaDb, now: string, limit = 200): Promise<Case[]> {
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('status', 'in', ['new', 'in_progress'])
    .where('dueAt', '<', now)
    .where('escalatedAt', 'is', null)
    .limit(limit)
    .execute();
  return rows.map(fromRow);
}

/** Root causes of the workspace's closed or resolved cases, counted per touchpoint and team. */
export async function rootCauseCounts(db: MetaDb, workspaceId: string, since: string) {
  return db
    .selectFrom('cases')
    .select(['touchpointId', 'teamId', 'rootCause'])
    .select((eb) => eb.fn.countAll<number>().as('cases'))
    .where('workspaceId', '=', workspaceId)
    .where('rootCause', 'is not', null)
    .where('status', 'in', ['resolved', 'closed'])
    .where('resolvedAt', '>=', since)
    .groupBy(['touchpointId', 'teamId', 'rootCause'])
    .orderBy('cases', 'desc')
    .execute();
}

/** What a case shows of its touchpoint: name, owner team and journey. */
export async function touchpointSummary(db: MetaDb, workspaceId: string, touchpointId: string) {
  return db
    .selectFrom('touchpoints as t')
    .innerJoin('journeys as j', 'j.id', 't.journeyId')
    .innerJoin('stages as s', 's.id', 't.stageId')
    .select([
      't.id',
      't.name',
      't.ownerTeam',
      't.journeyId',
      'j.name as journeyName',
      's.name as stageName',
      't.key',
    ])
    .where('t.workspaceId', '=', workspaceId)
    .where('t.id', '=', touchpointId)
    .executeTakeFirst();
}

/** The people of a workspace by id: names for the inbox, addresses for notifications. */
export async function usersById(db: MetaDb, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; email: string }>();
  const rows = await db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
}
