import { ApiError, type ApiIssue } from '../api/client.js';

/**
 * A JSON request to the Polku API for the survey pages, with the session's CSRF token on
 * mutations. Errors become `ApiError` (with `current` on a 409), as in `api/client.ts`.
 */
export async function surveyRequest<T>(
  csrfToken: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
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
    signal,
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const err = (data ?? {}) as { error?: string; message?: string; issues?: ApiIssue[]; current?: unknown };
    throw new ApiError(
      res.status,
      err.error ?? 'error',
      err.message ?? res.statusText,
      err.issues ?? [],
      err.current,
    );
  }
  return data as T;
}

/** A POST answered with an HTML page (the respondent page preview); errors as `ApiError`. */
export async function htmlRequest(
  csrfToken: string,
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<string> {
  const res = await fetch(`/api${path}`, {
    method: 'POST',
    headers: { accept: 'text/html', 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    credentials: 'same-origin',
    body: JSON.stringify(body),
    signal,
  });
  const text = await res.text();
  if (!res.ok) {
    let err: { error?: string; message?: string; issues?: ApiIssue[] } = {};
    try {
      err = JSON.parse(text);
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiError(res.status, err.error ?? 'error', err.message ?? res.statusText, err.issues ?? []);
  }
  if ((res.headers.get('content-type') ?? '').includes('json'))
    return (JSON.parse(text) as { html: string }).html;
  return text;
}
