/**
 * The editor performance benchmark: `npm run bench:editor` (see BENCHMARKS.md).
 *
 * Starts the real server with a fresh data directory, imports generated maps through the
 * API (12 stages × 200 touchpoints, and 6 × 20 for contrast) and measures in Chromium how
 * long the editor takes to open a map and to save an edit and a keyboard move, plus the
 * map API's response time and the size of the app's JavaScript. Prints markdown tables.
 *
 * It is a benchmark, not a test: nothing fails because something is slow. Every wait is
 * bounded, and the server and browser are stopped at the end, also on errors.
 *
 * Environment: BENCH_RUNS (default 5) browser runs per map, BENCH_API_RUNS (default 10),
 * BENCH_TRACE=0 to skip the traced open of the large map (a Chromium performance trace,
 * summarised as main-thread time per kind of work).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from '../test/e2e/support/server.js';
import { benchMapDocument, type MapInput } from './map-document.js';
import {
  type ActionTiming,
  installProbe,
  NAME_SHIM,
  type ProbeState,
  startWatch,
  type WatchArgs,
} from './probe.js';
import { summariseTrace, TRACE_CATEGORIES, type TraceSummary } from './trace.js';

const TRACE = process.env.BENCH_TRACE !== '0';
const RUNS = positiveInt(process.env.BENCH_RUNS, 5);
const API_RUNS = positiveInt(process.env.BENCH_API_RUNS, 10);
const OPEN_TIMEOUT_MS = 120_000;
const ACTION_TIMEOUT_MS = 30_000;
/** The whole benchmark gives up after this long (the cleanup still runs). */
const OVERALL_TIMEOUT_MS = 20 * 60_000;
const VIEWPORT = { width: 1500, height: 950 };

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const webDist = join(repoRoot, 'dist', 'web');

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

// ---- small helpers ----------------------------------------------------------------------

interface Stat {
  median: number;
  max: number;
  n: number;
}

function stat(values: readonly number[]): Stat | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, max: sorted.at(-1) ?? 0, n: sorted.length };
}

const ms = (v: number) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (data: Buffer | string) => gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---- the API ----------------------------------------------------------------------------

interface Session {
  /** the polku_session cookie's value, and the cookie as a request header */
  token: string;
  cookie: string;
  csrfToken: string;
  workspaceId: string;
}

interface TouchpointRow {
  id: string;
  stageId: string;
  name: string;
  position: number;
}

interface ImportedMap {
  journeyId: string;
  stageIds: string[];
  /** touchpoints by stage (stages in display order), each list in display order */
  touchpointsByStage: TouchpointRow[][];
  touchpointCount: number;
}

