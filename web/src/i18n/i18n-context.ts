import { createContext } from 'react';
import type { MessageKey } from './en.js';

export type UiLanguage = 'en' | 'fi';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface I18n {
  lang: UiLanguage;
  setLang: (lang: UiLanguage) => void;
  t: Translate;
}

export const I18nContext = createContext<I18n | null>(null);
