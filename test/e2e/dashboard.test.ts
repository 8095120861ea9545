import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as apiSignIn } from '../support/http-client.js';
import { launchBrowser, signIn } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/** The journey dashboards in real Chromium over the demo workspace (its story: the delivery wait hurts most). */
describe('the journey dashboard against the real server, with the demo workspace', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let workspaceId = '';
  const section = (name: string) => page.getByRole('region', { name, exact: true });

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer({ env: { POLKU_DEMO: 'on', POLKU_DEMO_CUSTOMERS: '600', POLKU_DEMO_MONTHS: '3' } }),
      launchBrowser(),
    ]);
    context = await browser.newContext({
      viewport: { width: 1440, height: 950 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens from the editor toolbar and shows the delivery wait as the lowest NPS in the scorecards', async () => {
    await signIn(page, server.url);
    const res = await page.request.get(`${server.url}/api/workspaces`);
    const workspaces = (await res.json()) as { id: string; name: string }[];
    workspaceId = workspaces.find((w) => w.name.startsWith('Demo'))?.id ?? '';
    expect(workspaceId).not.toBe('');
    await page.goto(`${server.url}/w/${workspaceId}`);
    await page.getByRole('link', { name: /Kotiväri customer journey/ }).click();
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Dashboard: Kotiväri customer journey/ }).waitFor();
    expect(page.url()).toMatch(/\/w\/[^/]+\/j\/[^/]+\/dashboard$/);

    const scorecards = section('Scorecards');
    const lowest = scorecards.locator('tr.dash-lowest');
    await lowest.waitFor({ timeout: 30_000 });
    await expect(lowest.locator('th').textContent()).resolves.toMatch(
      /Touchpoint\s*Waiting for delivery\s*Lowest NPS/,
    );
    await expect(
      scorecards.getByText(/^Lowest NPS: Waiting for delivery \(-?\d+\)\.$/).count(),
    ).resolves.toBe(1);
    // Its target is missed, in words (the icon is decoration).
    await expect(lowest.locator('.dash-target').textContent()).resolves.toMatch(/^✗ Below target \(/);
    // Relational NPS is apart from the touchpoint scores.
    await expect(
      scorecards.getByRole('row', { name: /^Relationship NPS \(relational\)/ }).count(),
    ).resolves.toBe(1);
  });

  it('shows the change of each score against the previous period when asked, kept in the URL', async () => {
    // 30 days, so that the 30 days before are inside the demo's three months too.
    await page.goto(`${page.url().split('?')[0]}?days=30`);
    await section('Scorecards').locator('tbody tr').first().waitFor({ timeout: 30_000 });
    await page.getByLabel('Compare with the previous period').check();
    await page.waitForFunction(() => window.location.search.includes('compare=1'));
    const change = section('Scorecards').locator('.dash-row-journey .dash-change');
    await change.first().waitFor({ timeout: 30_000 });
    await expect(change.first().textContent()).resolves.toMatch(/^change ([+-]?\d+|0)( ★ significant)?$/);
    await page.reload();
    await section('Scorecards')
      .locator('.dash-row-journey .dash-change')
      .first()
      .waitFor({ timeout: 30_000 });
    await expect(page.getByLabel('Compare with the previous period').isChecked()).resolves.toBe(true);
    await page.goto(page.url().split('?')[0] ?? '');
  });

  it('shows the funnel with its conversion and the time between stages', async () => {
    const funnel = section('Funnel between stages');
    await funnel
      .getByText(/customers entered at .+ reached .+ within 30 days\./)
      .waitFor({ timeout: 30_000 });
    await funnel.getByRole('heading', { name: 'Time between stages' }).waitFor();
    await expect(funnel.locator('.dash-list li').first().textContent()).resolves.toMatch(
      /→ .+: (median .+, p75 .+, p95 .+|n \d+ — too few to show)$/,
    );
    await funnel.getByRole('img').waitFor();
  });

  it('shows the driver chart or its refusal, paths with their differences, and a delivery theme', async () => {
    const drivers = section('What drives recommendation');
    await drivers.locator('.dash-chart, .dash-empty').first().waitFor({ timeout: 30_000 });
    const refused = await drivers.locator('.dash-empty').count();
    if (refused) await drivers.getByText(/^Not enough data for key drivers \(n \d+\): /).waitFor();
    else await drivers.getByRole('img', { name: /^n \d+ customers, R² [\d.]+\. Fix first: / }).waitFor();

    const paths = section('Actual paths');
    await paths.getByRole('heading', { name: 'Designed versus actual' }).waitFor({ timeout: 30_000 });
    await paths.getByRole('heading', { name: 'On the map but nobody reached' }).waitFor();
    await expect(paths.getByText(/Store window/).count()).resolves.toBeGreaterThan(0);
    await paths.getByRole('heading', { name: /^Skipped stages \(\d+ customers\)$/ }).waitFor();

    // The demo's waiting phase: after the order, before the parcel.
    await section('Waiting between touchpoints')
      .getByRole('img', { name: /^\d+ waiting phases nobody measures: .*Waiting for delivery → / })
      .waitFor({ timeout: 30_000 });

    const themes = section('What customers write');
    await themes.locator('details summary').first().waitFor({ timeout: 30_000 });
    const summaries = await themes.locator('details summary').allTextContents();
    expect(
      summaries.some((s) => /^(toimitus|delivery|leverans)/i.test(s)),
      summaries.join(' | '),
    ).toBe(true);
    // Verbatims are text, never markup.
    await expect(
      themes
        .locator('blockquote')
        .first()
        .evaluate((el) => el.children.length),
    ).resolves.toBe(0);

    await section('Trends').locator('.dash-chart, .dash-empty').first().waitFor({ timeout: 30_000 });
    const staff = section('Customers versus employees');
    await staff
      .getByRole('img', { name: /answered by both customers and employees: .*Waiting for delivery/ })
      .waitFor({
        timeout: 30_000,
      });
  });

  it('toggles the funnel to a real table and downloads it as CSV, and the chart as PNG', async () => {
    const funnel = section('Funnel between stages');
    const toggle = funnel.getByRole('button', { name: 'Table view' });
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const table = funnel.getByRole('table', { name: 'Funnel between stages' });
    await table.waitFor();
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual([
      'Stage',
      'Customers',
      'Step conversion',
      'Drop-off',
      'Median hours from previous',
      'p75 hours',
      'p95 hours',
    ]);
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(2);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      funnel.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('funnel-between-stages.csv');
    const text = readFileSync((await csv.path()) ?? '', 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Stage,Customers,Step conversion,Drop-off,Median hours from previous,p75 hours,p95 hours',
    );
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toMatch(/^[^,]+,\d+,,,,,$/);

    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await funnel.getByRole('img').waitFor();
    await page.waitForFunction(() => document.querySelector('.dash-chart canvas') !== null);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      funnel.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('funnel-between-stages.png');
    const bytes = readFileSync((await png.path()) ?? '');
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('reaches the charts by keyboard and has no axe violations', async () => {
    const chart = section('Funnel between stages').getByRole('img');
    await chart.focus();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('img');
    await expect(chart.getAttribute('tabindex')).resolves.toBe('0');
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  it('says so plainly when a journey has no data yet, and stays accessible in Finnish', async () => {
    const api = await apiSignIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const map = await api.json<{ journey: { id: string } }>(
      'POST',
      `/api/workspaces/${workspaceId}/journeys`,
      {
        name: 'Empty journey',
        templateId: 'awareness-advocacy',
      },
    );
    await page.goto(`${server.url}/w/${workspaceId}/j/${map.journey.id}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard: Empty journey' }).waitFor();
    await section('Scorecards')
      .getByText('No touchpoint has enough NPS answers to compare.')
      .waitFor({ timeout: 30_000 });
    await section('Funnel between stages').getByText('No data in this period.').waitFor({ timeout: 30_000 });
    await section('Actual paths').getByText('No data in this period.').waitFor({ timeout: 30_000 });
    await section('What customers write')
      .getByText('No comments in this period.')
      .waitFor({ timeout: 30_000 });
    await section('What drives recommendation')
      .getByText(/^Not enough data for key drivers \(n 0\): /)
      .waitFor({ timeout: 30_000 });
    await section('Customers versus employees')
      .getByText('No touchpoint is measured among both customers and employees in this period.')
      .waitFor({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Download PNG' }).count()).resolves.toBe(0);

    await page.getByLabel('Language').selectOption('fi');
    await page.getByRole('heading', { level: 1, name: 'Koontinäkymä: Empty journey' }).waitFor();
    await page.getByText('Ei dataa tällä jaksolla.').first().waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await page.getByLabel('Kieli').selectOption('en');
  });
});
