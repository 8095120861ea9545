import type { Selectable } from 'kysely';
import { newId } from '../../domain/journey/ids.js';
import type { Notice, WebhookFormat } from '../../domain/notify/message.js';
import type { NotificationsTable, WebhooksTable } from './act.tables.js';
import type { MetaDb } from './db.js';

export type NotificationStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'suppressed';

export interface Notification {
  id: string;
  workspaceId: string;
  channel: 'email' | 'webhook';
  /** An email address, or a webhook id. */
  target: string;
  notice: Notice;
  status: NotificationStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  lastStatus: number | null;
  caseId: string | null;
  ruleId: string | null;
  createdAt: string;
  finishedAt: string | null;
}

function fromRow(r: Selectable<NotificationsTable>): Notification {
  return {
    ...r,
    channel: r.channel as Notification['channel'],
    status: r.status as NotificationStatus,
    notice: JSON.parse(r.notice) as Notice,
  };
}

/** Queues notifications (the outbox): they survive a restart and are sent by the dispatcher. */
export async function enqueue(
  db: MetaDb,
  items: {
    workspaceId: string;
    channel: Notification['channel'];
    target: string;
    notice: Notice;
    at: string;
    sendAt: string;
    caseId: string | null;
    ruleId: string | null;
    status?: 'queued' | 'suppressed';
    reason?: string;
  }[],
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      items.map((i) => ({
        id: newId('nt'),
        workspaceId: i.workspaceId,
        channel: i.channel,
        target: i.target,
        notice: JSON.stringify(i.notice),
        status: i.status ?? 'queued',
        attempts: 0,
        nextAttemptAt: i.sendAt,
        lastError: i.reason ?? null,
        lastStatus: null,
        caseId: i.caseId,
        ruleId: i.ruleId,
        createdAt: i.at,
        finishedAt: i.status === 'suppressed' ? i.at : null,
      })),
    )
    .execute();
}

/** Marks up to `limit` due notifications as sending and returns them, oldest first. */
export async function claimDue(db: MetaDb, now: string, limit: number): Promise<Notification[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('notifications')
      .selectAll()
      .where('status', '=', 'queued')
      .where('nextAttemptAt', '<=', now)
      .orderBy('nextAttemptAt')
      .limit(limit)
      .execute();
    if (rows.length > 0)
      await trx
        .updateTable('notifications')
        .set({ status: 'sending' })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    return rows.map(fromRow);
  });
}

export async function finishNotification(
  db: MetaDb,
  id: string,
  f: {
    status: 'sent' | 'failed' | 'queued';
    attempts: number;
    at: string;
    error: string | null;
    httpStatus: number | null;
    nextAttemptAt?: string;
  },
): Promise<void> {
  await db
    .updateTable('notifications')
    .set({
      status: f.status,
      attempts: f.attempts,
      lastError: f.error,
      lastStatus: f.httpStatus,
      ...(f.nextAttemptAt ? { nextAttemptAt: f.nextAttemptAt } : {}),
      finishedAt: f.status === 'queued' ? null : f.at,
    })
    .where('id', '=', id)
    .execute();
}

/** After a crash: notifications left mid-send go back to the queue (a receiver may see one twice; webhook-id lets it tell). */
export async function requeueSendingNotifications(db: MetaDb): Promise<void> {
  await db.updateTable('notifications').set({ status: 'queued' }).where('status', '=', 'sending').execute();
}

export async function listNotifications(
  db: MetaDb,
  workspaceId: string,
  f: { target?: string; caseId?: string; limit: number },
): Promise<Notification[]> {
  let q = db.selectFrom('notifications').selectAll().where('workspaceId', '=', workspaceId);
  if (f.target) q = q.where('target', '=', f.target);
  if (f.caseId) q = q.where('caseId', '=', f.caseId);
  const rows = await q.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  return rows.map(fromRow);
}

export interface Webhook {
  id: string;
  workspaceId: string;
  name: string;
  url: string;
  format: WebhookFormat;
  secret: string;
  enabled: boolean;
  createdAt: string;
}

const hookFromRow = (r: Selectable<WebhooksTable>): Webhook => ({
  ...r,
  format: r.format as WebhookFormat,
  enabled: r.enabled === 1,
});

export async function listWebhooks(db: MetaDb, workspaceId: string): Promise<Webhook[]> {
  const rows = await db
    .selectFrom('webhooks')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt')
    .execute();
  return rows.map(hookFromRow);
}

export async function getWebhook(db: MetaDb, workspaceId: string, id: string): Promise<Webhook | undefined> {
  const r = await db
    .selectFrom('webhooks')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? hookFromRow(r) : undefined;
}

export async function saveWebhook(db: MetaDb, h: Webhook): Promise<void> {
  const row = { ...h, enabled: h.enabled ? 1 : 0 };
  await db
    .insertInto('webhooks')
    .values(row)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({ name: row.name, url: row.url, format: row.format, enabled: row.enabled }),
    )
    .execute();
}

export async function deleteWebhook(db: MetaDb, workspaceId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('webhooks')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
