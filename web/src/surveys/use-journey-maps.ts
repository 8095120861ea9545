import { useQueries } from '@tanstack/react-query';
import { api } from '../api/client.js';
import type { JourneyMap } from '../api/types.js';

/** The maps of these journeys (to name the touchpoints surveys are bound to), by journey id. */
export function useJourneyMaps(workspaceId: string, journeyIds: readonly string[]): Map<string, JourneyMap> {
  const unique = [...new Set(journeyIds)].sort();
  const results = useQueries({
    queries: unique.map((j) => ({
      queryKey: ['map', workspaceId, j],
      queryFn: () => api.journeyMap(workspaceId, j),
      staleTime: 60_000,
    })),
  });
  const out = new Map<string, JourneyMap>();
  results.forEach((r, i) => {
    const id = unique[i];
    if (r.data && id) out.set(id, r.data);
  });
  return out;
}
