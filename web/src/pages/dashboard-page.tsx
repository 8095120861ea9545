import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { FunnelResult } from '../../../src/analytics/funnel.js';
import type { PathsResult } from '../../../src/analytics/paths.js';
import type { ThemesResult } from '../../../src/analytics/themes-schema.js';
import type { TrendMetric } from '../../../src/analytics/trends.js';
import type { WaitingResult } from '../../../src/analytics/waiting.js';
import { localized } from '../../../src/domain/journey/localize.js';
import {
  type AnalysisBody,
  useAnalysis,
  useDrivers,
  useLiveJourney,
  useScorecards,
  useTrends,
} from '../analytics/api.js';
import { FilterBar, useUrlFilters } from '../analytics/filter-bar.js';
import { api } from '../api/client.js';
import { ErrorState } from '../components/error-state.js';
import { LoadingState } from '../components/loading-state.js';
import { AudiencesPanel } from '../dashboard/audiences-panel.js';
import { DriversPanel } from '../dashboard/drivers-panel.js';
import { FunnelPanel } from '../dashboard/funnel-panel.js';
import { namesOf } from '../dashboard/names.js';
import { PathsPanel } from '../dashboard/paths-panel.js';
import { ScorecardTable } from '../dashboard/scorecard-table.js';
import { Section } from '../dashboard/section.js';
import { ThemesPanel } from '../dashboard/themes-panel.js';
import { TrendsPanel } from '../dashboard/trends-panel.js';
import { WaitingPanel } from '../dashboard/waiting-panel.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';

const SPLITS = ['none', 'stage', 'channel', 'audience'] as const;
type Split = (typeof SPLITS)[number];

interface Props {
  workspaceId: string;
  journeyId: string;
}

/** A journey's dashboards: scorecards, funnel, paths, drivers, themes, trends, customers versus employees. */
export function DashboardPage({ workspaceId: ws, journeyId: j }: Props) {
  const { t, lang } = useI18n();
  const [body, setBody] = useUrlFilters();
  const [metric, setMetric] = useState<TrendMetric>('nps');
  const [granularity, setGranularity] = useState<'day' | 'week' | 'month'>('week');
  const [splitBy, setSplitBy] = useState<Split>('none');
  const [outcome, setOutcome] = useState<'nps' | 'repurchase'>('nps');
  const mapQuery = useQuery({ queryKey: ['map', ws, j], queryFn: () => api.journeyMap(ws, j) });
  useLiveJourney(ws, j);

  // Customers versus employees: the same filters, each audience in turn.
  const customersOnly = useMemo<AnalysisBody>(
    () => ({ ...body, filters: { ...body.filters, audience: 'customer' } }),
    [body],
  );
  const employees = useMemo<AnalysisBody>(
    () => ({ ...body, filters: { ...body.filters, audience: 'employee' } }),
    [body],
  );
  const trendBody = useMemo<AnalysisBody>(
    () => ({ ...body, metric, granularity, splitBy }),
    [body, metric, granularity, splitBy],
  );
  const plain = body;

  const scorecards = useScorecards(ws, j, body);
  const customers = useScorecards(ws, j, customersOnly);
  const staff = useScorecards(ws, j, employees);
  const funnel = useAnalysis<FunnelResult>(ws, j, 'funnel', plain);
  const pathsBody = useMemo<AnalysisBody>(() => ({ ...body, topN: 15 }), [body]);
  const paths = useAnalysis<PathsResult>(ws, j, 'paths', pathsBody);
  const driversBody = useMemo<AnalysisBody>(() => ({ ...body, outcome }), [body, outcome]);
  const drivers = useDrivers(ws, j, driversBody);
  const waiting = useAnalysis<WaitingResult>(ws, j, 'waiting', plain);
  const themes = useAnalysis<ThemesResult>(ws, j, 'themes', plain);
  const trends = useTrends(ws, j, trendBody);

  const map = mapQuery.data;
  const name = map ? localized(map.journey, 'name', lang) : '';
  useDocumentTitle(name ? t('dashPageTitle', { name }) : t('dashTitle'));
  const names = useMemo(() => (map ? namesOf(map, lang) : null), [map, lang]);
  if (mapQuery.isPending) return <LoadingState />;
  if (mapQuery.isError) return <ErrorState error={mapQuery.error} onRetry={() => mapQuery.refetch()} />;
  if (!names) return <LoadingState />;

  return (
    <div className="page dash-page">
      <div className="row-between dash-head">
        <h1>{t('dashPageTitle', { name })}</h1>
        <Link href={`/w/${ws}/j/${j}`}>{t('dashBackToMap')}</Link>
      </div>
      <p className="hint">{t('dashIntro')}</p>
      <FilterBar workspaceId={ws} journeyId={j} value={body} onChange={setBody} />
      <p className="hint">{t('dashCompareHint')}</p>

      <Section query={scorecards} title={t('dashScorecardTitle')}>
        {(r) => <ScorecardTable result={r} names={names} />}
      </Section>
      <div className="dash-grid">
        <Section query={funnel} title={t('dashFunnelTitle')}>
          {(r) => <FunnelPanel result={r} names={names} />}
        </Section>
        <Section query={drivers} title={t('dashDriversTitle')}>
          {(r) => (
            <DriversPanel
              result={r}
              controls={
                <label>
                  {t('dashOutcome')}
                  <select
                    value={outcome}
                    onChange={(e) => setOutcome(e.target.value as 'nps' | 'repurchase')}
                  >
                    <option value="nps">{t('dashOutcome_nps')}</option>
                    <option value="repurchase">{t('dashOutcome_repurchase')}</option>
                  </select>
                </label>
              }
            />
          )}
        </Section>
      </div>
      <Section query={paths} title={t('dashPathsTitle')}>
        {(r) => <PathsPanel result={r} names={names} />}
      </Section>
      <Section query={waiting} title={t('dashWaitingTitle')}>
        {(r) => <WaitingPanel result={r} names={names} />}
      </Section>
      <div className="dash-grid">
        <Section query={themes} title={t('dashThemesTitle')}>
          {(r) => <ThemesPanel result={r} />}
        </Section>
        <Section query={trends} title={t('dashTrendsTitle')}>
          {(r) => (
            <TrendsPanel
              result={r}
              controls={
                <div className="dash-filters">
                  <label>
                    {t('dashMetric')}
                    <select value={metric} onChange={(e) => setMetric(e.target.value as TrendMetric)}>
                      <option value="nps">NPS</option>
                      <option value="csat">CSAT</option>
                      <option value="ces">CES</option>
                    </select>
                  </label>
                  <label>
                    {t('dashGranularity')}
                    <select
                      value={granularity}
                      onChange={(e) => setGranularity(e.target.value as 'day' | 'week' | 'month')}
                    >
                      <option value="day">{t('dashDay')}</option>
                      <option value="week">{t('dashWeek')}</option>
                      <option value="month">{t('dashMonth')}</option>
                    </select>
                  </label>
                  <label>
                    {t('dashSplitBy')}
                    <select value={splitBy} onChange={(e) => setSplitBy(e.target.value as Split)}>
                      {SPLITS.map((s) => (
                        <option key={s} value={s}>
                          {t(`dashSplit_${s}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              }
            />
          )}
        </Section>
      </div>
      <Section query={staff} title={t('dashAudiencesTitle')}>
        {(r) =>
          customers.data ? <AudiencesPanel customers={customers.data} employees={r} names={names} /> : null
        }
      </Section>
    </div>
  );
}
