import { Language } from '../../domain/journey/vocabulary.js';

/** Languages from an Accept-Language header, best first (`fi-FI;q=0.8, sv` → sv, fi). */
export function acceptedLanguages(header: string | undefined): Language[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0 && Language.safeParse(x.base).success)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((x) => x.base as Language);
}

/**
 * The respondent's language among the survey's: the `lang` parameter, then the context
 * token's language, then Accept-Language, then the survey's default.
 */
export function pickLanguage(
  available: readonly Language[],
  fallback: Language,
  sources: { param?: unknown; token?: Language; acceptLanguage?: string },
): Language {
  const candidates: unknown[] = [sources.param, sources.token, ...acceptedLanguages(sources.acceptLanguage)];
  for (const c of candidates)
    if (typeof c === 'string' && (available as readonly string[]).includes(c)) return c as Language;
  return fallback;
}
