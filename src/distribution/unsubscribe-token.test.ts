import { describe, expect, it } from 'vitest';
import { tokenInvitationId, unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.js';

describe('unsubscribe tokens', () => {
  const token = unsubscribeToken('secret-key', 'inv_abcdefgh23456789');
  it('name their invitation and verify with the same key only', () => {
    expect(token).toMatch(/^inv_abcdefgh23456789\.[A-Za-z0-9_-]{22}$/);
    expect(tokenInvitationId(token)).toBe('inv_abcdefgh23456789');
    expect(verifyUnsubscribeToken('secret-key', token)).toBe(true);
    expect(verifyUnsubscribeToken('other-key', token)).toBe(false);
  });
  it('reject a changed id or signature and malformed tokens', () => {
    const [, sig] = token.split('.');
    expect(verifyUnsubscribeToken('secret-key', `inv_abcdefgh23456788.${sig}`)).toBe(false);
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyUnsubscribeToken('secret-key', flipped)).toBe(false);
    expect(tokenInvitationId('nonsense')).toBeNull();
    expect(tokenInvitationId('<script>.x')).toBeNull();
  });
});
