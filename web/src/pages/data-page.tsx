import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../components/error-state.js';
import { LoadingState } from '../components/loading-state.js';
import { useDataApi } from '../data-view/data-api.js';
import { formatNumber } from '../data-view/format.js';
import { RejectionsTable } from '../data-view/rejections-table.js';
import { SendingHelp } from '../data-view/sending-help.js';
import { sourceLabel } from '../data-view/source-label.js';
import { VolumeChart } from '../data-view/volume-chart.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';

const REFRESH_MS = 10_000;
const PERIODS = {
  '48h': { days: 2, bucket: 'hour' },
  '7d': { days: 7, bucket: 'day' },
  '30d': { days: 30, bucket: 'day' },
  '90d': { days: 90, bucket: 'day' },
} as const;
type Period = keyof typeof PERIODS;

/** The workspace's data: what arrived (volume by source), what was rejected and why, how to send. */
export function DataPage({ workspaceId }: { workspaceId: string }) {
  const { t, lang } = useI18n();
  useDocumentTitle(t('dataPageTitle'));
  const dataApi = useDataApi();
  const [period, setPeriod] = useState<Period>('30d');
  const { days, bucket } = PERIODS[period];
  const volume = useQuery({
    queryKey: ['data-volume', workspaceId, days, bucket],
    queryFn: () => dataApi.volume(workspaceId, days, bucket),
    refetchInterval: REFRESH_MS,
  });
  const rejections = useQuery({
    queryKey: ['data-rejections', workspaceId],
    queryFn: () => dataApi.rejections(workspaceId, 50),
    refetchInterval: REFRESH_MS,
  });
  const keys = useQuery({
    queryKey: ['touchpoint-keys', workspaceId],
    queryFn: () => dataApi.touchpointKeys(workspaceId),
  });
  const exampleKey = keys.data?.touchpoints[0]?.key ?? 'checkout';

  return (
    <div className="page data-page">
      <h1>{t('dataPageTitle')}</h1>
      <p className="hint">{t('dataIntro')}</p>

      <section className="panel" aria-labelledby="data-volume-title">
        <div className="row-between">
          <h2 id="data-volume-title">{t('dataVolumeTitle')}</h2>
          <label>
            {t('dataPeriod')}
            <select value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
              <option value="48h">{t('dataPeriod48h')}</option>
              <option value="7d">{t('dataPeriodDays', { n: 7 })}</option>
              <option value="30d">{t('dataPeriodDays', { n: 30 })}</option>
              <option value="90d">{t('dataPeriodDays', { n: 90 })}</option>
            </select>
          </label>
        </div>
        {volume.isPending ? (
          <LoadingState />
        ) : volume.isError ? (
          <ErrorState error={volume.error} onRetry={() => volume.refetch()} />
        ) : (
          <>
            <dl className="totals">
              <div>
                <dt>{t('dataEvents')}</dt>
                <dd>{formatNumber(volume.data.totals.events, lang)}</dd>
              </div>
              <div>
                <dt>{t('dataResponses')}</dt>
                <dd>{formatNumber(volume.data.totals.responses, lang)}</dd>
              </div>
              {volume.data.sources.map((s) => {
                const c = volume.data.totals.bySource[s];
                return (
                  <div key={s}>
                    <dt>{sourceLabel(t, s)}</dt>
                    <dd>{formatNumber((c?.events ?? 0) + (c?.responses ?? 0), lang)}</dd>
                  </div>
                );
              })}
            </dl>
            <VolumeChart report={volume.data} />
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="data-rejections-title">
        <h2 id="data-rejections-title">{t('dataRejectionsTitle')}</h2>
        <p className="hint">{t('dataRejectionsHint')}</p>
        {rejections.isPending ? (
          <LoadingState />
        ) : rejections.isError ? (
          <ErrorState error={rejections.error} onRetry={() => rejections.refetch()} />
        ) : (
          <RejectionsTable rejections={rejections.data.rejections} />
        )}
      </section>

      <section className="panel" aria-labelledby="data-how-title">
        <h2 id="data-how-title">{t('dataHowTitle')}</h2>
        <SendingHelp workspaceId={workspaceId} touchpointKey={exampleKey} />
      </section>
    </div>
  );
}
