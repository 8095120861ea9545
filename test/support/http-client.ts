/** A signed-in client of a running Polku server (real HTTP), for tests and benchmarks. */
export interface HttpSession {
  url: string;
  cookie: string;
  csrf: string;
  workspaceId: string;
  /** JSON request with the session cookie and CSRF header; throws on a non-2xx answer. */
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function signIn(url: string, email: string, password: string): Promise<HttpSession> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const view = (await res.json()) as { csrfToken: string; workspaces: { id: string }[] };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session: HttpSession = {
    url,
    cookie,
    csrf: view.csrfToken,
    workspaceId: view.workspaces[0]?.id ?? '',
    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
      const r = await fetch(`${url}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': view.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
  if (!session.workspaceId) {
    const ws = await session.json<{ id: string }>('POST', '/api/workspaces', { name: 'Test workspace' });
    session.workspaceId = ws.id;
  }
  return session;
}

/** Creates an API key of the session's workspace and returns its secret. */
export async function createApiKey(s: HttpSession, scope: 'read' | 'write' | 'ingest'): Promise<string> {
  const res = await s.json<{ secret: string }>('POST', `/api/workspaces/${s.workspaceId}/api-keys`, {
    name: `${scope} key`,
    scope,
  });
  return res.secret;
}
