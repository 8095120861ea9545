import { z } from 'zod';
import type { Rejection } from '../ingest/inputs.js';

/** At most this many recipients per request. */
export const MAX_RECIPIENTS = 5000;

/** One person to invite: an address, optionally the customer's id and a segment. */
export const Recipient = z
  .object({
    email: z.email('must be an email address').max(254, 'must be at most 254 characters'),
    customerId: z.string().trim().min(1).max(128).optional(),
    segment: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type Recipient = z.infer<typeof Recipient>;

/** Validates each recipient on its own: the good ones go on, each bad one is named. */
export function validateRecipients(items: unknown[]): {
  valid: { index: number; recipient: Recipient }[];
  rejected: Rejection[];
} {
  const valid: { index: number; recipient: Recipient }[] = [];
  const rejected: Rejection[] = [];
  items.forEach((item, index) => {
    const parsed = Recipient.safeParse(item);
    if (parsed.success) valid.push({ index, recipient: parsed.data });
    else {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? issue.path.join('.') : '(recipient)';
      const reason =
        issue?.code === 'unrecognized_keys'
          ? `unknown field ${issue.keys.join(', ')}`
          : issue?.code === 'invalid_type' && issue.path.length === 0
            ? 'must be an object with an email'
            : (issue?.message ?? 'invalid');
      rejected.push({ index, field, reason });
    }
  });
  return { valid, rejected };
}

/** Why an invitation is not sent. */
export type SkipReason = 'unsubscribed' | 'cooldown' | 'duplicate';

export interface ContactHistory {
  surveyId: string;
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'skipped';
  sentAt: string | null;
}

/**
 * Whether to skip inviting an address to `surveyId`: it opted out of the workspace; it is
 * already invited to this survey (now or earlier); or it was contacted by another survey
 * within the cooldown (since `since`). `countWaiting`: queued invitations of other surveys
 * count as contact too (when queuing; not when sending, or two would block each other).
 */
export function skipReason(
  surveyId: string,
  h: { optedOut: boolean; seenInRequest: boolean; contacts: ContactHistory[] },
  cooldown: { since: string | null; countWaiting: boolean },
): SkipReason | null {
  if (h.optedOut) return 'unsubscribed';
  if (h.seenInRequest) return 'duplicate';
  if (h.contacts.some((c) => c.surveyId === surveyId && ['queued', 'sending', 'sent'].includes(c.status)))
    return 'duplicate';
  const since = cooldown.since;
  if (since === null) return null;
  const recent = h.contacts.some(
    (c) =>
      (c.status === 'sent' && (c.sentAt ?? '') >= since) ||
      c.status === 'sending' ||
      (cooldown.countWaiting && c.status === 'queued'),
  );
  return recent ? 'cooldown' : null;
}
