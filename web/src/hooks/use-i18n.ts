import { useContext } from 'react';
import { type I18n, I18nContext } from '../i18n/i18n-context.js';

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