async function api(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown; session?: Session } = {},
): Promise<{ status: number; headers: Headers; text: string }> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.session) {
    headers.cookie = init.session.cookie;
    headers['x-csrf-token'] = init.session.csrfToken;
  }
  const res = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function signIn(baseUrl: string): Promise<Session> {
  const res = await api(baseUrl, '/api/session', {
    method: 'POST',
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
  const token = res.headers
    .getSetCookie()
    .map((c) => /^polku_session=([^;]+)/.exec(c)?.[1])
    .find((v) => v !== undefined);
  if (!token) throw new Error('sign-in did not set the polku_session cookie');
  const body: unknown = JSON.parse(res.text);
  if (!isRecord(body) || typeof body.csrfToken !== 'string') throw new Error('sign-in gave no csrfToken');
  const cookie = `polku_session=${token}`;
  const who: unknown = JSON.parse(
    (
      await api(baseUrl, '/api/session', {
        session: { token, cookie, csrfToken: body.csrfToken, workspaceId: '' },
      })
    ).text,
  );
  const workspaces = isRecord(who) && Array.isArray(who.workspaces) ? who.workspaces : [];
  const first: unknown = workspaces[0];
  if (!isRecord(first) || typeof first.id !== 'string') throw new Error('the admin has no workspace');
  return { token, cookie, csrfToken: body.csrfToken, workspaceId: first.id };
}

function rows(value: unknown, what: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new Error(`import answer: ${what} is not a list`);
  return value.filter(isRecord);
}

async function importMap(baseUrl: string, session: Session, doc: MapInput): Promise<ImportedMap> {
  const res = await api(baseUrl, `/api/workspaces/${session.workspaceId}/journeys/import`, {
    method: 'POST',
    body: doc,
    session,
  });
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${res.text.slice(0, 500)}`);
  const map: unknown = JSON.parse(res.text);
  if (!isRecord(map) || !isRecord(map.journey) || typeof map.journey.id !== 'string')
    throw new Error('import answer has no journey id');
  const stages = rows(map.stages, 'stages')
    .map((s) => ({ id: String(s.id), position: Number(s.position) }))
    .sort((a, b) => a.position - b.position);
  const touchpoints: TouchpointRow[] = rows(map.touchpoints, 'touchpoints').map((t) => ({
    id: String(t.id),
    stageId: String(t.stageId),
    name: String(t.name),
    position: Number(t.position),
  }));
  const touchpointsByStage = stages.map((s) =>
    touchpoints.filter((t) => t.stageId === s.id).sort((a, b) => a.position - b.position),
  );
  return {
    journeyId: map.journey.id,
    stageIds: stages.map((s) => s.id),
    touchpointsByStage,
    touchpointCount: touchpoints.length,
  };
}

interface ApiResult {
  times: number[];
  bytes: number;
  gzipBytes: number;
}

async function timeMapApi(baseUrl: string, session: Session, journeyId: string): Promise<ApiResult> {
  const path = `/api/workspaces/${session.workspaceId}/journeys/${journeyId}`;
  const warm = await api(baseUrl, path, { session });
  if (warm.status !== 200) throw new Error(`GET map failed: ${warm.status}`);
  const times: number[] = [];
  for (let i = 0; i < API_RUNS; i++) {
    const start = performance.now();
    const res = await api(baseUrl, path, { session });
    times.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`GET map failed: ${res.status}`);
  }
  return { times, bytes: Buffer.byteLength(warm.text), gzipBytes: gzip(warm.text) };
}

// ---- the browser ------------------------------------------------------------------------

interface OpenTiming {
  /** wall clock around page.goto + waiting in Playwright */
  wall: number;
  /** navigation start → every card in the DOM (page clock) */
  cardsInDom: number;
  /** navigation start → the first frame after that */
  firstFrame: number;
  /** the map GET: request start and response end (page clock) */
  mapRequestStart: number;
  mapResponseEnd: number;
  /** long tasks during the open, summed, and the longest */
  longTaskMs: number;
  longestTaskMs: number;
  scriptUrls: string[];
}

interface ActionResult {
  visible: number;
  saved: number;
  request: number;
  longTaskMs: number;
  timedOut: boolean;
}

interface RunResult {
  open: OpenTiming;
  warmOpen: OpenTiming;
  select: number;
  edit: ActionResult;
  move: ActionResult | null;
}

interface OpenSnapshot {
  probe: Pick<ProbeState, 'cardsAt' | 'frameAt' | 'longTasks'>;
  map: { startTime: number; responseEnd: number } | null;
}

async function openEditor(
  page: Page,
  baseUrl: string,
  session: Session,
  map: ImportedMap,
): Promise<OpenTiming> {
  const scripts = new Set<string>();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  const start = performance.now();
  await page.goto(`${baseUrl}/w/${session.workspaceId}/j/${map.journeyId}`, { timeout: OPEN_TIMEOUT_MS });
  await page.waitForFunction(() => window.__bench?.frameAt !== null, undefined, {
    timeout: OPEN_TIMEOUT_MS,
    polling: 50,
  });
  const wall = performance.now() - start;
  const snap = await page.evaluate((journeyPath): OpenSnapshot => {
    const b = window.__bench;
    const entry = performance
      .getEntriesByType('resource')
      .find((e): e is PerformanceResourceTiming => e.name.endsWith(journeyPath));
    return {
      probe: { cardsAt: b?.cardsAt ?? null, frameAt: b?.frameAt ?? null, longTasks: b?.longTasks ?? [] },
      map: entry ? { startTime: entry.startTime, responseEnd: entry.responseEnd } : null,
    };
  }, `/journeys/${map.journeyId}`);
  const frameAt = snap.probe.frameAt ?? Number.NaN;
  const openTasks = snap.probe.longTasks.filter((t) => t.start <= frameAt);
  return {
    wall,
    cardsInDom: snap.probe.cardsAt ?? Number.NaN,
    firstFrame: frameAt,
    mapRequestStart: snap.map?.startTime ?? Number.NaN,
    mapResponseEnd: snap.map?.responseEnd ?? Number.NaN,
    longTaskMs: openTasks.reduce((sum, t) => sum + t.duration, 0),
    longestTaskMs: openTasks.reduce((m, t) => Math.max(m, t.duration), 0),
    scriptUrls: [...scripts],
  };
}

function actionResult(t: ActionTiming): ActionResult {
  const input = t.input ?? Number.NaN;
  return {
    visible: (t.visible ?? Number.NaN) - input,
    saved: (t.saved ?? Number.NaN) - input,
    request: (t.responseEnd ?? Number.NaN) - (t.requestStart ?? Number.NaN),
    longTaskMs: t.longTaskMs,
    timedOut: t.timedOut,
  };
}

/** Starts watching for the next key press's or click's effect (before pressing it). */
function watch(page: Page, args: WatchArgs): Promise<void> {
  return page.evaluate(startWatch, args);
}

async function awaitWatch(page: Page): Promise<ActionTiming> {
  return withTimeout(
    page.evaluate(() => {
      const pending = window.__bench?.pending;
      if (!pending) throw new Error('no watch started');
      return pending;
    }),
    ACTION_TIMEOUT_MS + 5_000,
    'waiting for the save',
  );
}

/** One run: a fresh browser context (cold cache), open the map, rename a touchpoint, move one. */
async function runOnce(
  browser: Browser,
  baseUrl: string,
  session: Session,
  map: ImportedMap,
  run: number,
): Promise<RunResult> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addCookies([{ name: 'polku_session', value: session.token, url: baseUrl }]);
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installProbe, map.touchpointCount);
    const page = await context.newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    page.on('pageerror', (err) => console.error(`  page error: ${err.message}`));
    const open = await openEditor(page, baseUrl, session, map);

    // (b) rename a touchpoint in the side panel; time Enter → board shows it → saved
    const stageList = map.touchpointsByStage[run % map.touchpointsByStage.length] ?? [];
    const target = stageList[Math.floor(stageList.length / 2)];
    if (!target) throw new Error('no touchpoint to edit');
    await watch(page, {
      target: { kind: 'panel', name: target.name },
      patchPath: null,
      timeoutMs: ACTION_TIMEOUT_MS,
    });
    await page.locator(`#tp-${target.id}`).click();
    const selected = await awaitWatch(page);
    const select = (selected.visible ?? Number.NaN) - (selected.input ?? Number.NaN);
    const field = page.locator('#tp-field-name');
    const newName = `${target.name} (edited ${run + 1})`;
    await field.fill(newName);
    await watch(page, {
      target: { kind: 'cardName', cardDomId: `tp-${target.id}`, name: newName },
      patchPath: `/touchpoints/${target.id}`,
      timeoutMs: ACTION_TIMEOUT_MS,
    });
    await field.press('Enter');
    const edit = actionResult(await awaitWatch(page));

    // (c) keyboard move: Alt+ArrowRight moves a card one slot later in its stage
    let move: ActionResult | null = null;
    const mover = stageList[Math.floor(stageList.length / 2) + 1 - (stageList.length > 2 ? 2 : 0)];
    if (mover && stageList.length >= 2) {
      const button = page.locator(`#tp-${mover.id}`);
      await button.focus();
      const index = await button.evaluate((el) => {
        const li = el.closest('li');
        return li?.parentElement ? Array.prototype.indexOf.call(li.parentElement.children, li) : -1;
      });
      if (index >= 0 && index < stageList.length - 1) {
        await watch(page, {
          target: { kind: 'cardIndex', cardDomId: `tp-${mover.id}`, index: index + 1 },
          patchPath: `/touchpoints/${mover.id}`,
          timeoutMs: ACTION_TIMEOUT_MS,
        });
        await page.keyboard.press('Alt+ArrowRight');
        move = actionResult(await awaitWatch(page));
      }
    }

    // (a') open again in the same context: the app's files come from the HTTP cache
    const warmOpen = await openEditor(page, baseUrl, session, map);
    return { open, warmOpen, select, edit, move };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Runs `action` with a Chromium performance trace running; stops the trace also on errors. */
async function traced<T>(browser: Browser, page: Page, action: () => Promise<T>): Promise<[T, TraceSummary]> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let result: T;
  try {
    result = await action();
  } catch (err) {
    await withTimeout(browser.stopTracing(), 60_000, 'stopping the trace').catch(() => undefined);
    throw err;
  }
  const buffer = await withTimeout(browser.stopTracing(), 60_000, 'stopping the trace');
  return [result, summariseTrace(buffer)];
}

interface Traced {
  open: OpenTiming;
  openTrace: TraceSummary;
  select: number;
  selectTrace: TraceSummary;
}

/** One more cold open of the map, and a click on a card, each with a Chromium trace running. */
async function tracedRun(
  browser: Browser,
  baseUrl: string,
  session: Session,
  map: ImportedMap,
): Promise<Traced> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addCookies([{ name: 'polku_session', value: session.token, url: baseUrl }]);
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installProbe, map.touchpointCount);
    const page = await context.newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const [open, openTrace] = await traced(browser, page, () => openEditor(page, baseUrl, session, map));
    const target = map.touchpointsByStage[0]?.[0];
    if (!target) throw new Error('no touchpoint to select');
    await page.waitForTimeout(500);
    const [selected, selectTrace] = await traced(browser, page, async () => {
      await watch(page, {
        target: { kind: 'panel', name: target.name },
        patchPath: null,
        timeoutMs: ACTION_TIMEOUT_MS,
      });
      await page.locator(`#tp-${target.id}`).click();
      return awaitWatch(page);
    });
    const select = (selected.visible ?? Number.NaN) - (selected.input ?? Number.NaN);
    return { open, openTrace, select, selectTrace };
  } finally {
    await context.close().catch(() => undefined);
  }
}

