import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DriversResult } from '../../../src/analytics/drivers.js';
import type { AnalysisRequest } from '../../../src/analytics/request.js';
import type { ScorecardsResult } from '../../../src/analytics/scorecards.schema.js';
import type { TrendResult } from '../../../src/analytics/trends.js';
import { apiRequest } from '../api/client.js';

export type { AnalysisRequest, DriversResult, ScorecardsResult, TrendResult };

/** A request as the app builds it (zod defaults filled in by the server). */
export type AnalysisBody = Partial<AnalysisRequest>;

const path = (w: string, j: string) =>
  `/workspaces/${encodeURIComponent(w)}/journeys/${encodeURIComponent(j)}/analytics`;

/** The query key of every analysis of a journey starts with this: live updates invalidate it. */
export const analyticsKey = (w: string, j: string) => ['analytics', w, j] as const;

/** One analysis through the one pipeline (POST …/analytics/:kind); keeps showing the last result while refetching. */
export function useAnalysis<T>(
  workspaceId: string,
  journeyId: string,
  kind: string,
  body: AnalysisBody,
  enabled = true,
) {
  return useQuery({
    queryKey: [...analyticsKey(workspaceId, journeyId), kind, body],
    queryFn: ({ signal }) => apiRequest<T>('POST', `${path(workspaceId, journeyId)}/${kind}`, body, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}

export const useScorecards = (w: string, j: string, body: AnalysisBody, enabled = true) =>
  useAnalysis<ScorecardsResult>(w, j, 'scorecards', body, enabled);
export const useTrends = (w: string, j: string, body: AnalysisBody, enabled = true) =>
  useAnalysis<TrendResult>(w, j, 'trends', body, enabled);
export const useDrivers = (w: string, j: string, body: AnalysisBody, enabled = true) =>
  useAnalysis<DriversResult>(w, j, 'drivers', body, enabled);

/** What a live notice says (see src/analytics/live.ts). */
export interface JourneyChange {
  journeyId: string;
  at: string;
  events: number;
  responses: number;
  touchpoints: Record<string, { events: number; responses: number }>;
}

/**
 * Subscribes to the journey's server-sent events: on each change every analysis of the
 * journey is refetched (shown data stays until the new arrives), and `onChange` hears it.
 */
export function useLiveJourney(
  workspaceId: string,
  journeyId: string,
  onChange?: (c: JourneyChange) => void,
) {
  const client = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api${path(workspaceId, journeyId).replace(/\/analytics$/, '')}/live`);
    const listener = (e: MessageEvent<string>) => {
      void client.invalidateQueries({ queryKey: analyticsKey(workspaceId, journeyId) });
      try {
        onChange?.(JSON.parse(e.data) as JourneyChange);
      } catch {
        // a malformed notice still refreshes
      }
    };
    source.addEventListener('change', listener);
    return () => {
      source.removeEventListener('change', listener);
      source.close();
    };
  }, [client, workspaceId, journeyId, onChange]);
}
