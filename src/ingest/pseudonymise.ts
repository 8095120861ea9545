import { createHmac, hash } from 'node:crypto';

/**
 * A customer id as stored when the workspace pseudonymises: a keyed hash (HMAC-SHA256 with
 * the workspace's own secret), 128 bits in base64url with a `p_` prefix. The same id always
 * gives the same pseudonym within a workspace, so journeys can still be followed; without
 * the key the original id cannot be recovered or confirmed by guessing.
 */
export function pseudonymiseCustomerId(key: string, customerId: string): string {
  return `p_${createHmac('sha256', key).update(customerId).digest('base64url').slice(0, 22)}`;
}

const BLOCK = 64;
/** Ids up to this many UTF-16 units fit the prepared buffer (3 UTF-8 bytes per unit at most). */
const MAX_FAST_ID = 1024 / 3;

/**
 * `pseudonymiseCustomerId` for one key, for many ids: the key's HMAC pads are prepared once
 * and each id costs two one-shot SHA-256 hashes (RFC 2104), with no Hmac object per id.
 * Gives exactly the same pseudonyms.
 */
export function pseudonymiser(key: string): (customerId: string) => string {
  let k = Buffer.from(key, 'utf8');
  if (k.length > BLOCK) k = hash('sha256', k, 'buffer');
  const inner = Buffer.alloc(BLOCK + 1024);
  const outer = Buffer.alloc(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    const b = k[i] ?? 0;
    inner[i] = b ^ 0x36;
    outer[i] = b ^ 0x5c;
  }
  return (customerId) => {
    if (customerId.length > MAX_FAST_ID) return pseudonymiseCustomerId(key, customerId);
    const n = inner.write(customerId, BLOCK, 'utf8');
    hash('sha256', inner.subarray(0, BLOCK + n), 'buffer').copy(outer, BLOCK);
    return `p_${hash('sha256', outer, 'base64url').slice(0, 22)}`;
  };
}
