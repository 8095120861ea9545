import type { Insertable, Selectable } from 'kysely';
import type { MetaDb } from './db.js';
import type {
  InvitationStatus,
  SurveyInvitationBatchesTable,
  SurveyInvitationsTable,
} from './invitations.tables.js';

export type InvitationRow = Selectable<SurveyInvitationsTable>;
export type NewInvitation = Insertable<SurveyInvitationsTable>;
export type NewInvitationBatch = Insertable<SurveyInvitationBatchesTable>;

/** An invitation ready to send, with what its batch says. */
export type DueInvitation = InvitationRow & {
  subject: string | null;
  message: string | null;
  baseUrl: string;
};

const CHUNK = 500;
function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Stores a batch and its invitations (call inside the handler's transaction). */
export async function insertInvitationBatch(
  db: MetaDb,
  batch: NewInvitationBatch,
  invitations: NewInvitation[],
): Promise<void> {
  await db.insertInto('surveyInvitationBatches').values(batch).execute();
  for (const part of chunks(invitations, 200))
    await db.insertInto('surveyInvitations').values(part).execute();
}

/** Which of these address hashes opted out of the workspace's invitations. */
export async function optedOut(db: MetaDb, workspaceId: string, hashes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(hashes)])) {
    if (part.length === 0) continue;
    const rows = await db
      .selectFrom('surveyOptOuts')
      .select('emailHash')
      .where('workspaceId', '=', workspaceId)
      .where('emailHash', 'in', part)
      .execute();
    for (const r of rows) found.add(r.emailHash);
  }
  return found;
}

/** A contact that counts against inviting an address again. */
export interface EarlierContact {
  emailHash: string;
  surveyId: string;
  status: InvitationStatus;
  sentAt: string | null;
}

/** The waiting and sent invitations of these addresses in the workspace (except `exceptId`). */
export async function earlierContacts(
  db: MetaDb,
  workspaceId: string,
  hashes: string[],
  exceptId?: string,
): Promise<EarlierContact[]> {
  const out: EarlierContact[] = [];
  for (const part of chunks([...new Set(hashes)])) {
    if (part.length === 0) continue;
    let q = db
      .selectFrom('surveyInvitations')
      .select(['emailHash', 'surveyId', 'status', 'sentAt'])
      .where('workspaceId', '=', workspaceId)
      .where('emailHash', 'in', part)
      .where('status', 'in', ['queued', 'sending', 'sent']);
    if (exceptId) q = q.where('id', '!=', exceptId);
    out.push(...(await q.execute()));
  }
  return out;
}

/**
 * Takes up to `limit` invitations due at `now` (oldest first) and marks them as sending,
 * so an overlapping tick cannot take them too.
 */
export async function claimDueInvitations(db: MetaDb, now: string, limit: number): Promise<DueInvitation[]> {
  if (limit <= 0) return [];
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('surveyInvitations as i')
      .innerJoin('surveyInvitationBatches as b', 'b.id', 'i.batchId')
      .selectAll('i')
      .select(['b.subject', 'b.message', 'b.baseUrl'])
      .where('i.status', '=', 'queued')
      .where('i.nextAttemptAt', '<=', now)
      .orderBy('i.nextAttemptAt')
      .orderBy('i.id')
      .limit(limit)
      .execute();
    if (rows.length > 0)
      await trx
        .updateTable('surveyInvitations')
        .set({ status: 'sending' })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    return rows.map((r) => ({ ...r, status: 'sending' as const }));
  });
}

/**
 * A final state: the address is forgotten, only its hash and mask remain. A sent
 * invitation keeps its customer id and segment for its link's lifetime (the respondent
 * page attributes the answer through them, so no raw id travels in the email).
 */
export async function finishInvitation(
  db: MetaDb,
  id: string,
  outcome: { status: 'sent' | 'failed' | 'skipped'; reason: string | null; at: string; attempts: number },
): Promise<void> {
  const sent = outcome.status === 'sent';
  await db
    .updateTable('surveyInvitations')
    .set({
      status: outcome.status,
      reason: outcome.reason,
      attempts: outcome.attempts,
      sentAt: sent ? outcome.at : null,
      email: null,
      ...(sent ? {} : { customerId: null, segment: null }),
    })
    .where('id', '=', id)
    .execute();
}

/** Forgets the customer ids and segments of invitations sent before `before` (their links expired). */
export async function forgetInvitationContexts(db: MetaDb, before: string): Promise<number> {
  const res = await db
    .updateTable('surveyInvitations')
    .set({ customerId: null, segment: null })
    .where('status', '=', 'sent')
    .where('sentAt', '<', before)
    .where((eb) => eb.or([eb('customerId', 'is not', null), eb('segment', 'is not', null)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * The context an invitation link stands for (customer id, segment), for the respondent
 * page when a signed context names `invitationId`; undefined once forgotten or unknown.
 */
export async function invitationContext(
  db: MetaDb,
  workspaceId: string,
  invitationId: string,
): Promise<{ customerId?: string; segment?: Record<string, string> } | undefined> {
  const row = await db
    .selectFrom('surveyInvitations')
    .select(['customerId', 'segment'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', invitationId)
    .where('status', '=', 'sent')
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...(row.customerId ? { customerId: row.customerId } : {}),
    ...(row.segment ? { segment: { segment: row.segment } } : {}),
  };
}

/** A transient failure: back in the queue for `nextAttemptAt`, keeping the last reason. */
export async function retryInvitation(
  db: MetaDb,
  id: string,
  r: { reason: string; attempts: number; nextAttemptAt: string },
): Promise<void> {
  await db
    .updateTable('surveyInvitations')
    .set({ status: 'queued', reason: r.reason, attempts: r.attempts, nextAttemptAt: r.nextAttemptAt })
    .where('id', '=', id)
    .execute();
}

/** After a crash, invitations caught in `sending` go back to the queue. */
export async function requeueSending(db: MetaDb): Promise<number> {
  const res = await db
    .updateTable('surveyInvitations')
    .set({ status: 'queued' })
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function listInvitations(db: MetaDb, workspaceId: string, surveyId: string, limit = 1000) {
  return db
    .selectFrom('surveyInvitations')
    .select(['id', 'emailMasked', 'status', 'reason', 'lang', 'attempts', 'createdAt', 'sentAt'])
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', surveyId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countInvitations(
  db: MetaDb,
  workspaceId: string,
  surveyId: string,
): Promise<Record<InvitationStatus, number>> {
  const rows = await db
    .selectFrom('surveyInvitations')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', surveyId)
    .groupBy('status')
    .execute();
  const out: Record<InvitationStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

export async function findInvitation(db: MetaDb, id: string) {
  return db
    .selectFrom('surveyInvitations')
    .select(['id', 'workspaceId', 'surveyId', 'emailHash', 'lang', 'customerId', 'segment', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Records an opt-out (idempotent); returns true when it is new. */
export async function addOptOut(
  db: MetaDb,
  o: { workspaceId: string; emailHash: string; invitationId: string | null; createdAt: string },
): Promise<boolean> {
  const res = await db
    .insertInto('surveyOptOuts')
    .values(o)
    .onConflict((oc) => oc.columns(['workspaceId', 'emailHash']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function isOptedOut(db: MetaDb, workspaceId: string, emailHash: string): Promise<boolean> {
  return (await optedOut(db, workspaceId, [emailHash])).has(emailHash);
}
