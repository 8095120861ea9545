import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token of an invitation's unsubscribe link: `<invitationId>.<signature>`, where the
 * signature is an HMAC of the id with the workspace's unsubscribe key. Nothing is stored
 * for it, and nobody can unsubscribe someone else without the email they were sent.
 */
export function unsubscribeToken(key: string, invitationId: string): string {
  return `${invitationId}.${signature(key, invitationId)}`;
}

/** The invitation id a token names (not yet verified), or null when it is malformed. */
export function tokenInvitationId(token: string): string | null {
  const m = /^([a-z]{2,5}_[a-z0-9]{8,40})\.[A-Za-z0-9_-]{22}$/.exec(token);
  return m?.[1] ?? null;
}

/** True when the token was made with `key` for its invitation id. */
export function verifyUnsubscribeToken(key: string, token: string): boolean {
  const id = tokenInvitationId(token);
  if (!id) return false;
  const expected = Buffer.from(unsubscribeToken(key, id));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function signature(key: string, invitationId: string): string {
  return createHmac('sha256', key).update(`unsubscribe:${invitationId}`).digest('base64url').slice(0, 22);
}
