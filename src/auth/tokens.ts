import { createHash } from 'node:crypto';

/** Secrets (session cookies, share links, invitations, API keys) are stored only as SHA-256. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
