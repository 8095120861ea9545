import { useEffect, useState } from 'react';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { SurveyDefinition } from '../../../src/domain/surveys/survey.schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useDebounced } from './use-debounced.js';
import { useSurveyApi } from './use-survey-api.js';

interface Props {
  workspaceId: string;
  definition: SurveyDefinition;
  language: Language;
}

/**
 * The respondent page as the server renders it for the current draft, in a sandboxed frame
 * (no scripts, no forms, no same-origin access), refreshed 300 ms after the last edit.
 */
export function SurveyPreview({ workspaceId, definition, language }: Props) {
  const { t } = useI18n();
  const api = useSurveyApi();
  const [phone, setPhone] = useState(true);
  const [html, setHtml] = useState('');
  const [error, setError] = useState('');
  const [loads, setLoads] = useState(0);
  const settled = useDebounced(JSON.stringify({ definition, language }), 300);

  useEffect(() => {
    const controller = new AbortController();
    const body = JSON.parse(settled) as { definition: SurveyDefinition; language: Language };
    api
      .preview(workspaceId, body.definition, body.language, controller.signal)
      .then((page) => {
        setHtml(page);
        setError('');
        setLoads((n) => n + 1);
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err instanceof Error ? err.message : String(err));
      });
    return () => controller.abort();
  }, [api, workspaceId, settled]);

  return (
    <section className="survey-preview" aria-labelledby="survey-preview-heading">
      <div className="row-between">
        <h2 id="survey-preview-heading">
          {t('surveyPreview')} · {t(`surveyLang_${language}`)}
        </h2>
        <button type="button" aria-pressed={phone} onClick={() => setPhone((p) => !p)}>
          {t('surveyPhoneWidth')}
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {t('surveyPreviewFailed', { message: error })}
        </p>
      )}
      <div className={phone ? 'preview-frame phone' : 'preview-frame'}>
        <iframe
          title={t('surveyPreviewFrame')}
          sandbox=""
          srcDoc={html}
          data-loads={loads}
          className="preview-iframe"
        />
      </div>
    </section>
  );
}
