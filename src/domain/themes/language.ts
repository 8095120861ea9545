import { francAll } from 'franc';
import type { Language } from '../journey/vocabulary.js';
import { STOPWORDS } from './stopwords.js';

const ISO3: Record<string, Language> = { fin: 'fi', swe: 'sv', eng: 'en' };
const WORD = /[\p{L}\p{M}]+/gu;
const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];

/** Fewer words than this and the text is too short to tell: the fallback (the survey's language) wins. */
export const MIN_WORDS = 3;
/** When the runner-up's trigram score is this close to the best (franc scores 0…1), it is a close call. */
const CLOSE = 0.9;

/**
 * The language of a customer's comment: Finnish, Swedish or English, else `fallback` (the
 * language the response was given in; also for texts under three words). Two or more
 * stopwords of one language and none of the others decide at once (right for every demo
 * comment it decides, and it spares franc on about 40 % of them); else franc's trigram model,
 * restricted to the three languages, where å, ä or ö rule English out; a close call goes to
 * å (Swedish), then to the language with the most stopword hits, then to the fallback.
 */
export function detectLanguage(text: string, fallback: Language): Language {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return fallback;
  const nordic = /[åäö]/i.test(text);
  const hits = (l: Language) => words.filter((w) => STOPWORDS[l].has(w)).length;
  const counted = LANGUAGES.map((l) => ({ l, n: hits(l) })).sort((a, b) => b.n - a.n);
  const [first, runnerUp] = counted;
  // Two or more stopwords of one language and none of the others settle it without trigrams.
  if (first && runnerUp && first.n >= 2 && runnerUp.n === 0 && !(nordic && first.l === 'en')) return first.l;
  const only = nordic ? ['fin', 'swe'] : ['fin', 'swe', 'eng'];
  const ranked = francAll(text, { only, minLength: 1 });
  const best = ranked[0];
  const lang = best ? ISO3[best[0]] : undefined;
  if (!best || !lang) return fallback;
  const second = ranked[1];
  if (!second || second[1] < CLOSE) return lang;
  if (/å/i.test(text)) return 'sv';
  const candidates = ranked.map(([code]) => ISO3[code]).filter((l): l is Language => l !== undefined);
  const scored = candidates.map((l) => ({ l, n: hits(l) })).sort((a, b) => b.n - a.n);
  const [top, next] = scored;
  if (top && top.n > 0 && (!next || top.n > next.n)) return top.l;
  return fallback;
}
