import { useMemo } from 'react';
import type { MappingRule, WorkspaceSettings } from '../../../src/domain/workspace/settings.js';
import { ApiError, type ApiIssue } from '../api/client.js';
import type { ApiKey } from '../api/types.js';
import { useSession } from '../hooks/use-session.js';

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

async function request<T>(
  csrf: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(`/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = (data ?? {}) as { error?: string; message?: string; issues?: ApiIssue[] };
    throw new ApiError(res.status, err.error ?? 'error', err.message ?? res.statusText, err.issues ?? []);
  }
  return data as T;
}

const enc = encodeURIComponent;
const ws = (w: string) => `/workspaces/${enc(w)}`;

/** The data page's, the touchpoint panel's and the data-collection settings' API calls. */
export function dataApi(csrf: string) {
  return {
    volume: (w: string, days: number, bucket: 'day' | 'hour') =>
      request<VolumeReport>(csrf, 'GET', `${ws(w)}/data/volume?days=${days}&bucket=${bucket}`),
    rejections: (w: string, limit: number) =>
      request<{ rejections: Rejection[] }>(csrf, 'GET', `${ws(w)}/ingest/rejections?limit=${limit}`),
    touchpointData: (w: string, j: string, tp: string) =>
      request<TouchpointData>(csrf, 'GET', `${ws(w)}/journeys/${enc(j)}/touchpoints/${enc(tp)}/data`),
    touchpointKeys: (w: string) =>
      request<{ touchpoints: TouchpointKey[] }>(csrf, 'GET', `${ws(w)}/data/touchpoints`),
    settings: (w: string) => request<WorkspaceSettings>(csrf, 'GET', `${ws(w)}/settings`),
    patchSettings: (w: string, patch: Partial<WorkspaceSettings>) =>
      request<WorkspaceSettings>(csrf, 'PATCH', `${ws(w)}/settings`, patch),
    createApiKey: (w: string, name: string, scope: KeyScope) =>
      request<{ apiKey: ApiKey; secret: string }>(csrf, 'POST', `${ws(w)}/api-keys`, { name, scope }),
  };
}
export type DataApi = ReturnType<typeof dataApi>;

/** The data API with the signed-in session's CSRF token. */
export function useDataApi(): DataApi {
  const token = useSession().data?.csrfToken ?? '';
  return useMemo(() => dataApi(token), [token]);
}
