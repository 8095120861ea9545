import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, type HttpSession, signIn } from '../support/http-client.js';
import { launchBrowser } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/**
 * The website tracker in real Chromium: a shop page on another origin (a second tiny HTTP
 * server) loads /t.js from Polku with an ingest key; a mapping rule sends /checkout/* to the
 * "checkout" touchpoint. What arrived is read through the API, and at the end from the
 * DuckDB file itself.
 */
let polku: RunningServer;
let site: Server;
let siteUrl: string;
let browser: Browser;
let s: HttpSession;
let key: string;
let journeyId: string;
let checkoutId: string;
const dataDir = mkdtempSync(join(tmpdir(), 'polku-tracker-'));

function shopPage(consent: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop checkout</title></head>
<body><main><h1>Shop</h1><p>Checkout</p></main>
<script>window.polku = window.polku || function () { (polku.q = polku.q || []).push(arguments); };</script>
<script async src="${polku.url}/t.js" data-key="${key}" data-consent="${consent}"></script>
</body></html>`;
}

async function trackerEvents(): Promise<number> {
  const v = await s.json<{ totals: { bySource: Record<string, { events: number }> } }>(
    'GET',
    `/api/workspaces/${s.workspaceId}/data/volume?days=1`,
  );
  return v.totals.bySource.tracker?.events ?? 0;
}

async function touchpointEvents(): Promise<number> {
  const d = await s.json<{ events: number }>(
    'GET',
    `/api/workspaces/${s.workspaceId}/journeys/${journeyId}/touchpoints/${checkoutId}/data`,
  );
  return d.events;
}

/** Counts the browser's requests to the ingest API (beacons included). */
function countIngest(context: BrowserContext): { n: number } {
  const seen = { n: 0 };
  context.on('request', (r) => {
    if (r.url().includes('/api/ingest/')) seen.n++;
  });
  return seen;
}

async function polkuKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('polku')),
  );
}

type WithPolku = { polku?: ((...args: unknown[]) => void) & { polku?: number } };

/** Calls window.polku(...args) in the page. */
function polkuCall(page: Page, ...args: unknown[]): Promise<void> {
  return page.evaluate((a) => (window as unknown as WithPolku).polku?.(...a), args);
}

/** Waits until the tracker has loaded and replaced the queueing stub. */
function trackerReady(page: Page): Promise<unknown> {
  return page.waitForFunction(() => (window as unknown as WithPolku).polku?.polku === 1);
}

async function wiggle(page: Page, ms: number): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await page.mouse.move(50 + i * 20, 80 + i * 10);
    await page.waitForTimeout(ms / 4);
  }
}

beforeAll(async () => {
  [polku, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
  s = await signIn(polku.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const map = await s.json<{ journey: { id: string }; stages: { id: string }[] }>(
    'POST',
    `/api/workspaces/${s.workspaceId}/journeys`,
    { name: 'Web shop', templateId: 'awareness-advocacy' },
  );
  journeyId = map.journey.id;
  const tp = await s.json<{ id: string; key: string }>(
    'POST',
    `/api/workspaces/${s.workspaceId}/journeys/${journeyId}/touchpoints`,
    { name: 'Checkout', stageId: map.stages[2]!.id, channel: 'web' },
  );
  expect(tp.key).toBe('checkout');
  checkoutId = tp.id;
  await s.json('PATCH', `/api/workspaces/${s.workspaceId}/settings`, {
    mappingRules: [{ touchpointKey: 'checkout', urlPattern: '/checkout/*' }],
  });
  key = await createApiKey(s, 'ingest');
  site = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/leave') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Bye</title><p>Bye</p>');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(shopPage(url.searchParams.get('consent') ?? 'granted'));
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => site?.close(r));
  await polku?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('website tracker', () => {
  it('sends page views (SPA navigation too), a custom event and engaged time, mapped by the URL rule', async () => {
    const context = await browser.newContext();
    const ingest = countIngest(context);
    const page = await context.newPage();
    const scriptResponse = page.waitForResponse((r) => r.url() === `${polku.url}/t.js`);
    await page.goto(`${siteUrl}/checkout/cart?coupon=SECRET`);
    expect((await scriptResponse).status()).toBe(200);
    await trackerReady(page);
    await wiggle(page, 1400);
    await page.evaluate(() => history.pushState({}, '', '/checkout/pay'));
    await polkuCall(page, 'identify', 'cust-42');
    await polkuCall(page, 'event', 'coupon_applied', { value: 12.5, properties: { code: 'SPRING' } });
    await wiggle(page, 1400);
    await page.goto(`${siteUrl}/leave`);

    await expect.poll(touchpointEvents, { timeout: 15_000 }).toBe(5);
    expect(await trackerEvents()).toBe(5);
    expect(ingest.n).toBeGreaterThanOrEqual(2);
    const rejections = await s.json<{ rejections: unknown[] }>(
      'GET',
      `/api/workspaces/${s.workspaceId}/ingest/rejections`,
    );
    expect(rejections.rejections).toEqual([]);
    await context.close();
  });

  it('sends nothing under Do Not Track', async () => {
    const before = await trackerEvents();
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' });
    });
    const ingest = countIngest(context);
    const page = await context.newPage();
    const script = page.waitForResponse((r) => r.url() === `${polku.url}/t.js`);
    await page.goto(`${siteUrl}/checkout/cart`);
    await script;
    await trackerReady(page);
    await page.evaluate(() => history.pushState({}, '', '/checkout/pay'));
    await polkuCall(page, 'event', 'dnt_event');
    await wiggle(page, 1600);
    expect(await polkuKeys(page)).toEqual([]);
    await page.goto(`${siteUrl}/leave`);
    await page.waitForTimeout(1500);
    expect(ingest.n).toBe(0);
    expect(await trackerEvents()).toBe(before);
    await context.close();
  });

  it('with data-consent="required" stores and sends nothing until consent, and stops when it is withdrawn', async () => {
    const before = await trackerEvents();
    const context = await browser.newContext();
    const ingest = countIngest(context);
    const page = await context.newPage();
    await page.goto(`${siteUrl}/checkout/cart?consent=required`);
    await trackerReady(page);
    await page.evaluate(() => history.pushState({}, '', '/checkout/pay'));
    await polkuCall(page, 'event', 'before_consent');
    await wiggle(page, 1600);
    expect(ingest.n).toBe(0);
    expect(await polkuKeys(page)).toEqual([]);

    await polkuCall(page, 'consent', true);
    await expect.poll(() => ingest.n, { timeout: 10_000 }).toBe(1);
    expect((await polkuKeys(page)).sort()).toEqual(['polku_sid', 'polku_vid']);
    await expect.poll(trackerEvents, { timeout: 10_000 }).toBe(before + 1);

    await polkuCall(page, 'consent', false);
    await polkuCall(page, 'event', 'after_withdrawal');
    expect(await polkuKeys(page)).toEqual([]);
    await page.goto(`${siteUrl}/leave`);
    await page.waitForTimeout(1500);
    expect(ingest.n).toBe(1);
    expect(await trackerEvents()).toBe(before + 1);
    await context.close();
  });

  it('stored exactly what the page did: names, URLs without the query, the touchpoint, ids and engaged time', async () => {
    await polku.stop();
    const db = await DuckDBInstance.create(join(dataDir, 'events.duckdb'));
    const conn = await db.connect();
    const rows = (
      await conn.runAndReadAll(
        `SELECT name, json_extract_string(properties, '$.url'), touchpoint_key, touchpoint_id, source,
                session_id, customer_id, value, json_extract_string(properties, '$.ms'),
                json_extract_string(properties, '$.code'), json_extract_string(properties, '$.title')
         FROM events ORDER BY ts, name`,
      )
    ).getRowsJS();
    conn.closeSync();
    db.closeSync();
    const cart = `${siteUrl}/checkout/cart`;
    const pay = `${siteUrl}/checkout/pay`;
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ['page_view', cart, 'checkout', checkoutId, 'tracker'],
      ['engaged_time', cart, 'checkout', checkoutId, 'tracker'],
      ['page_view', pay, 'checkout', checkoutId, 'tracker'],
      ['coupon_applied', pay, 'checkout', checkoutId, 'tracker'],
      ['engaged_time', pay, 'checkout', checkoutId, 'tracker'],
      ['page_view', pay, 'checkout', checkoutId, 'tracker'], // the consented page view
    ]);
    const [view1, engaged1, view2, custom, engaged2] = rows;
    // One session; the anonymous visitor id until identify, then the (pseudonymised) customer id.
    expect(new Set(rows.slice(0, 5).map((r) => r[5])).size).toBe(1);
    expect(view1![6]).toBe(engaged1![6]);
    expect(view1![6]).toBe(view2![6]);
    expect(custom![6]).not.toBe(view1![6]);
    expect(custom![6]).toBe(engaged2![6]);
    expect(String(custom![6])).not.toContain('cust-42');
    expect(custom![7]).toBe(12.5);
    expect(custom![9]).toBe('SPRING');
    expect(view1![10]).toBe('Shop checkout');
    for (const e of [engaged1!, engaged2!]) {
      expect(Number(e[8])).toBeGreaterThanOrEqual(1000);
      expect(Number(e[8])).toBeLessThan(10_000);
    }
    expect(JSON.stringify(rows)).not.toContain('SECRET');
  });
});
