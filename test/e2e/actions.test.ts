import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as apiSignIn, type HttpSession } from '../support/http-client.js';
import { launchBrowser, seriousViolations, signIn } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/**
 * Improvement actions in real Chromium over the demo workspace: create an action on the delivery
 * wait in the app, see its marker on the map, follow it and open its impact view.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let s: HttpSession;
let journeyId: string;
let waitId: string;

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
  const map = await s.json<{ touchpoints: { id: string; name: string }[] }>(
    'GET',
    `/api/workspaces/${s.workspaceId}/journeys/${journeyId}`,
  );
  waitId = map.touchpoints.find((t) => t.name === 'Waiting for delivery')?.id ?? '';
  page = await (
    await browser.newContext({ viewport: { width: 1440, height: 950 }, locale: 'en-GB' })
  ).newPage();
  await signIn(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('improvement actions', () => {
  it('creates an action in the app, marks it on the map and shows its impact', async () => {
    await page.goto(`${server.url}/w/${s.workspaceId}/j/${journeyId}/actions`);
    await page.getByRole('heading', { name: 'Improvement actions' }).waitFor();
    // The demo's own action is listed.
    await page.getByRole('heading', { name: /Proactive delay messages/ }).waitFor();
    const start = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Title').fill('Call back late deliveries');
    await page.getByLabel('Touchpoint').selectOption(waitId);
    await page.getByLabel('Status', { exact: true }).first().selectOption('in_progress');
    await page.getByLabel('Start date').fill(start);
    await page.getByLabel('Target metric').selectOption('nps');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Call back late deliveries' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${server.url}/w/${s.workspaceId}/j/${journeyId}`);
    const mark = page.locator(`li[data-touchpoint="${waitId}"] a.action-mark`);
    await mark.waitFor({ timeout: 30_000 });
    expect(await mark.textContent()).toBe('2 actions under way');
    await mark.click();
    await page.getByRole('heading', { name: 'Call back late deliveries' }).waitFor();
    expect(new URL(page.url()).searchParams.get('touchpoint')).toBe(waitId);

    await page.getByRole('button', { name: 'Impact of Call back late deliveries' }).click();
    const verdict = page.locator('.impact-verdict');
    await verdict.waitFor({ timeout: 30_000 });
    expect(await verdict.textContent()).toMatch(
      /^NPS: (Improved|Worsened|No significant change|Not enough data)/,
    );
    const rows = page.locator('.action-impact tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().locator('th').textContent()).toMatch(
      /^Before \(\d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d\)$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
});
