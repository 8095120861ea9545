/**
 * The respondent pages' own Content-Security-Policy: inline CSS only, forms post to us,
 * our own scripts (the embed-done signal) and nothing else.
 */
export const RESPONDENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; img-src 'self' data:; script-src 'self'; base-uri 'none'";

/** Security headers of one respondent response: embedded pages may be framed by any site. */
export function respondentHeaders(embed: boolean): Record<string, string> {
  return {
    'content-security-policy': `${RESPONDENT_CSP}; frame-ancestors ${embed ? '*' : "'self'"}`,
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
    'referrer-policy': 'no-referrer',
  };
}
