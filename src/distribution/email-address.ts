import { createHmac } from 'node:crypto';

/** The form an address is compared in: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A keyed hash of the lower-cased address (HMAC-SHA256, base64url). Opt-outs and the
 * "contacted lately" check compare these, so the plain address need not be kept.
 */
export function emailHash(key: string, email: string): string {
  return createHmac('sha256', key).update(normaliseEmail(email)).digest('base64url');
}

/** `matti.meikalainen@example.com` → `m***@example.com`: enough to recognise, not to contact. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at).toLowerCase()}`;
}

const EMAIL_IN_TEXT = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/g;

/** Masks every address inside a text (an SMTP error often quotes the recipient). */
export function maskEmailsIn(text: string): string {
  return text.replace(EMAIL_IN_TEXT, (m) => maskEmail(m));
}
