import { useEffect, useState } from 'react';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { SurveyDefinition } from '../../../src/domain/surveys/survey.schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import { Field } from './fields.js';
import { useDebounced } from './use-debounced.js';
import { useSurveyApi } from './use-survey-api.js';

/** Which screen the preview shows: a question's screen (its index) or the thank-you page. */
export type PreviewScreen = number | 'thanks';

interface Props {
  workspaceId: string;
  definition: SurveyDefinition;
  language: Language;
  screen: PreviewScreen;
  onScreen: (screen: PreviewScreen) => void;
}

/**
 * The respondent page as the server renders it for the current draft, in a sandboxed frame
 * (no scripts, no forms, no same-origin access), refreshed 300 ms after the last edit.
 */
export function SurveyPreview({ workspaceId, definition, language, screen, onScreen }: Props) {
  const { t } = useI18n();
  const api = useSurveyApi();
  const [phone, setPhone] = useState(true);
  const [html, setHtml] = useState('');
  const [error, setError] = useState('');
  const [loads, setLoads] = useState(0);
  const perScreen = definition.layout === 'one-per-page';
  const page =
    screen === 'thanks' || !perScreen ? 0 : Math.min(screen, Math.max(definition.questions.length - 1, 0));
  const settled = useDebounced(
    JSON.stringify({ definition, language, page, thankYou: screen === 'thanks' }),
    300,
  );

  useEffect(() => {
    const controller = new AbortController();
    api
      .preview(workspaceId, JSON.parse(settled), controller.signal)
      .then((doc) => {
        setHtml(doc);
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
      <Field label={t('surveyPreviewScreen')}>
        {(id) => (
          <select
            id={id}
            value={screen === 'thanks' ? 'thanks' : String(page)}
            onChange={(e) => onScreen(e.target.value === 'thanks' ? 'thanks' : Number(e.target.value))}
          >
            {perScreen ? (
              definition.questions.map((q, i) => (
                <option key={q.id} value={String(i)}>
                  {t('surveyQuestionN', { n: i + 1 })}
                </option>
              ))
            ) : (
              <option value="0">{t('surveyQuestions')}</option>
            )}
            <option value="thanks">{t('surveyThankYou')}</option>
          </select>
        )}
      </Field>
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
