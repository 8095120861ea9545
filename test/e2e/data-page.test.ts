import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as apiSignIn, createApiKey, type HttpSession } from '../support/http-client.js';
import { launchBrowser, seriousViolations, signIn } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/**
 * The data page, the touchpoint panel's Data section and the data-collection settings in
 * real Chromium, over data sent through the ingest API and the tracker endpoint.
 */
const XSS = '<img src=x onerror=alert(1)>';

let server: RunningServer;
let browser: Browser;
let page: Page;
let s: HttpSession;
let key: string;
let journeyId: string;
let checkoutId: string;
const dialogs: string[] = [];

async function post(path: string, body: unknown, contentType = 'application/json') {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(path.includes('?key=') ? {} : { authorization: `Bearer ${key}` }),
    },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json();
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  s = await apiSignIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const map = await s.json<{ journey: { id: string }; stages: { id: string }[] }>(
    'POST',
    `/api/workspaces/${s.workspaceId}/journeys`,
    { name: 'Web shop', templateId: 'awareness-advocacy' },
  );
  journeyId = map.journey.id;
  checkoutId = (
    await s.json<{ id: string }>(
      'POST',
      `/api/workspaces/${s.workspaceId}/journeys/${journeyId}/touchpoints`,
      {
        name: 'Checkout',
        stageId: map.stages[2]!.id,
        channel: 'web',
      },
    )
  ).id;
  key = await createApiKey(s, 'ingest');
  expect(
    await post('/api/ingest/events', {
      events: [
        { touchpoint: 'checkout', name: 'order_placed', customerId: 'c-1', value: 49.9 },
        { touchpoint: 'checkout', name: 'order_placed', customerId: 'c-2', value: 19 },
        { name: '<b>bold</b>', channel: 'pigeon' },
      ],
    }),
  ).toMatchObject({ accepted: 2, rejected: [{ index: 2, field: 'channel' }] });
  await post(
    `/api/ingest/tracker?key=${encodeURIComponent(key)}`,
    { events: [{ touchpoint: 'checkout', name: 'page_view', url: 'https://shop.example/checkout/' }] },
    'text/plain;charset=UTF-8',
  );
  await post('/api/ingest/responses', {
    responses: [
      {
        touchpoint: 'checkout',
        nps: 9,
        comment: 'Quick and easy',
        language: 'fi',
        timestamp: '2026-01-05T10:00:00Z',
      },
      {
        touchpoint: 'checkout',
        nps: 3,
        csat: 2,
        comment: XSS,
        language: 'en',
        channel: 'web',
        complete: false,
        timestamp: '2026-01-06T10:00:00Z',
      },
    ],
  });
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await signIn(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('data page', () => {
  it('shows totals by source, a chart with a table view, and the rejection with its payload as text', async () => {
    await page.goto(`${server.url}/w/${s.workspaceId}/data`);
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    const totals = page.locator('.totals');
    await totals.waitFor();
    expect(await totals.locator('div').allInnerTexts()).toEqual([
      'Events\n3',
      'Responses\n2',
      'Ingest API\n4',
      'Website tracker\n1',
    ]);
    const chart = page.getByRole('img', { name: 'Events and responses received, by source' });
    await chart.waitFor();
    expect(await page.locator('.volume-chart .hint').textContent()).toMatch(
      /^3 events and 2 responses in the period/,
    );

    const rejections = page.locator('.rejections-table');
    await rejections.waitFor();
    const row = rejections.locator('tbody tr').first();
    expect(await row.locator('td').nth(1).textContent()).toBe('Ingest API');
    expect(await row.locator('td').nth(2).textContent()).toBe('2');
    expect(await row.locator('td').nth(3).textContent()).toBe('channel');
    expect(await row.locator('td').nth(5).textContent()).toContain('"name":"<b>bold</b>"');
    expect(await rejections.locator('b').count()).toBe(0);

    expect(await page.locator('.code-block').first().textContent()).toContain(
      `curl -X POST ${server.url}/api/ingest/events`,
    );
    expect(await page.locator('.code-block').nth(1).textContent()).toContain(`src="${server.url}/t.js"`);
    expect(await page.getByRole('link', { name: 'import a file' }).getAttribute('href')).toBe(
      `/w/${s.workspaceId}/import`,
    );
    expect(await seriousViolations(page)).toEqual([]);

    const toggle = page.getByRole('button', { name: 'Table view' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const table = page.locator('.volume-table');
    expect(await table.locator('thead th').allInnerTexts()).toEqual([
      'Day (UTC)',
      'Ingest API',
      'Website tracker',
      'Total',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(30);
    expect(await table.locator('tbody tr').last().locator('td').allInnerTexts()).toEqual(['4', '1', '5']);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refreshes by itself when new data arrives', async () => {
    await post('/api/ingest/events', { events: [{ touchpoint: 'checkout', name: 'order_placed' }] });
    await expect.poll(() => page.locator('.totals dd').first().textContent(), { timeout: 15_000 }).toBe('4');
  });
});

describe('touchpoint side panel', () => {
  it('shows the counts and latest responses, customer text as text', async () => {
    await page.goto(`${server.url}/w/${s.workspaceId}/j/${journeyId}`);
    await page.locator(`#tp-${checkoutId}`).click();
    const section = page.locator('.tp-data');
    await section.getByRole('heading', { name: 'Data' }).waitFor();
    await section.locator('.tp-data-counts').waitFor();
    expect(await section.locator('.tp-data-counts div').allInnerTexts()).toEqual([
      'Events\n4',
      'Responses\n2',
    ]);
    const items = section.locator('.tp-responses li');
    expect(await items.count()).toBe(2);
    const first = items.first();
    expect(await first.locator('.tp-response-head .badge').allTextContents()).toEqual([
      'NPS 3',
      'CSAT 2',
      'partial',
    ]);
    expect(await first.locator('blockquote').textContent()).toBe(XSS);
    expect(await first.locator('.tp-response-meta').textContent()).toMatch(/ · English · Web$/);
    expect(await items.nth(1).locator('.tp-response-meta').textContent()).toMatch(/ · suomi$/);
    expect(await section.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await section.getByRole('link', { name: 'All data of the workspace' }).getAttribute('href')).toBe(
      `/w/${s.workspaceId}/data`,
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('data-collection settings', () => {
  it('edits pseudonymisation and ordered mapping rules, and refuses an incomplete rule', async () => {
    await page.goto(`${server.url}/w/${s.workspaceId}/settings`);
    const section = page.locator('.data-collection');
    await section.getByRole('heading', { name: 'Data collection' }).waitFor();
    await section.getByLabel('Pseudonymise customer ids').waitFor();
    await section.getByLabel('Pseudonymise customer ids').uncheck();
    await section.getByText(/^Warning: customer ids are stored as sent/).waitFor();
    await section.getByLabel('Privacy minimum (responses)').fill('10');

    await section.getByRole('button', { name: '+ Add rule' }).click();
    const rule1 = section.getByRole('group', { name: 'Rule 1' });
    await rule1.getByLabel('Touchpoint').selectOption({ label: 'Checkout (checkout) · Web shop' });
    await rule1.getByLabel('URL pattern').fill('/basket/*');
    await section.getByRole('button', { name: '+ Add rule' }).click();
    const rule2 = section.getByRole('group', { name: 'Rule 2' });
    await rule2.getByLabel('Event name').fill('order_placed');
    await section.getByRole('button', { name: 'Save data collection settings' }).click();
    await section.getByText('Choose the touchpoint.').waitFor();
    await section.getByText('Some mapping rules are incomplete; nothing was saved.').waitFor();

    await rule2.getByLabel('Touchpoint').selectOption('checkout');
    await section.getByRole('button', { name: 'Move rule 2 up' }).click();
    expect(await section.getByRole('group', { name: 'Rule 1' }).getByLabel('Event name').inputValue()).toBe(
      'order_placed',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move rule 1 down',
    );
    await section.getByRole('button', { name: 'Save data collection settings' }).click();
    await section.getByText('Saved.').waitFor();
    const saved = await s.json<Record<string, unknown>>('GET', `/api/workspaces/${s.workspaceId}/settings`);
    expect(saved).toMatchObject({
      keepRawCustomerIds: true,
      allowPlainSurveyParams: false,
      privacyMinimum: 10,
      mappingRules: [
        { touchpointKey: 'checkout', eventName: 'order_placed' },
        { touchpointKey: 'checkout', urlPattern: '/basket/*' },
      ],
    });
    expect(await seriousViolations(page)).toEqual([]);

    await section.getByRole('button', { name: 'Remove rule 1' }).click();
    await section.getByLabel('Pseudonymise customer ids').check();
    await section.getByRole('button', { name: 'Save data collection settings' }).click();
    await section.getByText('Saved.').waitFor();
    expect(await s.json('GET', `/api/workspaces/${s.workspaceId}/settings`)).toMatchObject({
      keepRawCustomerIds: false,
      mappingRules: [{ touchpointKey: 'checkout', urlPattern: '/basket/*' }],
    });
  });

  it('creates a write-only ingest key, explained', async () => {
    await page.getByLabel('Key name').fill('Website');
    await page.getByLabel('Scope').selectOption('ingest');
    await page
      .getByText('Write-only: can send events and responses, cannot read.', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = await page.locator('.copy-field input').inputValue();
    expect(secret).toMatch(/^pk_/);
    await page.getByText(/^Website pk_\S+… · Ingest · Never used/).waitFor();
    const res = await fetch(`${server.url}/api/workspaces/${s.workspaceId}/journeys`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(res.status).toBe(403);
  });

  it('speaks Finnish', async () => {
    await page.getByLabel('Language').selectOption('fi');
    await page.getByRole('heading', { name: 'Tiedonkeruu' }).waitFor();
    await page.goto(`${server.url}/w/${s.workspaceId}/data`);
    await page.getByRole('heading', { level: 2, name: 'Viimeksi hylätyt tapahtumat' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Kieli').selectOption('en');
  });
});
