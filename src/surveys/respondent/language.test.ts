import { describe, expect, it } from 'vitest';
import { acceptedLanguages, pickLanguage } from './language.js';

describe('respondent language', () => {
  it('orders Accept-Language by quality and keeps only known languages', () => {
    expect(acceptedLanguages('de-DE, fi-FI;q=0.8, sv;q=0.9, en;q=0')).toEqual(['sv', 'fi']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it('prefers the lang parameter, then the token, then the header, then the default', () => {
    const fiSv = ['fi', 'sv'] as const;
    expect(pickLanguage(fiSv, 'fi', { param: 'sv', token: 'fi', acceptLanguage: 'fi' })).toBe('sv');
    expect(pickLanguage(fiSv, 'fi', { param: 'en', token: 'sv', acceptLanguage: 'fi' })).toBe('sv');
    expect(pickLanguage(fiSv, 'fi', { acceptLanguage: 'en, sv;q=0.5' })).toBe('sv');
    expect(pickLanguage(fiSv, 'fi', { param: ['sv'], acceptLanguage: 'de' })).toBe('fi');
  });
});
