import type { Language } from '../journey/vocabulary.js';
import { termCovers } from './stem.js';
import type { UserTheme } from './theme.schema.js';
import { analyseText, type Token } from './tokens.js';

/**
 * The stems of a keyword in one language. Every word counts, stopwords too: a user who
 * writes "ei toimi" means both words.
 */
export function keywordStems(keyword: string, lang: Language): string[] {
  return [...new Set(analyseText(keyword, lang).map((t) => t.stem))];
}

/**
 * A matcher for one user theme: given a text's tokens and language, the stems of the
 * keywords it matched, or null. A keyword matches when every one of its stems covers a
 * word of the text (the same stem, or the first part of a Finnish or Swedish compound), so
 * the keyword "toimitus" matches toimituksen, toimitukset and toimitusaika.
 */
export function userThemeMatcher(
  theme: UserTheme,
): (tokens: readonly Token[], lang: Language) => string[] | null {
  const cache = new Map<Language, string[][]>();
  const keywords = (lang: Language) => {
    let k = cache.get(lang);
    if (!k) {
      k = theme.keywords.map((w) => keywordStems(w, lang)).filter((s) => s.length > 0);
      cache.set(lang, k);
    }
    return k;
  };
  return (tokens, lang) => {
    const matched: string[] = [];
    for (const stems of keywords(lang)) {
      if (stems.every((k) => tokens.some((t) => termCovers(k, t.stem, lang)))) matched.push(...stems);
    }
    return matched.length > 0 ? matched : null;
  };
}
