import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PathsResult } from '../../../src/analytics/paths.js';
import type { WaitingResult } from '../../../src/analytics/waiting.js';
import {
  type AnalysisBody,
  analyticsKey,
  type JourneyChange,
  useAnalysis,
  useLiveJourney,
  useScorecards,
  useTrends,
} from '../analytics/api.js';
import { ValueStore } from '../editor/value-store.js';
import { useI18n } from '../hooks/use-i18n.js';
import { buildLiveData, hasData, type LiveMapData, trendMetrics } from './live-data.js';

interface Options {
  /** Whether the cards show the numbers; null: when the journey has data (scorecards load either way). */
  choice: boolean | null;
  /** Refetch every so many ms besides the live notices (wall mode's fallback). */
  refetchMs?: number;
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
  const shown = options.choice ?? (scorecards.data ? hasData(scorecards.data) : false);
  const on = shown && scorecards.data !== undefined;
  const trendBody = (metric: 'nps' | 'csat' | 'ces'): AnalysisBody => ({
    ...body,
    metric,
    splitBy: 'touchpoint',
  });
  const nps = useTrends(workspaceId, journeyId, trendBody('nps'), on && metrics.includes('nps'));
  const csat = useTrends(workspaceId, journeyId, trendBody('csat'), on && metrics.includes('csat'));
  const ces = useTrends(workspaceId, journeyId, trendBody('ces'), on && metrics.includes('ces'));
  const waiting = useAnalysis<WaitingResult>(workspaceId, journeyId, 'waiting', body, on);
  const paths = useAnalysis<PathsResult>(workspaceId, journeyId, 'paths', body, on);

  const client = useQueryClient();
  useEffect(() => {
    if (!options.refetchMs) return;
    const timer = setInterval(
      () => void client.invalidateQueries({ queryKey: analyticsKey(workspaceId, journeyId) }),
      options.refetchMs,
    );
    return () => clearInterval(timer);
  }, [options.refetchMs, client, workspaceId, journeyId]);

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
      setAnnouncement(text);
    },
    [t],
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
