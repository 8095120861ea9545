import type { Language } from '../domain/journey/vocabulary.js';

/**
 * The public link of a survey: `<base>/s/<surveyId>`, with an optional signed context token
 * (`c=`) and language (`lang=`). Used for invitations, QR codes and the builder.
 */
export function surveyLink(
  baseUrl: string,
  surveyId: string,
  opts: { token?: string; lang?: Language; embed?: boolean } = {},
): string {
  const params = new URLSearchParams();
  if (opts.token) params.set('c', opts.token);
  if (opts.lang) params.set('lang', opts.lang);
  if (opts.embed) params.set('embed', '1');
  const query = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}/s/${encodeURIComponent(surveyId)}${query ? `?${query}` : ''}`;
}
