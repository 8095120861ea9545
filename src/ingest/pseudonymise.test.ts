import { describe, expect, it } from 'vitest';
import { pseudonymiseCustomerId } from './pseudonymise.js';

describe('pseudonymiseCustomerId', () => {
  it('is the truncated HMAC-SHA256 of the id under the workspace key', () => {
    // openssl: printf 'c-123' | openssl dgst -sha256 -hmac 'k1' -binary | base64 | tr '+/' '-_' | cut -c1-22
    expect(pseudonymiseCustomerId('k1', 'c-123')).toBe('p_RPPYOd9QURLrqTok_WVkjc');
  });

  it('differs between workspaces and is stable within one', () => {
    expect(pseudonymiseCustomerId('k1', 'c-123')).toBe(pseudonymiseCustomerId('k1', 'c-123'));
    expect(pseudonymiseCustomerId('k2', 'c-123')).not.toBe(pseudonymiseCustomerId('k1', 'c-123'));
  });
});
