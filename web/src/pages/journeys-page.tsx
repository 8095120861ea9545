import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { api } from '../api/client.js';
import { ErrorState } from '../components/error-state.js';
import { JourneyCreateForm } from '../components/journey-create-form.js';
import { JourneyRow } from '../components/journey-row.js';
import { LoadingState } from '../components/loading-state.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useWorkspaceRole } from '../hooks/use-workspace-role.js';

export function JourneysPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('journeys'));
  const [showArchived, setShowArchived] = useState(false);
  const [message, setMessage] = useState('');
  const role = useWorkspaceRole(workspaceId);
  const canEdit = role === 'owner' || role === 'editor';
  const queryClient = useQueryClient();
  const importId = useId();
  const journeys = useQuery({
    queryKey: ['journeys', workspaceId, showArchived],
    // the API lists active or archived journeys; "show archived" shows both
    queryFn: async () =>
      showArchived
        ? (await Promise.all([api.journeys(workspaceId, false), api.journeys(workspaceId, true)])).flat()
        : api.journeys(workspaceId, false),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['journeys', workspaceId] });

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const doc: unknown = JSON.parse(await file.text());
      const map = await api.importJourney(workspaceId, doc);
      setMessage(t('importDone', { name: map.journey.name }));
      await refresh();
    } catch (err) {
      setMessage(t('error', { message: (err as Error).message }));
    }
  }

  return (
    <div className="page">
      <h1>{t('journeys')}</h1>
      <p role="status" className="status-line">
        {message}
      </p>
      {canEdit && (
        <section aria-labelledby="new-journey-heading" className="panel">
          <h2 id="new-journey-heading">{t('newJourney')}</h2>
          <JourneyCreateForm workspaceId={workspaceId} />
          <div className="import">
            <label htmlFor={importId}>{t('importJourney')}</label>
            <input id={importId} type="file" accept="application/json,.json" onChange={importFile} />
          </div>
        </section>
      )}
      <section aria-labelledby="journey-list-heading">
        <div className="row-between">
          <h2 id="journey-list-heading">{t('journeys')}</h2>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
            />
            {t('showArchived')}
          </label>
        </div>
        {journeys.isPending ? (
          <LoadingState />
        ) : journeys.isError ? (
          <ErrorState error={journeys.error} onRetry={() => journeys.refetch()} />
        ) : journeys.data.length === 0 ? (
          <p>{t('noJourneys')}</p>
        ) : (
          <ul className="journey-list">
            {journeys.data.map((j) => (
              <JourneyRow
                key={j.id}
                journey={j}
                workspaceId={workspaceId}
                canEdit={canEdit}
                onChanged={refresh}
                onMessage={setMessage}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
