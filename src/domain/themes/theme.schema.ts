import { z } from 'zod';
import type { Language } from '../journey/vocabulary.js';

/** A keyword of a user theme: a word or a few words ("toimitus", "ei toimi"). */
export const ThemeKeyword = z.string().trim().min(1, 'must not be empty').max(60, 'at most 60 characters');

/** What a user writes to define a theme: a name and keywords, stemmed per language when matched. */
export const UserThemeFields = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(80, 'at most 80 characters'),
    keywords: z.array(ThemeKeyword).min(1, 'give at least one keyword').max(50, 'at most 50 keywords'),
  })
  .strict();
export type UserThemeFields = z.infer<typeof UserThemeFields>;

export const UserThemePatch = UserThemeFields.partial().strict();
export type UserThemePatch = z.infer<typeof UserThemePatch>;

/** A user-defined theme as the analysis needs it. */
export const UserTheme = z.object({ id: z.string(), name: z.string(), keywords: z.array(z.string()) });
export type UserTheme = z.infer<typeof UserTheme>;

/** A stored user theme of a workspace. */
export const StoredUserTheme = UserTheme.extend({
  workspaceId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredUserTheme = z.infer<typeof StoredUserTheme>;

/** One open-text answer to group: its text, the language it is written in (detect it first), its NPS answer. */
export interface ThemeDoc {
  id: string;
  text: string;
  language: Language;
  nps: number | null;
}

export const ThemeKind = z.enum(['user', 'auto']);
export type ThemeKind = z.infer<typeof ThemeKind>;

/** A theme found in (or defined for) a set of texts, with the ids of the texts in it. */
export interface DiscoveredTheme {
  /** The user theme's id, or `auto:<head term>` (a stem, or two stems for a phrase). */
  id: string;
  label: string;
  kind: ThemeKind;
  /** The theme's terms as customers write them, its head first (user themes: the keywords). */
  terms: string[];
  documentIds: string[];
}

/** Keywords as stored: trimmed, each once (case-insensitively), in the order given. */
export function normaliseKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const k of keywords) {
    const t = k.trim().replace(/\s+/g, ' ');
    const key = t.toLocaleLowerCase('fi');
    if (t === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}
