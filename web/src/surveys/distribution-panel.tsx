import { useQuery } from '@tanstack/react-query';
import { CopyField } from '../components/copy-field.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useDistributionApi } from './distribution-api.js';
import { InvitationsSection } from './invitations-section.js';
import { QrSection } from './qr-section.js';
import { WidgetSnippet } from './widget-snippet.js';

/** The least the panel needs to know of a survey. */
export interface DistributionSurvey {
  id: string;
}

/**
 * Everything for getting a survey to respondents: its public link, QR codes for offline
 * places, the website widget snippet, and email invitations with their statuses.
 */
export function DistributionPanel({
  workspaceId,
  survey,
}: {
  workspaceId: string;
  survey: DistributionSurvey;
}) {
  const { t } = useI18n();
  const dapi = useDistributionApi();
  const info = useQuery({
    queryKey: ['distribution', workspaceId, survey.id],
    queryFn: () => dapi.info(workspaceId, survey.id),
  });
  return (
    <section className="distribution" aria-labelledby="dist-heading">
      <h2 id="dist-heading">{t('distTitle')}</h2>
      {info.isError && <p role="alert">{t('error', { message: (info.error as Error).message })}</p>}
      {info.data && (
        <>
          <div className="panel">
            <h3>{t('distLinkTitle')}</h3>
            <CopyField label={t('distLinkLabel')} value={info.data.link} />
            <p className="hint">{t('distLinkHint')}</p>
          </div>
          <QrSection workspaceId={workspaceId} surveyId={survey.id} info={info.data} />
          <WidgetSnippet surveyId={survey.id} info={info.data} />
        </>
      )}
      <InvitationsSection
        workspaceId={workspaceId}
        surveyId={survey.id}
        languages={info.data?.languages ?? []}
      />
    </section>
  );
}
