import { describe, expect, it } from 'vitest';
import { emailHash, maskEmail, maskEmailsIn, normaliseEmail } from './email-address.js';

describe('email addresses', () => {
  it('normalises for comparison', () => {
    expect(normaliseEmail('  Matti.M@Example.COM ')).toBe('matti.m@example.com');
  });
  it('hashes the normalised address with the key', () => {
    expect(emailHash('k1', 'Matti@Example.com')).toBe(emailHash('k1', 'matti@example.com '));
    expect(emailHash('k1', 'matti@example.com')).not.toBe(emailHash('k2', 'matti@example.com'));
    expect(emailHash('k1', 'matti@example.com')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(emailHash('k1', 'matti@example.com')).not.toContain('matti');
  });
  it('masks an address', () => {
    expect(maskEmail('matti.meikalainen@Example.com')).toBe('m***@example.com');
    expect(maskEmail('a@b.fi')).toBe('a***@b.fi');
    expect(maskEmail('nonsense')).toBe('***');
  });
  it('masks addresses inside a text', () => {
    expect(maskEmailsIn('550 5.1.1 <liisa@example.org>: Recipient address rejected')).toBe(
      '550 5.1.1 <l***@example.org>: Recipient address rejected',
    );
  });
});
