import type { Language } from '../journey/vocabulary.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';

/** One word of a text: as written (lowercase), its stem, whether it is a stopword, and its clause. */
export interface Token {
  surface: string;
  stem: string;
  stop: boolean;
  /** Index of the clause (text between punctuation); phrases never cross clauses. */
  clause: number;
}

/** Letters of any script (å, ä, ö…), with inner apostrophes kept (don't). Digits are not words. */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Where a clause ends: sentence and clause punctuation, brackets, quotes, a spaced dash, a line break. */
const CLAUSE_BREAK = /[.!?;:,()[\]{}"“”«»\n]+|\s[-–—]\s/u;

/** Every word of the text in order, with its stem (stopwords included, flagged). */
export function analyseText(text: string, lang: Language): Token[] {
  const out: Token[] = [];
  text.split(CLAUSE_BREAK).forEach((part, clause) => {
    for (const m of part.matchAll(WORD)) {
      const surface = m[0].toLowerCase().replace(/’/g, "'");
      out.push({ surface, stem: stem(surface, lang), stop: isStopword(surface, lang), clause });
    }
  });
  return out;
}

/** Content tokens: stopwords and one-letter words removed. */
export function contentTokens(text: string, lang: Language): Token[] {
  return analyseText(text, lang).filter((t) => !t.stop && t.stem.length > 1);
}

/** The stems of the text's content words, in order (lowercase, stopwords removed). */
export function tokens(text: string, lang: Language): string[] {
  return contentTokens(text, lang).map((t) => t.stem);
}

/** A two-word phrase: two adjacent content stems (stopwords between them skipped) in one clause. */
export interface Phrase {
  /** `stemA stemB` */
  key: string;
  /** The two words as written, lowercase. */
  surface: string;
}

export function phrasesOf(content: readonly Token[]): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 1; i < content.length; i++) {
    const a = content[i - 1];
    const b = content[i];
    if (!a || !b || a.clause !== b.clause || a.stem === b.stem) continue;
    out.push({ key: `${a.stem} ${b.stem}`, surface: `${a.surface} ${b.surface}` });
  }
  return out;
}

/** The two-word phrases of the text as `stemA stemB` keys. */
export function phrases(text: string, lang: Language): string[] {
  return phrasesOf(contentTokens(text, lang)).map((p) => p.key);
}
