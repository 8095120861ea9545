import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startServer } from '../e2e/support/server.js';
import { createApiKey, signIn } from '../support/http-client.js';

/**
 * The durability promise of the ingest API: an event is acknowledged only after it is
 * committed, so `kill -9` in the middle of a steady ingest loses no acknowledged event,
 * and a client that resends what was not acknowledged ends with every event exactly once.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'polku-durability-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Batch = { id: string; name: string; timestamp: number; touchpoint: string }[];

function batch(writer: number, n: number): Batch {
  const base = Date.UTC(2026, 4, 1) + (writer * 1_000_000 + n) * 100;
  return Array.from({ length: 100 }, (_, i) => ({
    id: `w${writer}-${n}-${i}`,
    name: 'page_view',
    timestamp: base + i,
    touchpoint: 'web-browse',
  }));
}

async function post(url: string, key: string, events: Batch): Promise<boolean> {
  const res = await fetch(`${url}/api/ingest/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  if (res.status !== 200) throw new Error(`ingest answered ${res.status}`);
  const body = (await res.json()) as { accepted: number };
  return body.accepted === events.length;
}

describe('ingest durability', () => {
  it('keeps every acknowledged event exactly once across a SIGKILL and a client resend', async () => {
    const first = await startServer({ dataDir });
    const session = await signIn(first.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const key = await createApiKey(session, 'ingest');

    const acknowledged: Batch[] = [];
    const unacknowledged: Batch[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let n = 0; ; n += 1) {
        const events = batch(w, n);
        if (stop) return;
        try {
          if (await post(first.url, key, events)) acknowledged.push(events);
        } catch {
          unacknowledged.push(events);
          return;
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    // Kill once a steady stream has been acknowledged.
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
    await first.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(unacknowledged.length).toBeGreaterThan(0); // requests were in flight when it died

    // Restart on the same files; the client resends what it never heard back about.
    const second = await startServer({ dataDir });
    for (const events of unacknowledged) expect(await post(second.url, key, events)).toBe(true);
    await second.stop();

    const db = await DuckDBInstance.create(join(dataDir, 'events.duckdb'));
    const conn = await db.connect();
    const rows = (
      await conn.runAndReadAll("SELECT id, count(*)::INTEGER FROM events WHERE id LIKE 'w%' GROUP BY id")
    ).getRowsJS();
    conn.closeSync();
    db.closeSync();
    const counts = new Map(rows.map(([id, n]) => [String(id), Number(n)]));
    const missing = acknowledged.flat().filter((e) => counts.get(e.id) !== 1);
    expect(missing).toEqual([]);
    const resent = unacknowledged.flat().filter((e) => counts.get(e.id) !== 1);
    expect(resent).toEqual([]);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe((acknowledged.length + unacknowledged.length) * 100);
  }, 120_000);
});
