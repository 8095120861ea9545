import { apiErrorOf } from '../api/client.js';

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
  if (!res.ok) throw apiErrorOf(res, text);
  if ((res.headers.get('content-type') ?? '').includes('json'))
    return (JSON.parse(text) as { html: string }).html;
  return text;
}
