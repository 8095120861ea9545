import type { MappingRule, WorkspaceSettings } from '../../../src/domain/workspace/settings.js';
import { apiRequest } from '../api/client.js';
import type { ApiKey } from '../api/types.js';

export type { MappingRule, WorkspaceSettings };

export interface VolumePoint {
  at: string;
  total: number;
  bySource: Record<string, number>;
}
export interface VolumeReport {
  bucket: 'day' | 'hour';
  since: string;
  sources: string[];
  series: VolumePoint[];
  totals: {
    events: number;
    responses: number;
    bySource: Record<string, { events: number; responses: number }>;
  };
}
export interface Rejection {
  at: string;
  source: string;
  position: number;
  field: string;
  reason: string;
  payload: string;
}
export interface LatestResponse {
  id: string;
  surveyId: string | null;
  ts: string;
  audience: 'customer' | 'employee';
  level: 'touchpoint' | 'journey' | 'relationship';
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  language: string;
  channel: string | null;
  source: string;
  complete: boolean;
}
export interface TouchpointData {
  touchpointId: string;
  events: number;
  responses: number;
  latest: LatestResponse[];
}
export interface TouchpointKey {
  key: string;
  name: string;
  channel: string;
  journeyId: string;
  journeyName: string;
}
export type KeyScope = 'read' | 'write' | 'ingest';

const enc = encodeURIComponent;
const ws = (w: string) => `/workspaces/${enc(w)}`;

/** The data page's, the touchpoint panel's and the data-collection settings' API calls. */
export const dataApi = {
  volume: (w: string, days: number, bucket: 'day' | 'hour') =>
    apiRequest<VolumeReport>('GET', `${ws(w)}/data/volume?days=${days}&bucket=${bucket}`),
  rejections: (w: string, limit: number) =>
    apiRequest<{ rejections: Rejection[] }>('GET', `${ws(w)}/ingest/rejections?limit=${limit}`),
  touchpointData: (w: string, j: string, tp: string) =>
    apiRequest<TouchpointData>('GET', `${ws(w)}/journeys/${enc(j)}/touchpoints/${enc(tp)}/data`),
  touchpointKeys: (w: string) =>
    apiRequest<{ touchpoints: TouchpointKey[] }>('GET', `${ws(w)}/data/touchpoints`),
  settings: (w: string) => apiRequest<WorkspaceSettings>('GET', `${ws(w)}/settings`),
  patchSettings: (w: string, patch: Partial<WorkspaceSettings>) =>
    apiRequest<WorkspaceSettings>('PATCH', `${ws(w)}/settings`, patch),
  createApiKey: (w: string, name: string, scope: KeyScope) =>
    apiRequest<{ apiKey: ApiKey; secret: string }>('POST', `${ws(w)}/api-keys`, { name, scope }),
};
export type DataApi = typeof dataApi;

/** The data API (the API client holds the session's CSRF token). */
export function useDataApi(): DataApi {
  return dataApi;
}
