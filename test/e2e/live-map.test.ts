import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as apiSignIn, createApiKey, type HttpSession } from '../support/http-client.js';
import { launchBrowser, seriousViolations, signIn } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/**
 * The live map in real Chromium over the demo workspace: each touchpoint card shows its main
 * score with interval and n, the delivery wait misses its target, and a response sent through
 * the ingest API reaches the open map without a reload.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let s: HttpSession;
let journeyId: string;
let delivery: { id: string; key: string };

const SCORE = /^NPS (−?\d+) \((−?\d+)…(−?\d+)\) · n (\d+)$/;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ env: { POLKU_DEMO: 'on', POLKU_DEMO_CUSTOMERS: '600', POLKU_DEMO_MONTHS: '3' } }),
    launchBrowser(),
  ]);
  s = await apiSignIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const workspaces = await s.json<{ id: string; name: string }[]>('GET', '/api/workspaces');
  s.workspaceId = workspaces.find((w) => w.name.startsWith('Demo'))?.id ?? '';
  const journeys = await s.json<{ id: string; name: string; variant: string }[]>(
    'GET',
    `/api/workspaces/${s.workspaceId}/journeys`,
  );
  journeyId = journeys.find((j) => j.name.startsWith('Kotiväri') && j.variant === 'as_is')?.id ?? '';
  const map = await s.json<{ touchpoints: { id: string; key: string; name: string }[] }>(
    'GET',
    `/api/workspaces/${s.workspaceId}/journeys/${journeyId}`,
  );
  const tp = map.touchpoints.find((t) => t.name === 'Waiting for delivery');
  if (!tp) throw new Error('the demo has no delivery wait');
  delivery = tp;
  page = await (
    await browser.newContext({ viewport: { width: 1440, height: 950 }, locale: 'en-GB' })
  ).newPage();
  await signIn(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const card = () => page.locator(`li[data-touchpoint="${delivery.id}"]`);
const nOf = async () => Number(SCORE.exec((await card().locator('.live-score').textContent()) ?? '')?.[4]);

describe('the live map', () => {
  it('shows the delivery wait with its NPS, interval and n, its missed target in words, and a sparkline', async () => {
    await page.goto(`${server.url}/w/${s.workspaceId}/j/${journeyId}`);
    const score = card().locator('.live-score');
    await score.waitFor({ timeout: 30_000 });
    const text = (await score.textContent()) ?? '';
    const m = SCORE.exec(text);
    expect(m, text).not.toBeNull();
    const [value, low, high] = [m![1], m![2], m![3]].map((v) => Number(v!.replace('−', '-')));
    expect(low).toBeLessThanOrEqual(value!);
    expect(high).toBeGreaterThanOrEqual(value!);
    expect(value).toBeLessThan(20);
    expect(Number(m![4])).toBeGreaterThan(5);
    expect(await card().locator('.live-status').textContent()).toBe('✗ Target missed');
    const spark = card().getByRole('img');
    await expect
      .poll(() => spark.getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/^NPS by week: \d+ points, from −?\d+(\.\d)? to −?\d+(\.\d)?$/);
    expect(await page.getByLabel('Live data').isChecked()).toBe(true);
    // the demo's waiting phase is marked between its touchpoints, in words
    const waiting = page.locator('.live-waiting').first();
    await waiting.waitFor({ timeout: 15_000 });
    expect(await waiting.textContent()).toMatch(/^Waiting \d+(\.\d)? (h|days) →$/);
    // the measured emotion curve is drawn beside the hypothesis, with a legend
    expect(await page.locator('.measured-curve').count()).toBeGreaterThan(0);
    await page.getByRole('list', { name: 'Emotion curves' }).getByText('Measured emotion').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('filters the whole map from the filter bar and keeps the filters in the URL', async () => {
    const before = await nOf();
    await page.getByLabel('Period', { exact: true }).selectOption('30');
    await page.getByLabel('Compare with the previous period').check();
    await expect.poll(() => new URL(page.url()).search).toBe('?days=30&compare=1');
    await expect.poll(nOf, { timeout: 15_000 }).toBeLessThan(before);
    await page.getByLabel('Segment (name=value)').fill('nonsense');
    await page.getByRole('button', { name: 'Add segment' }).click();
    await page.getByText('Write a property name, =, and a value, e.g. region=North.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(nOf, { timeout: 15_000 }).toBe(before);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a response sent in another tab without a reload, and announces it politely', async () => {
    const before = await nOf();
    const key = await createApiKey(s, 'ingest');
    const res = await fetch(`${server.url}/api/ingest/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        responses: [{ touchpoint: delivery.key, nps: 2, timestamp: new Date().toISOString() }],
      }),
    });
    expect(res.status).toBe(200);
    await expect.poll(nOf, { timeout: 10_000 }).toBe(before + 1);
    expect(await page.getByTestId('live-announcement').textContent()).toBe('New data: 1 response');
  });

  it('turns the live numbers off and on', async () => {
    await page.getByLabel('Live data').uncheck();
    await expect.poll(() => page.locator('.live-face').count()).toBe(0);
    await page.getByLabel('Live data').check();
    await card().locator('.live-score').waitFor();
  });
});
