import { describe, expect, it } from 'vitest';
import { skipReason, validateRecipients } from './recipients.js';

describe('recipients', () => {
  it('validates each on its own, naming index, field and reason', () => {
    const { valid, rejected } = validateRecipients([
      { email: 'a@example.com', customerId: 'c-1' },
      { email: 'not-an-address' },
      'b@example.com',
      { email: 'c@example.com', customerId: '' },
      { email: 'd@example.com', colour: 'red' },
      { email: 'e@example.com', segment: 'gold' },
    ]);
    expect(valid.map((v) => [v.index, v.recipient])).toEqual([
      [0, { email: 'a@example.com', customerId: 'c-1' }],
      [5, { email: 'e@example.com', segment: 'gold' }],
    ]);
    expect(rejected).toEqual([
      { index: 1, field: 'email', reason: 'must be an email address' },
      { index: 2, field: '(recipient)', reason: 'must be an object with an email' },
      { index: 3, field: 'customerId', reason: 'Too small: expected string to have >=1 characters' },
      { index: 4, field: '(recipient)', reason: 'unknown field colour' },
    ]);
  });
});

describe('skip reasons', () => {
  const since = '2026-10-24T00:00:00.000Z';
  const none = { optedOut: false, seenInRequest: false, contacts: [] };
  const cool = { since, countWaiting: true };
  it('an opt-out wins over everything', () => {
    expect(skipReason('sv_1', { ...none, optedOut: true, seenInRequest: true }, cool)).toBe('unsubscribed');
  });
  it('a second invitation to the same survey is a duplicate, however old', () => {
    expect(skipReason('sv_1', { ...none, seenInRequest: true }, cool)).toBe('duplicate');
    const old = { surveyId: 'sv_1', status: 'sent' as const, sentAt: '2020-01-01T00:00:00.000Z' };
    expect(skipReason('sv_1', { ...none, contacts: [old] }, cool)).toBe('duplicate');
    expect(skipReason('sv_1', { ...none, contacts: [{ ...old, status: 'failed' }] }, cool)).toBeNull();
  });
  it('another survey’s recent invitation means cooldown', () => {
    const recent = { surveyId: 'sv_2', status: 'sent' as const, sentAt: '2026-11-01T00:00:00.000Z' };
    const old = { ...recent, sentAt: '2026-10-01T00:00:00.000Z' };
    const waiting = { surveyId: 'sv_2', status: 'queued' as const, sentAt: null };
    expect(skipReason('sv_1', { ...none, contacts: [recent] }, cool)).toBe('cooldown');
    expect(skipReason('sv_1', { ...none, contacts: [old] }, cool)).toBeNull();
    expect(skipReason('sv_1', { ...none, contacts: [waiting] }, cool)).toBe('cooldown');
    expect(skipReason('sv_1', { ...none, contacts: [waiting] }, { since, countWaiting: false })).toBeNull();
    expect(
      skipReason('sv_1', { ...none, contacts: [recent] }, { since: null, countWaiting: true }),
    ).toBeNull();
  });
});
