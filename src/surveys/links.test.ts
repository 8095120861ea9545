import { describe, expect, it } from 'vitest';
import { surveyLink } from './links.js';

describe('surveyLink', () => {
  it('builds the public link with an optional token and language', () => {
    expect(surveyLink('https://polku.example/', 'sv_abc')).toBe('https://polku.example/s/sv_abc');
    expect(surveyLink('https://polku.example', 'sv_abc', { token: 'eyJ.sig-_', lang: 'sv' })).toBe(
      'https://polku.example/s/sv_abc?c=eyJ.sig-_&lang=sv',
    );
    expect(surveyLink('http://x.test', 'sv_1', { embed: true })).toBe('http://x.test/s/sv_1?embed=1');
  });
});
