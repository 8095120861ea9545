import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import type { Language } from '../journey/vocabulary.js';

/**
 * Stopwords per language from stopwords-iso (Finnish 847, Swedish 418, English 1,298 words),
 * lowercase. They are dropped before stemming: they carry no theme, and the detector counts
 * them as a tie-breaker.
 */
const LISTS = stopwordsIso as unknown as Record<Language, readonly string[]>;

export const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  fi: new Set(LISTS.fi),
  sv: new Set(LISTS.sv),
  en: new Set(LISTS.en),
};

export function isStopword(word: string, lang: Language): boolean {
  return STOPWORDS[lang].has(word.toLowerCase());
}
