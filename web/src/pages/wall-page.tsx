import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { localized } from '../../../src/domain/journey/localize.js';
import { useUrlFilters } from '../analytics/filter-bar.js';
import { api } from '../api/client.js';
import { ErrorState } from '../components/error-state.js';
import { LoadingState } from '../components/loading-state.js';
import { MapView } from '../editor/map-view.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { LiveMapContext } from '../live-map/live-context.js';
import { LiveSummary } from '../live-map/live-summary.js';
import { useLiveMap } from '../live-map/use-live-map.js';

/** The wall falls back to refetching every minute, besides the live notices. */
const REFRESH_MS = 60_000;
const noop = () => {};

interface Props {
  workspaceId: string;
  journeyId: string;
}

/** The live map full screen for an office display: read-only, large type, refreshing itself. */
export function WallPage({ workspaceId, journeyId }: Props) {
  const { t, lang } = useI18n();
  const mapQuery = useQuery({
    queryKey: ['map', workspaceId, journeyId],
    queryFn: () => api.journeyMap(workspaceId, journeyId),
    refetchInterval: REFRESH_MS,
  });
  const [filters] = useUrlFilters();
  const live = useLiveMap(workspaceId, journeyId, filters, { choice: true, refetchMs: REFRESH_MS });
  const name = mapQuery.data ? localized(mapQuery.data.journey, 'name', lang) : '';
  useDocumentTitle(name ? t('wallTitle', { journey: name }) : t('liveWall'));
  const fullScreen = useCallback(() => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  const [tour, setTour] = useState(true);
  useWallTour(tour, mapQuery.data !== undefined);

  if (mapQuery.isPending) return <LoadingState />;
  if (mapQuery.isError) return <ErrorState error={mapQuery.error} onRetry={() => mapQuery.refetch()} />;
  const map = mapQuery.data;
  const period = live.scorecards?.period;
  return (
    <div className="wall">
      <header className="wall-header">
        <h1>{t('wallTitle', { journey: name })}</h1>
        {period && (
          <p className="wall-period">
            {t('wallPeriod', {
              from: period.from.slice(0, 10),
              to: new Date(Date.parse(period.to) - 1).toISOString().slice(0, 10),
            })}
            {live.updatedAt > 0 && (
              <> · {t('liveUpdated', { time: new Date(live.updatedAt).toLocaleTimeString(lang) })}</>
            )}
          </p>
        )}
        <div className="wall-tools">
          <label className="checkbox">
            <input type="checkbox" checked={tour} onChange={(e) => setTour(e.target.checked)} />
            {t('wallTour')}
          </label>
          <button type="button" onClick={fullScreen}>
            {t('liveFullScreen')}
          </button>
          <Link href={`/w/${workspaceId}/j/${journeyId}${window.location.search}`}>{t('wallBack')}</Link>
        </div>
      </header>
      <LiveSummary map={map} unmapped={live.unmapped} />
      <p className="visually-hidden" aria-live="polite" data-testid="live-announcement">
        {live.announcement}
      </p>
      <LiveMapContext.Provider value={live.store}>
        <MapView
          map={map}
          controller={null}
          readOnly
          activeCurve={null}
          selectedTouchpoint={null}
          onOpenTouchpoint={noop}
        />
      </LiveMapContext.Provider>
    </div>
  );
}

/**
 * An office display shows one screenful at a time: the map wider than the screen moves on by
 * a screen every 12 s and starts over, pausing while someone points at or focuses it.
 */
function useWallTour(on: boolean, ready: boolean) {
  useEffect(() => {
    if (!on || !ready) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const timer = setInterval(() => {
      const board = document.querySelector<HTMLElement>('.wall .board-scroll');
      if (!board || board.matches(':hover, :focus-within')) return;
      const max = board.scrollWidth - board.clientWidth;
      if (max <= 0) return;
      const next =
        board.scrollLeft >= max - 2 ? 0 : Math.min(max, board.scrollLeft + board.clientWidth * 0.9);
      board.scrollTo({ left: next, behavior: reduced ? 'auto' : 'smooth' });
    }, 12_000);
    return () => clearInterval(timer);
  }, [on, ready]);
}
