import { useI18n } from '../hooks/use-i18n.js';

/** "Language: automatic | fi | sv | en" for a link, QR code or widget of a survey. */
export function SurveyLanguageSelect({
  id,
  languages,
  value,
  onChange,
}: {
  id: string;
  languages: readonly string[];
  value: string;
  onChange: (lang: string) => void;
}) {
  const { t } = useI18n();
  return (
    <label htmlFor={id}>
      {t('distLanguage')}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('distLanguageAuto')}</option>
        {languages.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}