// ---- the bundle -------------------------------------------------------------------------

interface Asset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function asset(path: string): Asset {
  const data = readFileSync(join(webDist, path));
  return { file: path, bytes: data.length, gzipBytes: gzip(data) };
}

function initialAssets(): { js: Asset[]; css: Asset[] } {
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?(assets\/[^"]+)"/g)]
    .map((m) => m[1])
    .filter((p): p is string => p !== undefined);
  const unique = [...new Set(refs)];
  return {
    js: unique.filter((p) => p.endsWith('.js')).map(asset),
    css: unique.filter((p) => p.endsWith('.css')).map(asset),
  };
}

const sum = (assets: readonly Asset[], key: 'bytes' | 'gzipBytes') => assets.reduce((s, a) => s + a[key], 0);

// ---- the report -------------------------------------------------------------------------

interface MapReport {
  label: string;
  touchpoints: number;
  cards: number;
  apiResult: ApiResult;
  runs: RunResult[];
  traced: Traced | null;
}

function row(map: string, what: string, values: readonly number[], note = ''): string {
  const s = stat(values.filter((v) => Number.isFinite(v)));
  if (!s) return `| ${map} | ${what} | – | – | 0 | ${note} |`;
  return `| ${map} | ${what} | ${ms(s.median)} | ${ms(s.max)} | ${s.n} | ${note} |`;
}

