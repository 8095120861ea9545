import type { Ingestor } from '../ingest/ingestor.js';
import type { IngestResult } from '../ingest/inputs.js';

/** The ingest API takes at most this many items per request. */
const PER_REQUEST = 1000;

export class RemoteIngestError extends Error {}

/**
 * An Ingestor that sends through a running Polku server's ingest API (POST
 * /api/ingest/events and /responses with an ingest key), for importing while the server
 * owns the event store. A chunk goes out as requests of 1,000, a few at a time.
 */
export function remoteIngestor(baseUrl: string, key: string, fetchImpl: typeof fetch = fetch): Ingestor {
  const base = baseUrl.replace(/\/+$/, '');

  async function send(kind: 'events' | 'responses', items: readonly unknown[]): Promise<IngestResult> {
    let res: Response;
    try {
      res = await fetchImpl(`${base}/api/ingest/${kind}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ [kind]: items }),
      });
    } catch (err) {
      throw new RemoteIngestError(
        `cannot reach ${base}: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`,
      );
    }
    const text = await res.text();
    if (!res.ok) {
      let message = text.slice(0, 300);
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? message;
      } catch {}
      throw new RemoteIngestError(`${base} answered ${res.status}: ${message}`);
    }
    return JSON.parse(text) as IngestResult;
  }

  async function ingest(kind: 'events' | 'responses', inputs: readonly unknown[]): Promise<IngestResult> {
    const parts: Promise<IngestResult>[] = [];
    for (let i = 0; i < inputs.length; i += PER_REQUEST)
      parts.push(send(kind, inputs.slice(i, i + PER_REQUEST)));
    const results = await Promise.all(parts);
    const total: IngestResult = { accepted: 0, stored: 0, duplicates: 0, rejected: [], warnings: [] };
    results.forEach((r, n) => {
      total.accepted += r.accepted;
      total.stored += r.stored;
      total.duplicates += r.duplicates;
      for (const x of r.rejected) total.rejected.push({ ...x, index: x.index + n * PER_REQUEST });
      for (const x of r.warnings ?? []) total.warnings.push({ ...x, index: x.index + n * PER_REQUEST });
    });
    return total;
  }

  return {
    ingestEvents: (_ws, inputs) => ingest('events', inputs),
    ingestResponses: (_ws, inputs) => ingest('responses', inputs),
    // The server validates when the rows arrive; a remote dry run shows the inputs as they will be sent.
    async preview(_ws, _kind, inputs) {
      return { rows: inputs.map((i) => ({ ...(i as Record<string, unknown>) })), rejected: [] };
    },
    async flush() {},
    invalidate() {},
  };
}
