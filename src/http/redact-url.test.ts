import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.js';

describe('redactUrl', () => {
  it('hides keys, context tokens and path tokens, and keeps the rest', () => {
    expect(redactUrl('/api/ingest/events?key=pk_secret&x=1')).toBe('/api/ingest/events?key=…&x=1');
    expect(redactUrl('/s/sv_1?lang=fi&c=eyJhIjoxfQ.sig')).toBe('/s/sv_1?lang=fi&c=…');
    expect(redactUrl('/api/share/abc123/map')).toBe('/api/share/…/map');
    expect(redactUrl('/u/tok?x=1')).toBe('/u/…?x=1');
    expect(redactUrl('/api/workspaces/ws_1/journeys')).toBe('/api/workspaces/ws_1/journeys');
  });
});
