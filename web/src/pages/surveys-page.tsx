import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { localized } from '../../../src/domain/journey/localize.js';
import { api } from '../api/client.js';
import { ErrorState } from '../components/error-state.js';
import { LoadingState } from '../components/loading-state.js';
import { Modal } from '../components/modal.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useWorkspaceRole } from '../hooks/use-workspace-role.js';
import { bindingText } from '../surveys/binding-label.js';
import type { Survey } from '../surveys/survey-api.js';
import { SurveyCreateForm } from '../surveys/survey-create-form.js';
import { useJourneyMaps } from '../surveys/use-journey-maps.js';
import { useSurveyApi } from '../surveys/use-survey-api.js';

export function SurveysPage({ workspaceId }: { workspaceId: string }) {
  const { t, lang } = useI18n();
  useDocumentTitle(t('surveysPageTitle'));
  const sapi = useSurveyApi();
  const queryClient = useQueryClient();
  const role = useWorkspaceRole(workspaceId);
  const canEdit = role === 'owner' || role === 'editor';
  const params = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const creating = params.get('new') === '1';
  const [journeyFilter, setJourneyFilter] = useState('');
  const [message, setMessage] = useState('');
  const filterId = useId();

  const journeys = useQuery({
    queryKey: ['journeys', workspaceId, false],
    queryFn: () => api.journeys(workspaceId, false),
  });
  const surveys = useQuery({
    queryKey: ['surveys', workspaceId, journeyFilter],
    queryFn: () => sapi.list(workspaceId, journeyFilter || undefined),
  });
  const maps = useJourneyMaps(
    workspaceId,
    (surveys.data ?? []).flatMap((s) => (s.journeyId ? [s.journeyId] : [])),
  );
  const closeCreate = () => navigate(location, { replace: true });

  async function remove(s: Survey) {
    try {
      await sapi.remove(workspaceId, s.id);
      setMessage(t('surveyDeleted', { name: s.name }));
    } catch (err) {
      setMessage(t('error', { message: (err as Error).message }));
    }
    await queryClient.invalidateQueries({ queryKey: ['surveys', workspaceId] });
  }

  return (
    <div className="page surveys-page">
      <div className="row-between">
        <h1>{t('surveysPageTitle')}</h1>
        {canEdit && (
          <button type="button" className="primary" onClick={() => navigate(`${location}?new=1`)}>
            {t('surveyNew')}
          </button>
        )}
      </div>
      <p role="status" className="status-line">
        {message}
      </p>
      <div className="inline-form">
        <label htmlFor={filterId}>{t('surveyFilterJourney')}</label>
        <select id={filterId} value={journeyFilter} onChange={(e) => setJourneyFilter(e.target.value)}>
          <option value="">{t('surveyAllJourneys')}</option>
          {(journeys.data ?? []).map((j) => (
            <option key={j.id} value={j.id}>
              {localized(j, 'name', lang)}
            </option>
          ))}
        </select>
      </div>
      {surveys.isPending ? (
        <LoadingState />
      ) : surveys.isError ? (
        <ErrorState error={surveys.error} onRetry={() => surveys.refetch()} />
      ) : surveys.data.length === 0 ? (
        <p>{t('surveyNone')}</p>
      ) : (
        <table className="table survey-table">
          <caption className="visually-hidden">{t('surveysPageTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveyName')}</th>
              <th scope="col">{t('surveyLevel')}</th>
              <th scope="col">{t('surveyBoundTo')}</th>
              <th scope="col">{t('surveyAudience')}</th>
              <th scope="col">{t('surveyStatus')}</th>
              <th scope="col">{t('surveyPublishedVersion')}</th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">{t('surveyActions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {surveys.data.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/w/${workspaceId}/surveys/${s.id}`}>{s.name}</Link>
                </td>
                <td>{t(`surveyLevel_${s.level}`)}</td>
                <td>{bindingText(s.journeyId ? maps.get(s.journeyId) : undefined, s, lang) || '—'}</td>
                <td>{t(`surveyAudience_${s.audience}`)}</td>
                <td>
                  <span className={`badge status-${s.status}`}>{t(`surveyStatus_${s.status}`)}</span>
                  {s.publishedVersion !== null && s.hasUnpublishedChanges && (
                    <span className="hint"> {t('surveyUnpublishedChanges')}</span>
                  )}
                </td>
                <td>{s.publishedVersion ?? '—'}</td>
                {canEdit && (
                  <td>
                    <DeleteButton name={s.name} onConfirm={() => void remove(s)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && canEdit && (
        <Modal title={t('surveyNew')} onClose={closeCreate}>
          <SurveyCreateForm
            workspaceId={workspaceId}
            initialJourneyId={params.get('journey') ?? undefined}
            initialTouchpointId={params.get('touchpoint') ?? undefined}
          />
        </Modal>
      )}
    </div>
  );
}

/** Delete asks once more in place: the first press arms it, the second deletes. */
function DeleteButton({ name, onConfirm }: { name: string; onConfirm: () => void }) {
  const { t } = useI18n();
  const [armed, setArmed] = useState(false);
  return armed ? (
    <span className="button-row">
      <button type="button" className="danger" onClick={onConfirm}>
        {t('surveyConfirmDelete', { name })}
      </button>
      <button type="button" onClick={() => setArmed(false)}>
        {t('cancel')}
      </button>
    </span>
  ) : (
    <button type="button" aria-label={t('surveyDeleteNamed', { name })} onClick={() => setArmed(true)}>
      {t('delete')}
    </button>
  );
}
