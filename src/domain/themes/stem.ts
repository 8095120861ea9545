import snowball from 'snowball-stemmers';
import type { Language } from '../journey/vocabulary.js';

const STEMMERS = {
  fi: snowball.newStemmer('finnish'),
  sv: snowball.newStemmer('swedish'),
  en: snowball.newStemmer('english'),
} as const;

/**
 * The stem of one lowercase word: Snowball, then a small normalisation where Snowball leaves
 * one noun's forms apart (so every form of a noun meets the same stem):
 * - Finnish -us/-ys nouns come out as toimitus, toimituks (-en, -et, -esta…), toimitu (-ta)
 *   and toimitust (-ten): all become `toimitu`; nopeus/nopeud/nopeut become `nopeu`; and
 *   e-stems drop the e (tuote and tuotteet: `tuot`).
 * - Swedish leverans/leveransen come out as leveran and leverans: a final s is dropped.
 * Short stems (under 5 letters) are left as Snowball made them.
 */
export function stem(word: string, lang: Language): string {
  const lower = word.toLowerCase();
  const cache = CACHE[lang];
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  const s = normalise(STEMMERS[lang].stem(lower), lang);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(lower, s);
  return s;
}

/** Stems already computed, per language (customers reuse words; Snowball in JS is the slow part). */
const CACHE_SIZE = 50_000;
const CACHE: Record<Language, Map<string, string>> = { fi: new Map(), sv: new Map(), en: new Map() };

function normalise(s: string, lang: Language): string {
  if (s.length < 5) return s;
  if (lang === 'fi') return s.replace(/([uy])(?:ks|st|s|d|t)$/, '$1').replace(/e$/, '');
  if (lang === 'sv') return s.replace(/s$/, '');
  return s;
}

/** Finnish and Swedish write compounds as one word (toimitusaika, leveranstid). */
const COMPOUNDING: ReadonlySet<Language> = new Set(['fi', 'sv']);

/** A term must be this long to match as the first part of a compound. */
export const MIN_COMPOUND_HEAD = 6;
/** …and leave at least this much of the word after it. */
const MIN_COMPOUND_REST = 3;

/**
 * Whether the stem `term` covers the word stem `token`: the same stem, or, in Finnish and
 * Swedish, the first part of a compound (toimitu + saik for toimitusaika, leveran + stid for
 * leveranstid). The head must have 6+ letters so short verb stems (toimi) do not swallow
 * longer words that merely begin like them.
 */
export function termCovers(term: string, token: string, lang: Language): boolean {
  if (term === token) return true;
  return (
    COMPOUNDING.has(lang) &&
    term.length >= MIN_COMPOUND_HEAD &&
    token.length >= term.length + MIN_COMPOUND_REST &&
    token.startsWith(term)
  );
}
