/**
 * The ingest benchmark: `npm run bench:ingest` (see BENCHMARKS.md).
 *
 * Starts the real server (durability on: every request waits for its DuckDB commit) on a
 * fresh data directory and drives it with autocannon, a real HTTP load generator, from this
 * process: batches of 500 events, then single-event requests (throughput and p50/p99
 * acknowledgement latency). Then the CSV import path, and the server's peak RSS. Prints a
 * markdown table. It is a benchmark, not a test: nothing fails because something is slow.
 *
 * Environment: BENCH_SECONDS (default 10) per HTTP run, BENCH_CONNECTIONS (default 32 for
 * single events, 4 for batches), BENCH_CSV_ROWS (default 1,000,000).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from '../test/e2e/support/server.js';
import { createApiKey, signIn } from '../test/support/http-client.js';
import { benchCsvImport } from './import-csv.js';

const SECONDS = positiveInt(process.env.BENCH_SECONDS, 10);
const CSV_ROWS = positiveInt(process.env.BENCH_CSV_ROWS, 1_000_000);

function positiveInt(v: string | undefined, fallback: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

interface Row {
  what: string;
  value: string;
  target: string;
}

/** Peak resident set size of a process (Linux VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

let sequence = 0;
/** A batch of `n` distinct events as a JSON body. */
function body(n: number): string {
  const r = sequence++;
  const t = Date.now() - 60_000 + r;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(
      `{"id":"b${r}-${i}","touchpoint":"checkout","name":"page_view","customerId":"c${(r * n + i) % 50000}","timestamp":${t + i},"channel":"web","properties":{"region":"Uusimaa"}}`,
    );
  }
  return `{"events":[${parts.join(',')}]}`;
}

/**
 * Bodies are made before the run, so the load generator (on the same two cores) spends its
 * time sending, not building JSON. Each is sent once: every event is new to the server.
 */
function bodies(perRequest: number, count: number): string[] {
  return Array.from({ length: count }, () => body(perRequest));
}

async function load(url: string, key: string, perRequest: number, connections: number, expected: number) {
  const pool = bodies(perRequest, Math.ceil((expected * SECONDS) / perRequest));
  let next = 0;
  const result = await autocannon({
    url: `${url}/api/ingest/events`,
    method: 'POST',
    connections,
    duration: SECONDS,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: pool[next++] ?? body(perRequest) }) }],
  });
  const ok = result['2xx'];
  return {
    requestsPerSecond: ok / SECONDS,
    eventsPerSecond: (ok * perRequest) / SECONDS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

async function main() {
  let server: RunningServer | undefined;
  const rows: Row[] = [];
  try {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } });
    const session = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const journey = await session.json<{ journey: { id: string }; stages: { id: string }[] }>(
      'POST',
      `/api/workspaces/${session.workspaceId}/journeys`,
      { name: 'Bench', templateId: 'awareness-advocacy' },
    );
    await session.json(
      'POST',
      `/api/workspaces/${session.workspaceId}/journeys/${journey.journey.id}/touchpoints`,
      {
        name: 'Checkout',
        key: 'checkout',
        stageId: journey.stages[2]?.id,
        channel: 'web',
      },
    );
    const key = await createApiKey(session, 'ingest');
    // Warm-up: JIT, caches, DuckDB's first row group.
    await load(server.url, key, 500, 2, 20_000).catch(() => undefined);

    const batches = await load(server.url, key, 500, positiveInt(process.env.BENCH_CONNECTIONS, 4), 80_000);
    rows.push({
      what: 'batches of 500 events through HTTP',
      value: `${Math.round(batches.eventsPerSecond).toLocaleString('en')} events/s (p50 ${batches.p50} ms, p99 ${batches.p99} ms per batch, ${batches.errors} errors)`,
      target: '≥ 50,000 events/s',
    });
    const single = await load(server.url, key, 1, positiveInt(process.env.BENCH_CONNECTIONS, 32), 4_000);
    rows.push({
      what: 'single-event requests',
      value: `${Math.round(single.requestsPerSecond).toLocaleString('en')} requests/s, p50 ${single.p50} ms, p99 ${single.p99} ms (${single.errors} errors)`,
      target: '≥ 2,000/s, p99 ≤ 20 ms',
    });
    rows.push({ what: 'server peak RSS after HTTP runs', value: `${peakRssMb(server.pid)} MB`, target: '' });
    await server.stop();
    server = undefined;

    const csv = await benchCsvImport(CSV_ROWS).catch((err: Error) => {
      rows.push({ what: 'CSV import', value: `failed: ${err.message}`, target: '≥ 200,000 rows/s' });
      return null;
    });
    if (csv)
      rows.push({
        what: `CSV import, ${CSV_ROWS.toLocaleString('en')} rows (${csv.megabytes} MB), one process`,
        value: `${Math.round(csv.rowsPerSecond).toLocaleString('en')} rows/s (peak RSS ${csv.peakRssMb} MB)`,
        target: '≥ 200,000 rows/s',
      });
  } finally {
    await server?.stop();
  }
  console.log(
    `\nIngest benchmark: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${SECONDS} s per HTTP run, durability on\n`,
  );
  console.log('| measure | result | target |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.target} |`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
