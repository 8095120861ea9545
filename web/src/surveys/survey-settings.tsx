import { useEffect, useState } from 'react';
import type { SurveyAudience, SurveyLayout } from '../../../src/domain/surveys/survey.schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { DraftFields } from './draft-controller.js';
import { Field } from './fields.js';
import type { Survey } from './survey-api.js';
import { SurveyLanguageFields } from './survey-language-fields.js';
import { SURVEY_AUDIENCES, SURVEY_LAYOUTS } from './survey-vocab.js';

interface Props {
  survey: Survey;
  bindingLabel: string;
  readOnly: boolean;
  onEdit: (fields: DraftFields) => void;
}

/** Name, audience, layout and languages of the survey. */
export function SurveySettings({ survey, bindingLabel, readOnly, onEdit }: Props) {
  const { t } = useI18n();

  return (
    <section className="panel survey-settings" aria-labelledby="survey-settings-heading">
      <h2 id="survey-settings-heading">{t('surveySettings')}</h2>
      <div className="settings-grid">
        <NameField name={survey.name} readOnly={readOnly} onSave={(name) => onEdit({ name })} />
        <p className="binding">
          <span className="field-label">{t('surveyLevel')}</span> {t(`surveyLevel_${survey.level}`)}
          {bindingLabel && <> · {bindingLabel}</>}
        </p>
        <Field label={t('surveyAudience')}>
          {(id) => (
            <select
              id={id}
              value={survey.audience}
              disabled={readOnly}
              onChange={(e) => onEdit({ audience: e.target.value as SurveyAudience })}
            >
              {SURVEY_AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {t(`surveyAudience_${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('surveyLayout')}>
          {(id) => (
            <select
              id={id}
              value={survey.layout}
              disabled={readOnly}
              onChange={(e) => onEdit({ layout: e.target.value as SurveyLayout })}
            >
              {SURVEY_LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {t(`surveyLayout_${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SurveyLanguageFields
          languages={survey.languages}
          defaultLanguage={survey.defaultLanguage}
          disabled={readOnly}
          defaultHint={t('surveyDefaultLanguageHint')}
          onChange={onEdit}
        />
      </div>
    </section>
  );
}

/** The name saves as it is typed; an empty name is kept on screen but never sent. */
function NameField({
  name,
  readOnly,
  onSave,
}: {
  name: string;
  readOnly: boolean;
  onSave: (name: string) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(name);
  useEffect(() => {
    setDraft((d) => (d.trim() === '' || d === name ? d : name));
  }, [name]);
  return (
    <Field label={t('surveyName')}>
      {(id) => (
        <input
          id={id}
          type="text"
          required
          maxLength={200}
          value={draft}
          readOnly={readOnly}
          aria-invalid={draft.trim() === '' || undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            if (e.target.value.trim()) onSave(e.target.value);
          }}
        />
      )}
    </Field>
  );
}