function mapRows(r: MapReport): string[] {
  const o = r.runs.map((x) => x.open);
  const e = r.runs.map((x) => x.edit);
  const m = r.runs.map((x) => x.move).filter((x): x is ActionResult => x !== null);
  const timeouts = [...e, ...m].filter((x) => x.timedOut).length;
  const api = r.apiResult;
  return [
    row(
      r.label,
      `API: GET the map, ${kb(api.bytes)} JSON (${kb(api.gzipBytes)} if gzipped)`,
      api.times,
      'Node fetch, warm',
    ),
    row(
      r.label,
      'open: navigation → map request sent',
      o.map((x) => x.mapRequestStart),
      'page clock',
    ),
    row(
      r.label,
      'open: navigation → map response received',
      o.map((x) => x.mapResponseEnd),
      'page clock',
    ),
    row(
      r.label,
      `open: navigation → all ${r.touchpoints} cards in the DOM`,
      o.map((x) => x.cardsInDom),
      'page clock',
    ),
    row(
      r.label,
      'open: navigation → first frame with all cards',
      o.map((x) => x.firstFrame),
      'page clock',
    ),
    row(
      r.label,
      'open: wall clock (goto + wait)',
      o.map((x) => x.wall),
      'Playwright',
    ),
    row(
      r.label,
      'open: long tasks, summed',
      o.map((x) => x.longTaskMs),
      'main thread busy',
    ),
    row(
      r.label,
      'open: longest task',
      o.map((x) => x.longestTaskMs),
      '',
    ),
    row(
      r.label,
      'open again, warm HTTP cache: navigation → first frame with all cards',
      r.runs.map((x) => x.warmOpen.firstFrame),
      'page clock',
    ),
    row(
      r.label,
      'select: click a card → side panel shows it',
      r.runs.map((x) => x.select),
      'page clock',
    ),
    row(
      r.label,
      'edit: Enter → new name on the board',
      e.map((x) => x.visible),
      'page clock',
    ),
    row(
      r.label,
      'edit: Enter → "Saved"',
      e.map((x) => x.saved),
      'page clock',
    ),
    row(
      r.label,
      'edit: the PATCH request',
      e.map((x) => x.request),
      'Resource Timing',
    ),
    row(
      r.label,
      'edit: long tasks after Enter, summed',
      e.map((x) => x.longTaskMs),
      '',
    ),
    row(
      r.label,
      'move: Alt+→ → card moved on the board',
      m.map((x) => x.visible),
      'page clock',
    ),
    row(
      r.label,
      'move: Alt+→ → "Saved"',
      m.map((x) => x.saved),
      'page clock',
    ),
    row(
      r.label,
      'move: the PATCH request',
      m.map((x) => x.request),
      'Resource Timing',
    ),
    ...(timeouts > 0 ? [`| ${r.label} | edits or moves that timed out | ${timeouts} | | | |`] : []),
  ];
}

