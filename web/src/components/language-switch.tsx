import { useId } from 'react';
import { useI18n } from '../hooks/use-i18n.js';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('language')}</label>
      <select id={id} value={lang} onChange={(e) => setLang(e.target.value === 'fi' ? 'fi' : 'en')}>
        <option value="en" lang="en">
          English
        </option>
        <option value="fi" lang="fi">
          Suomi
        </option>
      </select>
    </span>
  );
}
