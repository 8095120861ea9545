import type { Language } from './vocabulary.js';

type Translatable = { translations: Partial<Record<string, Record<string, string>>> };

/**
 * The text of `field` in `lang`: the translation when there is one, else the base text
 * (the journey's own language). Base text lives in the entity's field itself.
 */
export function localized<T extends Translatable>(
  entity: T,
  field: keyof T & string,
  lang: Language,
): string {
  const translated = entity.translations[lang]?.[field];
  if (translated !== undefined && translated !== '') return translated;
  const base = entity[field];
  return typeof base === 'string' ? base : '';
}

/**
 * What to write when a user edits `field` while viewing `lang`: the base field when `lang`
 * is the journey's language, else that language's translation.
 */
export function textEdit<T extends Translatable>(
  entity: T,
  field: keyof T & string,
  value: string,
  lang: Language,
  journeyLanguage: Language,
): Record<string, unknown> {
  if (lang === journeyLanguage) return { [field]: value };
  const current = entity.translations[lang] ?? {};
  return { translations: { ...entity.translations, [lang]: { ...current, [field]: value } } };
}
