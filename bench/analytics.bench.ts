/**
 * The analytics benchmark: `npm run bench` (see BENCHMARKS.md "Analytics").
 *
 * Generates deterministic data (bench/analytics-data.ts) on the demo journey at 1 M and
 * 10 M events (BENCH_SIZES=1,10,100 for 100 M too), then for each size:
 * - times, through the real HTTP API of the real server, the full journey dashboard
 *   (`POST …/analytics`: scorecards, funnel, time between stages, waiting phases, top paths,
 *   trend, drivers, themes for one touchpoint) and each analysis alone (median of BENCH_RUNS);
 * - runs the very SQL those analyses compiled straight on DuckDB (same file, same memory
 *   limit and threads) to report our overhead as a ratio;
 * - reports the server's peak RSS.
 * Prints a markdown table. Nothing fails because something is slow.
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ANALYSES, ANALYSIS_KINDS } from '../src/analytics/analyze.js';
import type { SqlEngine, SqlParams } from '../src/analytics/engine.js';
import { type AnalysisRequest, AnalysisRequest as RequestSchema, toQuery } from '../src/analytics/request.js';
import type { JourneyMap } from '../src/domain/journey/journey.schema.js';
import { openEventStore } from '../src/store/events/event-store.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startServer } from '../test/e2e/support/server.js';
import { signIn } from '../test/support/http-client.js';
import { generateBenchData } from './analytics-data.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1,10').split(',').map((s) => Number(s) * 1_000_000);
const START = new Date('2026-01-01T00:00:00Z');
const DB_OPTS = { memory_limit: '1GB', threads: '2' };

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main() {
  const dataDir = join(os.tmpdir(), `polku-bench-analytics-${process.pid}`);
  let server = await startServer({ dataDir, env: { POLKU_DEMO: 'on', LOG_LEVEL: 'silent' } });
  const session = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const ws = session.workspaceId;
  const journeys = await session.json<{ id: string }[]>('GET', `/api/workspaces/${ws}/journeys`);
  const journeyId = journeys[0]?.id as string;
  const map = await session.json<JourneyMap>('GET', `/api/workspaces/${ws}/journeys/${journeyId}`);
  await server.stop();
  const stagePos = new Map(map.stages.map((s) => [s.id, s.position]));
  const touchpoints = [...map.touchpoints]
    .sort(
      (a, b) => (stagePos.get(a.stageId) ?? 0) - (stagePos.get(b.stageId) ?? 0) || a.position - b.position,
    )
    .map((t) => ({ id: t.id, key: t.key, stageId: t.stageId, channel: t.channel }));
  const wait = map.touchpoints.find((t) => t.key === 'delivery-wait')?.id;
  const body: AnalysisRequest = RequestSchema.parse({
    period: { from: START.toISOString(), to: new Date(START.getTime() + 200 * 86_400_000).toISOString() },
    compareTo: 'previous',
    granularity: 'week',
    ...(wait ? { touchpointId: wait } : {}),
  });
  const file = join(dataDir, 'events.duckdb');
  const rows: string[] = [];
  let generated = 0;
  for (const size of SIZES) {
    const t0 = performance.now();
    {
      const instance = await DuckDBInstance.create(file, DB_OPTS);
      const conn = await instance.connect();
      await generateBenchData(conn, {
        workspaceId: ws,
        journeyId,
        touchpoints,
        from: generated,
        to: size,
        start: START,
      });
      await conn.run('CHECKPOINT');
      conn.closeSync();
      instance.closeSync();
    }
    generated = size;
    const genS = (performance.now() - t0) / 1000;

    // The SQL the pipeline compiles, recorded in-process, then run straight on DuckDB.
    const calls: { kind: string; sql: string; params: SqlParams }[] = [];
    {
      const store = await openEventStore(file, { memoryLimit: '1GB', threads: 2 });
      const input = { query: toQuery(body, ws, journeyId, new Date()), map, privacyMinimum: 5 };
      for (const kind of ANALYSIS_KINDS) {
        const engine: SqlEngine = {
          select: (sql, params = {}) => {
            calls.push({ kind, sql, params });
            return store.select(sql, params);
          },
        };
        await ANALYSES[kind](engine, input, body);
      }
      await store.close();
    }
    const raw = new Map<string, number[]>();
    {
      const instance = await DuckDBInstance.create(file, DB_OPTS);
      const conn = await instance.connect();
      for (let run = 0; run < RUNS + 1; run++) {
        let total = 0;
        for (const c of calls) {
          const ms = await timed(() => conn.runAndReadAll(c.sql, c.params));
          total += ms;
          if (run > 0) raw.set(c.sql, [...(raw.get(c.sql) ?? []), ms]);
        }
        if (run > 0) raw.set('dashboard', [...(raw.get('dashboard') ?? []), total]);
      }
      conn.closeSync();
      instance.closeSync();
    }

    server = await startServer({ dataDir, env: { POLKU_DEMO: 'off', LOG_LEVEL: 'silent' } });
    const s = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const url = (kind?: string) =>
      `/api/workspaces/${ws}/journeys/${journeyId}/analytics${kind ? `/${kind}` : ''}`;
    await s.json('POST', url(), body); // warm-up: file pages and plans
    const api = async (kind?: string) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timed(() => s.json('POST', url(kind), body)));
      return median(times);
    };
    const label = `${(size / 1e6).toFixed(0)} M`;
    const dash = await api();
    const rawDash = median(raw.get('dashboard') ?? [0]);
    rows.push(
      `| ${label} | **full dashboard** | ${dash.toFixed(0)} ms | ${rawDash.toFixed(0)} ms | ${(dash / rawDash).toFixed(2)}× |`,
    );
    for (const kind of ANALYSIS_KINDS) {
      const ms = await api(kind);
      const rawMs = calls
        .filter((c) => c.kind === kind)
        .reduce((sum, c) => sum + median(raw.get(c.sql) ?? [0]), 0);
      rows.push(
        `| ${label} | ${kind} | ${ms.toFixed(0)} ms | ${rawMs.toFixed(0)} ms | ${rawMs > 0 ? (ms / rawMs).toFixed(2) : '—'}× |`,
      );
    }
    rows.push(`| ${label} | server peak RSS | ${peakRssMb(server.pid)} MB | | |`);
    rows.push(`| ${label} | data generation | ${genS.toFixed(1)} s | | |`);
    await server.stop();
  }
  console.log(
    `\nAnalytics benchmark: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, median of ${RUNS}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| events | query | through the HTTP API | same SQL on DuckDB | overhead |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of rows) console.log(r);
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
