import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { SurveyDraftController } from './draft-controller.js';
import { issueText, missingText } from './issue-text.js';
import type { MissingText } from './missing-texts.js';
import type { Survey } from './survey-api.js';
import { useSurveyApi } from './use-survey-api.js';

interface Props {
  survey: Survey;
  controller: SurveyDraftController;
  missing: MissingText[];
  readOnly: boolean;
}

/** "Live: version 3 · draft has unpublished changes", and publish / close / reopen. */
export function PublishBar({ survey, controller, missing, readOnly }: Props) {
  const { t } = useI18n();
  const api = useSurveyApi();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState('');

  async function run(action: 'publish' | 'close' | 'reopen') {
    setBusy(true);
    setErrors([]);
    setMessage('');
    try {
      if (!(await controller.flush())) {
        setErrors([t('surveySaveFirst')]);
        return;
      }
      const saved = await api[action](survey.workspaceId, survey.id);
      controller.replace(saved);
      setMessage(
        action === 'publish'
          ? t('surveyPublishedMessage', { version: saved.publishedVersion ?? 1 })
          : action === 'close'
            ? t('surveyClosedMessage')
            : t('surveyReopenedMessage'),
      );
      await queryClient.invalidateQueries({ queryKey: ['surveys', survey.workspaceId] });
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        setErrors(err.issues.map((i) => issueText(i.path, i.message, t)));
      } else setErrors([err instanceof Error ? err.message : String(err)]);
    } finally {
      setBusy(false);
    }
  }

  let state: string;
  if (survey.publishedVersion === null) state = t('surveyNeverPublished');
  else if (survey.status === 'closed') state = t('surveyClosedVersion', { version: survey.publishedVersion });
  else state = t('surveyLiveVersion', { version: survey.publishedVersion });
  const canPublish = survey.publishedVersion === null || survey.hasUnpublishedChanges;

  return (
    <section className="publish-bar panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading" className="visually-hidden">
        {t('surveyPublishing')}
      </h2>
      <p className="version-info" data-testid="version-info">
        {state}
        {survey.publishedVersion !== null && survey.hasUnpublishedChanges && (
          <> · {t('surveyUnpublishedChanges')}</>
        )}
      </p>
      {!readOnly && (
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={busy || !canPublish}
            onClick={() => void run('publish')}
          >
            {survey.publishedVersion === null ? t('surveyPublish') : t('surveyPublishChanges')}
          </button>
          {survey.status === 'live' && (
            <button type="button" disabled={busy} onClick={() => void run('close')}>
              {t('surveyClose')}
            </button>
          )}
          {survey.status === 'closed' && (
            <button type="button" disabled={busy} onClick={() => void run('reopen')}>
              {t('surveyReopen')}
            </button>
          )}
        </div>
      )}
      <p role="status" className="status-line">
        {message}
      </p>
      {errors.length > 0 && (
        <div role="alert" className="publish-errors">
          <p>{t('surveyCannotPublish')}</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {missing.length > 0 && (
        <details className="missing-list">
          <summary>{t('surveyStillToWrite', { count: missing.length })}</summary>
          <ul>
            {missing.map((m) => {
              const text = missingText(m, t);
              return <li key={text}>{text}</li>;
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
