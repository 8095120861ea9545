import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PathsResult } from '../../../src/analytics/paths.js';
import type { WaitingResult } from '../../../src/analytics/waiting.js';
import {
  type AnalysisBody,
  analyticsKey,
  type JourneyChange,
  type TrendResult,
  useLiveJourney,
  useScorecards,
} from '../analytics/api.js';
import { apiRequest } from '../api/client.js';
import { ValueStore } from '../editor/value-store.js';
import { useI18n } from '../hooks/use-i18n.js';
import { buildLiveData, hasData, type LiveMapData, trendMetrics } from './live-data.js';

interface Options {
  /** Whether the cards show the numbers; null: when the journey has data (scorecards load either way). */
  choice: boolean | null;
  /** Refetch every so many ms besides the live notices (wall mode's fallback). */
  refetchMs?: number;
}

/** The slower analyses (sparkline trends, waiting phases, paths) follow live notices at most this often. */
const SLOW_REFRESH_MS = 15_000;
const slowKey = (w: string, j: string) => ['live-map', w, j] as const;

/**
 * An analysis the live map refreshes on its own slower cadence (not on every live notice:
 * over thousands of touchpoints these take seconds, and the scores must not wait for them).
 */
function useSlowAnalysis<T>(w: string, j: string, kind: string, body: AnalysisBody, enabled: boolean) {
  return useQuery({
    queryKey: [...slowKey(w, j), kind, body],
    queryFn: ({ signal }) =>
      apiRequest<T>(
        'POST',
        `/workspaces/${encodeURIComponent(w)}/journeys/${encodeURIComponent(j)}/analytics/${kind}`,
        body,
        signal,
      ),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/** Whether the request narrows the default view: any filter, or a period not ending today. */
function narrowed(body: AnalysisBody): boolean {
  if (body.filters && Object.keys(body.filters).length > 0) return true;
  const to = body.period ? Date.parse(body.period.to) : Number.NaN;
  return Number.isFinite(to) && Math.abs(to - Date.now()) > 2 * 86_400_000;
}

/**
 * The live map's data: one scorecards request for the whole map, the trends of the main
 * metrics split by touchpoint (sparklines), waiting phases and unmapped keys; refreshed on
 * every live notice of the journey (server-sent events), with a polite announcement.
 */
export function useLiveMap(workspaceId: string, journeyId: string, body: AnalysisBody, options: Options) {
  const { t } = useI18n();
  const [store] = useState(() => new ValueStore<LiveMapData | null>(null));
  const [announcement, setAnnouncement] = useState('');
  const scorecards = useScorecards(workspaceId, journeyId, body);
  const metrics = trendMetrics(scorecards.data);
  // On by default once the journey has shown data, and whenever a filter or a custom period is
  // chosen (a filter that matches nothing must not switch the map, and its filter bar, off).
  const [sawData, setSawData] = useState(false);
  const dataNow = scorecards.data ? hasData(scorecards.data) : false;
  useEffect(() => {
    if (dataNow) setSawData(true);
  }, [dataNow]);
  const shown = options.choice ?? (dataNow || sawData || narrowed(body));
  const on = shown && scorecards.data !== undefined;
  const trendBody = (metric: 'nps' | 'csat' | 'ces'): AnalysisBody => ({
    ...body,
    metric,
    splitBy: 'touchpoint',
  });
  const slow = (m: 'nps' | 'csat' | 'ces') => [trendBody(m), on && metrics.includes(m)] as const;
  const nps = useSlowAnalysis<TrendResult>(workspaceId, journeyId, 'trends', ...slow('nps'));
  const csat = useSlowAnalysis<TrendResult>(workspaceId, journeyId, 'trends', ...slow('csat'));
  const ces = useSlowAnalysis<TrendResult>(workspaceId, journeyId, 'trends', ...slow('ces'));
  const waiting = useSlowAnalysis<WaitingResult>(workspaceId, journeyId, 'waiting', body, on);
  const paths = useSlowAnalysis<PathsResult>(workspaceId, journeyId, 'paths', body, on);

  const client = useQueryClient();
  useEffect(() => {
    if (!options.refetchMs) return;
    const timer = setInterval(() => {
      void client.invalidateQueries({ queryKey: analyticsKey(workspaceId, journeyId) });
      void client.invalidateQueries({ queryKey: slowKey(workspaceId, journeyId) });
    }, options.refetchMs);
    return () => clearInterval(timer);
  }, [options.refetchMs, client, workspaceId, journeyId]);
  const slowTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (slowTimer.current) clearTimeout(slowTimer.current);
    },
    [],
  );

  const previous = useRef<LiveMapData | null>(null);
  useEffect(() => {
    if (!shown || !scorecards.data) {
      store.set(null);
      return;
    }
    const data = buildLiveData(
      scorecards.data,
      { nps: nps.data, csat: csat.data, ces: ces.data },
      waiting.data,
      paths.data,
      previous.current,
    );
    previous.current = data;
    store.set(data);
  }, [store, shown, scorecards.data, nps.data, csat.data, ces.data, waiting.data, paths.data]);

  const onChange = useCallback(
    (c: JourneyChange) => {
      const text =
        c.events > 0 && c.responses > 0
          ? t('liveNewData', { events: c.events, responses: c.responses })
          : c.responses === 1
            ? t('liveNewResponse')
            : c.responses > 0
              ? t('liveNewResponses', { n: c.responses })
              : t('liveNewEvents', { n: c.events });
      // cleared first so a notice worded like the previous one is announced again
      setAnnouncement('');
      requestAnimationFrame(() => setAnnouncement(text));
      if (!slowTimer.current)
        slowTimer.current = setTimeout(() => {
          slowTimer.current = null;
          void client.invalidateQueries({ queryKey: slowKey(workspaceId, journeyId) });
        }, SLOW_REFRESH_MS);
    },
    [t, client, workspaceId, journeyId],
  );
  useLiveJourney(workspaceId, journeyId, onChange);

  return {
    store,
    announcement,
    scorecards: scorecards.data,
    shown,
    isPending: scorecards.isPending,
    updatedAt: scorecards.dataUpdatedAt,
    unmapped: paths.data?.differences.unmapped.filter((u) => u.reason === 'unknown-key' && u.key) ?? [],
  };
}
