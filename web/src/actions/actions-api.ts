import { useQuery } from '@tanstack/react-query';
import type { ActionImpact } from '../../../src/analytics/action-impact.js';
import type {
  ActionCreate,
  ActionPatch,
  ImprovementAction,
} from '../../../src/domain/actions/action.schema.js';
import { apiRequest } from '../api/client.js';

const enc = encodeURIComponent;
const base = (w: string) => `/workspaces/${enc(w)}/actions`;

export const actionsApi = {
  list: (w: string, query: string) =>
    apiRequest<{ actions: ImprovementAction[] }>('GET', `${base(w)}?${query}`),
  create: (w: string, body: Partial<ActionCreate>) => apiRequest<ImprovementAction>('POST', base(w), body),
  patch: (w: string, id: string, body: ActionPatch) =>
    apiRequest<ImprovementAction>('PATCH', `${base(w)}/${enc(id)}`, body),
  remove: (w: string, id: string) => apiRequest<void>('DELETE', `${base(w)}/${enc(id)}`),
  impact: (w: string, id: string, days?: number) =>
    apiRequest<ActionImpact>('GET', `${base(w)}/${enc(id)}/impact${days ? `?days=${days}` : ''}`),
};

/** The journey's actions under way (planned or in progress), for the map's markers. */
export function useActionsUnderWay(workspaceId: string, journeyId: string) {
  return useQuery({
    queryKey: ['actions', workspaceId, journeyId, 'under-way'],
    queryFn: () => actionsApi.list(workspaceId, `journeyId=${enc(journeyId)}&status=planned,in_progress`),
  });
}
