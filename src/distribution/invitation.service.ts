import { newId } from '../domain/journey/ids.js';
import type { Language } from '../domain/journey/vocabulary.js';
import { fail, ok, type Result } from '../domain/result.js';
import type { Survey } from '../domain/surveys/survey.schema.js';
import type { Rejection } from '../ingest/inputs.js';
import type { MetaDb } from '../store/meta/db.js';
import {
  earlierContacts,
  insertInvitationBatch,
  type NewInvitation,
  optedOut,
} from '../store/meta/invitations.repository.js';
import { getWorkspaceSettings } from '../store/meta/workspace-settings.repository.js';
import { distributionKeys } from './distribution-keys.js';
import { emailHash, maskEmail, normaliseEmail } from './email-address.js';
import { type SkipReason, skipReason, validateRecipients } from './recipients.js';

export interface InviteRequest {
  recipients: unknown[];
  lang?: Language | undefined;
  subject?: string | undefined;
  message?: string | undefined;
}

export interface InviteResult {
  batchId: string;
  queued: number;
  skipped: Record<SkipReason, number>;
  rejected: Rejection[];
}

const DAY_MS = 86_400_000;

/** The moment before which a contact no longer counts, or null when the cooldown is off. */
export function cooldownSince(nowMs: number, days: number): string | null {
  return days > 0 ? new Date(nowMs - days * DAY_MS).toISOString() : null;
}

/**
 * Queues invitations to a live survey. Each recipient is validated on its own (bad ones
 * are reported by index, field and reason); addresses that opted out of the workspace, are
 * already invited to this survey, or were contacted within the workspace's cooldown are
 * stored as skipped, without their address. The background sender does the sending.
 */
export async function queueInvitations(
  db: MetaDb,
  a: { survey: Survey; body: InviteRequest; baseUrl: string; createdBy: string; now: string },
): Promise<Result<InviteResult>> {
  const { survey, body } = a;
  if (survey.status !== 'live')
    return fail('conflict', 'publish the survey first: a draft or closed survey cannot be answered');
  if (body.lang && !survey.languages.includes(body.lang))
    return fail(
      'bad_request',
      `the survey has no ${body.lang} texts (it has ${survey.languages.join(', ')})`,
      {
        field: 'lang',
      },
    );
  const lang = body.lang ?? survey.defaultLanguage;
  const ws = survey.workspaceId;
  const { valid, rejected } = validateRecipients(body.recipients);
  const keys = await distributionKeys(db, ws);
  const settings = await getWorkspaceSettings(db, ws);
  const hashed = valid.map((v) => ({ ...v, hash: emailHash(keys.email, v.recipient.email) }));
  const hashes = hashed.map((h) => h.hash);
  const out = await optedOut(db, ws, hashes);
  const contacts = new Map<string, Awaited<ReturnType<typeof earlierContacts>>>();
  for (const c of await earlierContacts(db, ws, hashes)) {
    const list = contacts.get(c.emailHash) ?? [];
    list.push(c);
    contacts.set(c.emailHash, list);
  }
  const since = cooldownSince(Date.parse(a.now), settings.contactCooldownDays);
  const batchId = newId('ib');
  const skipped: Record<SkipReason, number> = { unsubscribed: 0, cooldown: 0, duplicate: 0 };
  const seen = new Set<string>();
  const rows: NewInvitation[] = [];
  for (const { recipient, hash } of hashed) {
    const reason = skipReason(
      survey.id,
      { optedOut: out.has(hash), seenInRequest: seen.has(hash), contacts: contacts.get(hash) ?? [] },
      { since, countWaiting: true },
    );
    seen.add(hash);
    if (reason) skipped[reason]++;
    rows.push({
      id: newId('inv'),
      workspaceId: ws,
      surveyId: survey.id,
      batchId,
      email: reason ? null : normaliseEmail(recipient.email),
      emailHash: hash,
      emailMasked: maskEmail(normaliseEmail(recipient.email)),
      customerId: reason ? null : (recipient.customerId ?? null),
      segment: reason ? null : (recipient.segment ?? null),
      lang,
      status: reason ? 'skipped' : 'queued',
      reason,
      attempts: 0,
      nextAttemptAt: a.now,
      createdAt: a.now,
      sentAt: null,
    });
  }
  await db.transaction().execute((trx) =>
    insertInvitationBatch(
      trx,
      {
        id: batchId,
        workspaceId: ws,
        surveyId: survey.id,
        subject: body.subject?.trim() || null,
        message: body.message?.trim() || null,
        baseUrl: a.baseUrl,
        createdBy: a.createdBy,
        createdAt: a.now,
      },
      rows,
    ),
  );
  const queued = rows.filter((r) => r.status === 'queued').length;
  return ok({ batchId, queued, skipped, rejected });
}
