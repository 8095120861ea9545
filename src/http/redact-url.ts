/**
 * A request URL fit for logs: secret-bearing query values (`key` ingest keys, `c` survey
 * context tokens, `token`) and the tokens in share, invitation and unsubscribe paths
 * replaced by "…".
 */
export function redactUrl(url: string): string {
  return url
    .replace(/([?&](?:key|c|token)=)[^&#]*/gi, '$1…')
    .replace(/\/(share|invite|invitations|u)\/[^/?#]+/g, '/$1/…');
}
