import { createHmac } from 'node:crypto';

/**
 * A customer id as stored when the workspace pseudonymises: a keyed hash (HMAC-SHA256 with
 * the workspace's own secret), 128 bits in base64url with a `p_` prefix. The same id always
 * gives the same pseudonym within a workspace, so journeys can still be followed; without
 * the key the original id cannot be recovered or confirmed by guessing.
 */
export function pseudonymiseCustomerId(key: string, customerId: string): string {
  return `p_${createHmac('sha256', key).update(customerId).digest('base64url').slice(0, 22)}`;
}