function traceTable(trace: TraceSummary): string[] {
  return [
    '| Kind of work | Main-thread self time |',
    '| --- | ---: |',
    ...trace.groups.map((g) => `| ${g.group} | ${ms(g.ms)} |`),
    '',
    '| Busiest trace events (self time) | Kind | Time |',
    '| --- | --- | ---: |',
    ...trace.events.slice(0, 10).map((e) => `| ${e.name} | ${e.group} | ${ms(e.ms)} |`),
  ];
}

function traceLines(label: string, t: Traced): string[] {
  return [
    `## Where the main thread's time goes in ${label} (Chromium trace, one run)`,
    '',
    `### Cold open: first frame with all cards after ${ms(t.open.firstFrame)} (while tracing)`,
    '',
    ...traceTable(t.openTrace),
    '',
    `### Click a card → side panel: ${ms(t.select)} (while tracing)`,
    '',
    ...traceTable(t.selectTrace),
  ];
}

// ---- main -------------------------------------------------------------------------------

async function benchMap(
  browser: Browser,
  server: RunningServer,
  session: Session,
  label: string,
  stages: number,
  perStage: number,
  trace: boolean,
): Promise<MapReport> {
  const doc = benchMapDocument(label, stages, perStage);
  const importStart = performance.now();
  const map = await importMap(server.url, session, doc);
  const importMs = performance.now() - importStart;
  const name = `${stages} × ${perStage}`;
  console.error(
    `${name}: imported ${map.touchpointCount} touchpoints and ${doc.cards.length} cards in ${ms(importMs)}`,
  );
  const apiResult = await timeMapApi(server.url, session, map.journeyId);
  const runs: RunResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await runOnce(browser, server.url, session, map, run);
    runs.push(result);
    console.error(
      `${name}: run ${run + 1}/${RUNS}: open ${ms(result.open.firstFrame)}, edit saved ${ms(result.edit.saved)}` +
        (result.move ? `, move saved ${ms(result.move.saved)}` : ''),
    );
  }
  const traced = trace ? await tracedRun(browser, server.url, session, map) : null;
  if (traced)
    console.error(`${name}: traced open ${ms(traced.open.firstFrame)}, select ${ms(traced.select)}`);
  return { label: name, touchpoints: map.touchpointCount, cards: doc.cards.length, apiResult, runs, traced };
}

