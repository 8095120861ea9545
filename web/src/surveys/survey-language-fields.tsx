import type { Language } from '../../../src/domain/journey/vocabulary.js';
import { useI18n } from '../hooks/use-i18n.js';
import { Field } from './fields.js';
import { SURVEY_LANGUAGES } from './survey-vocab.js';

/** The languages a survey is in (at least one) and its default: one change sets both. */
export function SurveyLanguageFields({
  languages,
  defaultLanguage,
  disabled = false,
  defaultHint,
  onChange,
}: {
  languages: readonly Language[];
  defaultLanguage: Language;
  disabled?: boolean;
  defaultHint?: string;
  onChange: (next: { languages: Language[]; defaultLanguage: Language }) => void;
}) {
  const { t } = useI18n();
  function toggle(l: Language, on: boolean) {
    const next = on
      ? SURVEY_LANGUAGES.filter((x) => x === l || languages.includes(x))
      : languages.filter((x) => x !== l);
    if (next.length === 0) return;
    onChange({
      languages: next,
      defaultLanguage: next.includes(defaultLanguage) ? defaultLanguage : (next[0] as Language),
    });
  }
  return (
    <>
      <fieldset className="languages">
        <legend>{t('surveyLanguages')}</legend>
        {SURVEY_LANGUAGES.map((l) => (
          <label key={l} className="checkbox">
            <input
              type="checkbox"
              checked={languages.includes(l)}
              disabled={disabled || (languages.length === 1 && languages.includes(l))}
              onChange={(e) => toggle(l, e.target.checked)}
            />
            {t(`surveyLang_${l}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('surveyDefaultLanguage')} {...(defaultHint ? { hint: defaultHint } : {})}>
        {(id, describedBy) => (
          <select
            id={id}
            aria-describedby={describedBy}
            value={defaultLanguage}
            disabled={disabled}
            onChange={(e) =>
              onChange({ languages: [...languages], defaultLanguage: e.target.value as Language })
            }
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`surveyLang_${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
