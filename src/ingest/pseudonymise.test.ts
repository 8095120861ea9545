import { describe, expect, it } from 'vitest';
import { pseudonymiseCustomerId, pseudonymiser } from './pseudonymise.js';

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

describe('pseudonymiser', () => {
  it('gives the same pseudonyms as pseudonymiseCustomerId for any key and id', () => {
    const keys = ['', 'k1', 'x'.repeat(43), 'y'.repeat(64), 'z'.repeat(65), 'åäö-€'.repeat(30)];
    const ids = [
      'c-123',
      '',
      ' ',
      'ä€😀',
      '\ud800lone',
      '1000000.3',
      'a'.repeat(341),
      'b'.repeat(342),
      '€'.repeat(400),
    ];
    for (const key of keys) {
      const p = pseudonymiser(key);
      for (const id of ids) expect([key, id, p(id)]).toEqual([key, id, pseudonymiseCustomerId(key, id)]);
    }
    expect(pseudonymiser('k1')('c-123')).toBe('p_RPPYOd9QURLrqTok_WVkjc');
  });
});
