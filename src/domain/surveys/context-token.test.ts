import { describe, expect, it } from 'vitest';
import { plainSurveyContext, signSurveyContext, verifySurveyContext } from './context-token.js';

const secret = 'test-secret';

describe('survey context tokens', () => {
  it('round-trips a context', () => {
    const ctx = {
      customerId: 'c-42',
      touchpointKey: 'delivery',
      channel: 'email' as const,
      segment: { region: 'Uusimaa' },
      lang: 'sv' as const,
    };
    const token = signSurveyContext(secret, ctx);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifySurveyContext(secret, token)).toEqual({ ok: true, value: ctx });
  });

  it('rejects a changed payload, another secret, garbage and an expired token', () => {
    const token = signSurveyContext(secret, { customerId: 'c-1', exp: 2_000_000_000 });
    const [, sig] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ customerId: 'c-2' })).toString('base64url')}.${sig}`;
    const invalid = {
      ok: false,
      error: { code: 'bad_request', message: 'the survey context token is not valid', field: 'c' },
    };
    expect(verifySurveyContext(secret, forged)).toEqual(invalid);
    expect(verifySurveyContext('other', token)).toEqual(invalid);
    expect(verifySurveyContext(secret, 'abc')).toEqual(invalid);
    expect(verifySurveyContext(secret, `${token}.x`)).toEqual(invalid);
    expect(verifySurveyContext(secret, token, 2_000_000_001_000)).toEqual({
      ok: false,
      error: { code: 'bad_request', message: 'the survey context token has expired', field: 'c' },
    });
    expect(verifySurveyContext(secret, token, 1_999_999_999_000).ok).toBe(true);
  });

  it('reads plain parameters, leaving out invalid values', () => {
    expect(
      plainSurveyContext({
        customer: ' c-9 ',
        order: 'o-1',
        channel: 'store',
        touchpoint: 'till',
        seg_region: 'North',
        'seg_bad name': 'x',
        lang: 'fi',
      }),
    ).toEqual({
      customerId: 'c-9',
      orderId: 'o-1',
      channel: 'store',
      touchpointKey: 'till',
      segment: { region: 'North' },
    });
    expect(plainSurveyContext({ channel: 'carrier-pigeon', customer: '' })).toEqual({});
  });
});
