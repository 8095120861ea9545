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

/**
 * `pseudonymiseCustomerId` bound to one workspace key. (A hand-built HMAC from two one-shot
 * SHA-256 hashes saved 0.6 µs per new id, about 3 % of an import; not worth replacing
 * Node's HMAC with our own cryptography. Recent ids are cached by the caller instead.)
 */
export function pseudonymiser(key: string): (customerId: string) => string {
  return (customerId) => pseudonymiseCustomerId(key, customerId);
}
