import { describe, expect, it } from 'vitest';
import { stem, termCovers } from './stem.js';

describe('stem', () => {
  it('gives every form of a Finnish -us noun one stem', () => {
    const forms = ['toimitus', 'toimituksen', 'toimitukset', 'toimitusta', 'toimituksesta', 'toimitusten'];
    expect(forms.map((w) => stem(w, 'fi'))).toEqual(Array(forms.length).fill('toimitu'));
    expect(['nopeus', 'nopeuden', 'nopeutta'].map((w) => stem(w, 'fi'))).toEqual(['nopeu', 'nopeu', 'nopeu']);
  });

  it('drops the final e of Finnish e-stems and lowercases', () => {
    expect(stem('Tuote', 'fi')).toBe('tuot');
    expect(stem('tuotteet', 'fi')).toBe('tuot');
    expect(stem('Paketti', 'fi')).toBe('paket');
    expect(stem('paketin', 'fi')).toBe('paket');
  });

  it('gives Swedish and English forms one stem', () => {
    expect(['leverans', 'leveransen', 'leveranser'].map((w) => stem(w, 'sv'))).toEqual([
      'leveran',
      'leveran',
      'leveran',
    ]);
    expect(['spårning', 'spårningen'].map((w) => stem(w, 'sv'))).toEqual(['spårning', 'spårning']);
    expect(['delivery', 'deliveries'].map((w) => stem(w, 'en'))).toEqual(['deliveri', 'deliveri']);
    expect(['tracking', 'track'].map((w) => stem(w, 'en'))).toEqual(['track', 'track']);
  });
});

describe('termCovers', () => {
  it('matches the same stem and Finnish or Swedish compounds that begin with a 6+ letter term', () => {
    expect(termCovers('toimitu', 'toimitu', 'fi')).toBe(true);
    expect(termCovers('toimitu', stem('toimitusaika', 'fi'), 'fi')).toBe(true);
    expect(termCovers('leveran', stem('leveranstid', 'sv'), 'sv')).toBe(true);
  });

  it('does not let short stems or English words swallow longer words', () => {
    expect(termCovers('toimi', 'toimitu', 'fi')).toBe(false); // toimia (work) is not toimitus
    expect(termCovers('toimitu', 'toimitus', 'fi')).toBe(false); // needs 3 letters after the head
    expect(termCovers('deliv', 'deliveri', 'en')).toBe(false);
  });
});