async function main(): Promise<void> {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const watchdog = setTimeout(() => {
    console.error(`benchmark: giving up after ${OVERALL_TIMEOUT_MS / 60_000} minutes`);
    void cleanup().finally(() => process.exit(2));
  }, OVERALL_TIMEOUT_MS);
  watchdog.unref();
  async function cleanup(): Promise<void> {
    const b = browser;
    const s = server;
    browser = undefined;
    server = undefined;
    await withTimeout(b?.close() ?? Promise.resolve(), 15_000, 'closing the browser').catch((err: unknown) =>
      console.error(String(err)),
    );
    await withTimeout(s?.stop() ?? Promise.resolve(), 15_000, 'stopping the server').catch((err: unknown) =>
      console.error(String(err)),
    );
  }
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const loadBefore = os.loadavg()[0] ?? 0;
  try {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const session = await signIn(server.url);
    const reports: MapReport[] = [];
    reports.push(await benchMap(browser, server, session, 'large', 12, 200, TRACE));
    reports.push(await benchMap(browser, server, session, 'small', 6, 20, false));
    const chromiumVersion = browser.version();

    const initial = initialAssets();
    const editorScripts = [...new Set(reports.flatMap((r) => r.runs.flatMap((x) => x.open.scriptUrls)))]
      .map((p) => p.replace(/^\//, ''))
      .map(asset);

    const cpus = os.cpus();
    const lines: string[] = [];
    lines.push('## Machine', '');
    lines.push(`- CPU: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`);
    lines.push(
      `- Load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${(os.loadavg()[0] ?? 0).toFixed(2)} (the machine is shared; higher load, slower numbers)`,
    );
    lines.push(`- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`);
    lines.push(`- OS: ${os.type()} ${os.release()} (${os.arch()})`);
    lines.push(
      `- Node.js ${process.version}, Chromium ${chromiumVersion} (headless, ${VIEWPORT.width}×${VIEWPORT.height})`,
    );
    lines.push(
      `- Runs: ${RUNS} browser runs per map (each in a fresh context: cold HTTP cache), ${API_RUNS} API calls`,
    );
    lines.push('', '## Editor', '');
    lines.push('| Map | Measure | Median | Max | n | How |', '| --- | --- | ---: | ---: | ---: | --- |');
    for (const r of reports) lines.push(...mapRows(r));
    for (const r of reports) if (r.traced) lines.push('', ...traceLines(r.label, r.traced));
    lines.push('', '## JavaScript and CSS (gzip level 9)', '');
    lines.push('| What | Files | Raw | Gzipped |', '| --- | --- | ---: | ---: |');
    lines.push(
      `| Initial JS (index.html) | ${initial.js.map((a) => a.file.replace('assets/', '')).join(', ')} | ${kb(sum(initial.js, 'bytes'))} | ${kb(sum(initial.js, 'gzipBytes'))} |`,
    );
    lines.push(
      `| Initial CSS (index.html) | ${initial.css.map((a) => a.file.replace('assets/', '')).join(', ')} | ${kb(sum(initial.css, 'bytes'))} | ${kb(sum(initial.css, 'gzipBytes'))} |`,
    );
    lines.push(
      `| All JS loaded to open the editor | ${editorScripts.length} files | ${kb(sum(editorScripts, 'bytes'))} | ${kb(sum(editorScripts, 'gzipBytes'))} |`,
    );
    for (const a of [
      ...initial.js,
      ...initial.css,
      ...editorScripts.filter((s) => !initial.js.some((i) => i.file === s.file)),
    ])
      lines.push(`| ${a.file} | | ${kb(a.bytes)} | ${kb(a.gzipBytes)} |`);
    console.log(lines.join('\n'));
  } finally {
    await cleanup();
    clearTimeout(watchdog);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
