import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../src/imports/run-import.js';
import { createIngestor } from '../src/ingest/create-ingestor.js';
import { openEventStore } from '../src/store/events/event-store.js';
import { insertWorkspace } from '../src/store/meta/accounts.repository.js';
import { migrateMetaDb, openMetaDb } from '../src/store/meta/db.js';

/** A web-analytics export like GA4's: event name, µs timestamp, user pseudo id, page, session. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('event_name,event_timestamp,user_pseudo_id,page_location,ga_session_id\n');
  const t0 = Date.UTC(2026, 0, 1) * 1000;
  const pages = ['/', '/tuotteet/maalit', '/ostoskori', '/kassa', '/tilaus/valmis'];
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const page = pages[i % pages.length];
    buf += `page_view,${t0 + i * 1_000_003},${1_000_000 + (i % 40_000)}.${i % 7},https://kotivari.example${page},${i >> 3}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

/** Peak RSS of this process (Linux VmHWM) in MB. */
function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Imports a generated CSV of `rows` page views with the built-in web-analytics mapping
 * through the real pipeline (validation, mapping rules, pseudonymisation, durable commits)
 * into fresh SQLite and DuckDB files, as `polku import` does.
 */
export async function benchCsvImport(rows: number) {
  const dir = mkdtempSync(join(tmpdir(), 'polku-bench-import-'));
  try {
    const csv = join(dir, 'ga4.csv');
    await writeCsv(csv, rows);
    const db = openMetaDb(join(dir, 'polku.sqlite'));
    await migrateMetaDb(db);
    await insertWorkspace(db, { id: 'ws_bench', name: 'Bench', createdAt: new Date().toISOString() });
    const events = await openEventStore(join(dir, 'events.duckdb'));
    const ingestor = createIngestor({ db, events });
    const t0 = performance.now();
    const report = await runImport({
      ingestor,
      workspaceId: 'ws_bench',
      input: createReadStream(csv),
      path: csv,
      format: 'csv',
      kind: 'events',
      mapping: 'web-analytics',
    });
    const seconds = (performance.now() - t0) / 1000;
    await events.close();
    await db.destroy();
    if (report.stored !== rows) throw new Error(`stored ${report.stored} of ${rows} rows`);
    return {
      rowsPerSecond: rows / seconds,
      megabytes: Math.round(statSync(csv).size / 2 ** 20),
      peakRssMb: peakRssMb(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
