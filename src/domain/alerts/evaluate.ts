import type { Language } from '../journey/vocabulary.js';
import { detectLanguage } from '../themes/language.js';
import { analyseText } from '../themes/tokens.js';
import { userThemeMatcher } from '../themes/user-themes.js';
import type { Condition, LeafCondition } from './rule.schema.js';

/** What a per-response rule looks at. */
export interface ResponseFacts {
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  language: Language;
}

/** Why a response matched: the scores and words that made each condition true. */
export interface Match {
  reasons: string[];
}

/** The workspace's own themes by id (their keywords), for `theme` conditions. */
export type ThemeKeywords = (themeId: string) => string[] | undefined;

function textMatcher(keywords: readonly string[]) {
  const match = userThemeMatcher({ id: '', name: '', keywords: [...keywords] });
  return (facts: ResponseFacts): string[] | null => {
    if (!facts.comment) return null;
    const langs = new Set<Language>([facts.language, detectLanguage(facts.comment, facts.language)]);
    for (const lang of langs) {
      const hit = match(analyseText(facts.comment, lang), lang);
      if (hit) return hit;
    }
    return null;
  };
}

function leafReason(leaf: LeafCondition, facts: ResponseFacts, themes: ThemeKeywords): string | null {
  switch (leaf.type) {
    case 'score': {
      const v = facts[leaf.question];
      return v !== null && v <= leaf.atMost ? `${leaf.question.toUpperCase()} ${v} ≤ ${leaf.atMost}` : null;
    }
    case 'keywords': {
      const hit = textMatcher(leaf.keywords)(facts);
      return hit ? `mentions ${leaf.keywords.join(' / ')}` : null;
    }
    case 'theme': {
      const keywords = themes(leaf.themeId);
      if (!keywords || keywords.length === 0) return null;
      return textMatcher(keywords)(facts) ? `theme ${leaf.themeId}` : null;
    }
    default:
      // Aggregate conditions never hold for a single response.
      return null;
  }
}

/**
 * Whether a response meets a per-response condition, and why. `all` needs every part,
 * `any` at least one; keywords match stems in the response's language (and the one its
 * text is detected in), so "toimitus" matches "toimituksen" and "toimitukset".
 */
export function evaluateResponse(c: Condition, facts: ResponseFacts, themes: ThemeKeywords): Match | null {
  if ('all' in c) {
    const reasons: string[] = [];
    for (const part of c.all) {
      const m = evaluateResponse(part, facts, themes);
      if (!m) return null;
      reasons.push(...m.reasons);
    }
    return { reasons };
  }
  if ('any' in c) {
    for (const part of c.any) {
      const m = evaluateResponse(part, facts, themes);
      if (m) return m;
    }
    return null;
  }
  const reason = leafReason(c, facts, themes);
  return reason ? { reasons: [reason] } : null;
}
