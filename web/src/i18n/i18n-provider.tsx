import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey } from './en.js';
import { fi } from './fi.js';
import { I18nContext, type UiLanguage } from './i18n-context.js';

const STORAGE_KEY = 'polku.lang';
const catalogs = { en, fi } as const;

function initialLanguage(): UiLanguage {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'fi') return saved;
  } catch {
    // storage may be unavailable (private mode); fall through to the browser's language
  }
  return navigator.language.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<UiLanguage>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: UiLanguage) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  }, []);

  const value = useMemo(() => {
    const catalog = catalogs[lang];
    const t = (key: MessageKey, params?: Record<string, string | number>) => {
      const template = catalog[key] ?? en[key];
      if (!params) return template;
      return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        params[name] === undefined ? whole : String(params[name]),
      );
    };
    return { lang, setLang, t };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
