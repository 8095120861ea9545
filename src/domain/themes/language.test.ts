import { describe, expect, it } from 'vitest';
import { COMMENTS } from '../../demo/comments.js';
import type { Language } from '../journey/vocabulary.js';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('tells Finnish, Swedish and English apart, whatever the fallback', () => {
    for (const fallback of ['fi', 'sv', 'en'] as const) {
      expect(detectLanguage('Toimitus kesti liian kauan.', fallback)).toBe('fi');
      expect(detectLanguage('Paketti tuli viikon myöhässä, eikä kukaan ilmoittanut.', fallback)).toBe('fi');
      expect(detectLanguage('Leveransen tog alldeles för lång tid.', fallback)).toBe('sv');
      expect(detectLanguage('Bra men lite dyrt.', fallback)).toBe('sv');
      expect(detectLanguage('Delivery took far too long.', fallback)).toBe('en');
      expect(detectLanguage('The staff were really helpful and friendly.', fallback)).toBe('en');
    }
  });

  it('settles close calls by å, then by stopwords', () => {
    // franc alone calls this Finnish (fin 1, swe 0.92); å says Swedish.
    expect(detectLanguage('Lång kö i kassan.', 'fi')).toBe('sv');
    // franc alone calls this English (eng 1, swe 0.99); å rules English out.
    expect(detectLanguage('Lång väntetid i telefon.', 'en')).toBe('sv');
  });

  it('keeps the response language when the text is too short to tell', () => {
    expect(detectLanguage('Helt okej.', 'sv')).toBe('sv');
    expect(detectLanguage('Ihan hyvä.', 'fi')).toBe('fi');
    expect(detectLanguage('OK', 'en')).toBe('en');
    expect(detectLanguage('10/10 !!!', 'fi')).toBe('fi');
  });

  it('gets every demo comment of three words or more right, whatever the fallback', () => {
    const wrong: string[] = [];
    let n = 0;
    for (const bank of Object.values(COMMENTS)) {
      for (const [lang, texts] of Object.entries(bank) as [Language, readonly string[]][]) {
        for (const text of texts) {
          if (text.split(/\s+/).length < 3) continue;
          n++;
          for (const fallback of ['fi', 'sv', 'en'] as const)
            if (detectLanguage(text, fallback) !== lang) wrong.push(`${lang} ${text}`);
        }
      }
    }
    expect(n).toBeGreaterThan(120);
    expect(wrong).toEqual([]);
  });
});
