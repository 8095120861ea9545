import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as apiSignIn, createApiKey, type HttpSession } from '../support/http-client.js';
import { launchBrowser, seriousViolations, signIn } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/** Wall mode: the live map full screen, read-only, refreshing itself. */
let server: RunningServer;
let browser: Browser;
let page: Page;
let s: HttpSession;
let journeyId: string;
let checkout: { id: string; key: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  s = await apiSignIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const map = await s.json<{ journey: { id: string }; stages: { id: string }[] }>(
    'POST',
    `/api/workspaces/${s.workspaceId}/journeys`,
    { name: 'Web shop', templateId: 'awareness-advocacy' },
  );
  journeyId = map.journey.id;
  checkout = await s.json<{ id: string; key: string }>(
    'POST',
    `/api/workspaces/${s.workspaceId}/journeys/${journeyId}/touchpoints`,
    { name: 'Checkout', stageId: map.stages[2]!.id, channel: 'web' },
  );
  await s.json('POST', `/api/workspaces/${s.workspaceId}/journeys/${journeyId}/touchpoints`, {
    name: 'Newsletter',
    stageId: map.stages[1]!.id,
    channel: 'email',
  });
  page = await (
    await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'en-GB' })
  ).newPage();
  await signIn(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function send(nps: number[]) {
  const key = await createApiKey(s, 'ingest');
  const res = await fetch(`${server.url}/api/ingest/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({
      responses: nps.map((v) => ({ touchpoint: checkout.key, nps: v, timestamp: new Date().toISOString() })),
    }),
  });
  expect(res.status).toBe(200);
}

describe('wall mode', () => {
  it('opens from the editor and shows the map read-only with live numbers that update by themselves', async () => {
    await send([9, 10, 3]);
    const key = await createApiKey(s, 'ingest');
    const res = await fetch(`${server.url}/api/ingest/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        events: [
          { touchpoint: 'mystery-kiosk', name: 'visit', customerId: 'c-1' },
          { touchpoint: 'mystery-kiosk', name: 'visit', customerId: 'c-2' },
        ],
      }),
    });
    expect(res.status).toBe(200);
    await page.goto(`${server.url}/w/${s.workspaceId}/j/${journeyId}`);
    await page.getByRole('link', { name: 'Wall mode' }).click();
    await page.getByRole('heading', { level: 1, name: 'Web shop — live' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${s.workspaceId}/j/${journeyId}/wall`);
    const card = page.locator(`li[data-touchpoint="${checkout.id}"]`);
    // three answers are below the privacy minimum (5): n shown, the value hidden
    await expect
      .poll(() => card.locator('.live-score').textContent(), { timeout: 20_000 })
      .toBe('NPS · n 3 — too few to show');
    expect(await page.getByRole('button', { name: /Add touchpoint/ }).count()).toBe(0);
    const other = page.locator('li[data-touchpoint]').filter({ hasText: 'Newsletter' });
    expect(await other.locator('.live-status').textContent()).toBe('Not measured');
    // keys seen in the data that are not on the map, with how many customers
    expect(await page.locator('.live-unmapped').textContent()).toBe(
      'In the data, not on the map: mystery-kiosk (2)',
    );
    await send([10, 9]);
    // 9, 10, 3, 10, 9: four promoters, one detractor: (4 − 1) / 5 = 60, with its adjusted-Wald interval
    await expect
      .poll(() => card.locator('.live-score').textContent(), { timeout: 10_000 })
      .toBe('NPS 60 (−19…94) · n 5');
    expect(await page.getByTestId('live-announcement').textContent()).toBe('New data: 2 responses');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
