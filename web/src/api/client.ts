import type {
  ApiKey,
  Entity,
  EntityKind,
  EntityTypes,
  Invitation,
  Journey,
  JourneyMap,
  JourneySummary,
  Member,
  PatchBody,
  Session,
  ShareLink,
  Template,
  WorkspaceRef,
} from './types.js';

export interface ApiIssue {
  path: string;
  message: string;
}

/** An error answer from the API, with the entity's current state on a 409. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly current: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

type RevisionListener = (journeyId: string, revision: number) => void;
const revisionListeners = new Set<RevisionListener>();
/** Called with every `x-journey-revision` our own mutations receive. */
export function onOwnRevision(listener: RevisionListener): () => void {
  revisionListeners.add(listener);
  return () => revisionListeners.delete(listener);
}

function journeyIdOf(path: string): string | undefined {
  return /\/journeys\/([^/?]+)/.exec(path)?.[1];
}

/** An `ApiError` from a failed answer's text (JSON error body, or the status text). */
export function apiErrorOf(res: Response, text: string): ApiError {
  let err: { error?: string; message?: string; issues?: ApiIssue[]; current?: unknown } = {};
  try {
    err = text ? JSON.parse(text) : {};
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(
    res.status,
    err.error ?? 'error',
    err.message ?? res.statusText,
    err.issues ?? [],
    err.current,
  );
}

/**
 * A JSON request to the Polku API with the session's CSRF token on changes; a failed answer
 * throws `ApiError` (with the entity's current state on a 409). Every page's API calls go here.
 */
export async function apiRequest<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  const revision = res.headers.get('x-journey-revision');
  const journeyId = journeyIdOf(path);
  if (revision !== null && journeyId) {
    for (const listener of revisionListeners) listener(journeyId, Number(revision));
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (!res.ok) throw apiErrorOf(res, text);
  try {
    return (text ? JSON.parse(text) : null) as T;
  } catch {
    return null as T;
  }
}

const request = apiRequest;

const get = <T>(path: string) => request<T>('GET', path);
const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});
const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, body);
const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
const del = (path: string) => request<void>('DELETE', path);
const enc = encodeURIComponent;

const ws = (w: string) => `/workspaces/${enc(w)}`;
const jp = (w: string, j: string) => `${ws(w)}/journeys/${enc(j)}`;

export const api = {
  session: () => get<Session>('/session'),
  signIn: (email: string, password: string) => post<Session>('/session', { email, password }),
  signOut: () => del('/session'),
  templates: () => get<Template[]>('/templates'),
  workspaces: () => get<WorkspaceRef[]>('/workspaces'),
  createWorkspace: (name: string) => post<WorkspaceRef>('/workspaces', { name }),

  members: (w: string) => get<Member[]>(`${ws(w)}/members`),
  setMemberRole: (w: string, userId: string, role: string) =>
    patch<Member>(`${ws(w)}/members/${enc(userId)}`, { role }),
  removeMember: (w: string, userId: string) => del(`${ws(w)}/members/${enc(userId)}`),
  invitations: (w: string) => get<Invitation[]>(`${ws(w)}/invitations`),
  invite: (w: string, email: string, role: string) =>
    post<{ invitation: Invitation; url: string }>(`${ws(w)}/invitations`, { email, role }),
  revokeInvitation: (w: string, id: string) => del(`${ws(w)}/invitations/${enc(id)}`),
  invitation: (token: string) =>
    get<{ workspaceName: string; email: string; role: string }>(`/invitations/${enc(token)}`),
  acceptInvitation: (token: string, name: string, password: string) =>
    post<Session>(`/invitations/${enc(token)}/accept`, { name, password }),
  apiKeys: (w: string) => get<ApiKey[]>(`${ws(w)}/api-keys`),
  createApiKey: (w: string, name: string, scope: 'read' | 'write') =>
    post<{ apiKey: ApiKey; secret: string }>(`${ws(w)}/api-keys`, { name, scope }),
  revokeApiKey: (w: string, id: string) => del(`${ws(w)}/api-keys/${enc(id)}`),

  journeys: (w: string, archived: boolean) => get<JourneySummary[]>(`${ws(w)}/journeys?archived=${archived}`),
  createJourney: (
    w: string,
    body: { name: string; templateId: string; language?: string; description?: string },
  ) => post<JourneyMap>(`${ws(w)}/journeys`, body),
  importJourney: (w: string, document: unknown) => post<JourneyMap>(`${ws(w)}/journeys/import`, document),
  journeyMap: (w: string, j: string) => get<JourneyMap>(jp(w, j)),
  revision: (w: string, j: string) => get<{ revision: number }>(`${jp(w, j)}/revision`),
  patchJourney: (
    w: string,
    j: string,
    body: {
      version: number;
      name?: string;
      description?: string;
      archived?: boolean;
      translations?: Journey['translations'];
    },
  ) => patch<Journey>(jp(w, j), body),
  duplicateJourney: (w: string, j: string, name?: string) =>
    post<JourneyMap>(`${jp(w, j)}/duplicate`, name ? { name } : {}),
  createToBe: (w: string, j: string) => post<JourneyMap>(`${jp(w, j)}/to-be`),
  deleteJourney: (w: string, j: string) => del(jp(w, j)),

  createEntity: <K extends EntityKind>(w: string, j: string, kind: K, body: EntityTypes[K]['create']) =>
    post<Entity<K>>(`${jp(w, j)}/${kind}`, body),
  patchEntity: <K extends EntityKind>(
    w: string,
    j: string,
    kind: K,
    id: string,
    body: PatchBody<K> & { version: number },
  ) => patch<Entity<K>>(`${jp(w, j)}/${kind}/${enc(id)}`, body),
  deleteEntity: (w: string, j: string, kind: EntityKind, id: string) => del(`${jp(w, j)}/${kind}/${enc(id)}`),
  setEmotion: (w: string, j: string, personaId: string, touchpointId: string, value: number | null) =>
    put<void>(`${jp(w, j)}/emotions`, { personaId, touchpointId, value }),

  shareLinks: (w: string, j: string) => get<ShareLink[]>(`${jp(w, j)}/share-links`),
  createShareLink: (w: string, j: string) =>
    post<{ link: ShareLink; url: string }>(`${jp(w, j)}/share-links`),
  revokeShareLink: (w: string, j: string, id: string) => del(`${jp(w, j)}/share-links/${enc(id)}`),
  sharedMap: (token: string) => get<JourneyMap>(`/share/${enc(token)}`),
};

export function exportUrl(
  w: string,
  j: string,
  format: 'json' | 'svg' | 'pdf',
  size: string,
  lang: string,
): string {
  return `/api${jp(w, j)}/export?format=${format}&size=${size}&lang=${lang}`;
}

export function sharedExportUrl(token: string, format: 'svg' | 'pdf', size: string, lang: string): string {
  return `/api/share/${enc(token)}/export?format=${format}&size=${size}&lang=${lang}`;
}
