import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as apiSignIn, type HttpSession } from '../support/http-client.js';
import { launchBrowser, seriousViolations, signIn } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/** The import page in real Chromium: a ticket CSV with broken rows, dry run, import, re-run. */
const tickets = fileURLToPath(new URL('../fixtures/imports/tickets.csv', import.meta.url));

let server: RunningServer;
let browser: Browser;
let page: Page;
let s: HttpSession;
const dialogs: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  s = await apiSignIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const map = await s.json<{ journey: { id: string }; stages: { id: string }[] }>(
    'POST',
    `/api/workspaces/${s.workspaceId}/journeys`,
    { name: 'Service', templateId: 'awareness-advocacy' },
  );
  await s.json('POST', `/api/workspaces/${s.workspaceId}/journeys/${map.journey.id}/touchpoints`, {
    name: 'Customer service',
    stageId: map.stages[3]?.id,
    channel: 'phone',
  });
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const tableRows = (testId: string) =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));

const counts = () =>
  page
    .getByTestId('import-counts')
    .locator('div')
    .evaluateAll((items) =>
      items.map((d) => `${d.querySelector('dt')?.textContent}: ${d.querySelector('dd')?.textContent}`),
    );

describe('import page', () => {
  it('checks a ticket CSV, shows exactly which rows fail and why, imports the rest, and a re-run adds nothing', async () => {
    await signIn(page, server.url);
    await page.goto(`${server.url}/w/${s.workspaceId}/import`);
    await page.getByRole('heading', { level: 1, name: 'Import data' }).waitFor();
    await page.getByLabel('What the rows are').selectOption('tickets');
    await page.getByLabel('Mapping').selectOption('tickets');
    await page.getByLabel('File', { exact: true }).setInputFiles(tickets);

    await page.getByRole('heading', { name: 'Dry run: nothing stored yet' }).waitFor();
    expect(await page.getByLabel('Created *').inputValue()).toBe('Created at');
    expect(await page.getByLabel('Satisfaction rating').inputValue()).toBe('Satisfaction');
    await page.getByLabel('Touchpoint key for rows without one').fill('customer-service');
    await page.getByRole('button', { name: 'Check again (dry run)' }).click();
    await expect.poll(() => tableRows('import-preview').then((r) => r[0]?.[4])).toBe('customer-service');

    expect(await counts()).toEqual(['Rows read: 8', 'Would store: 10', 'Rejected rows: 4']);
    expect(await tableRows('import-errors')).toEqual([
      [
        '5',
        'Created at',
        '"yesterday" is not a date/time (use ISO 8601 (2026-05-04T10:00:00Z, 2026-05-04 10:00), d.m.yyyy hh.mm, or an epoch transform)',
      ],
      ['6', 'Resolved at', 'is before the ticket was created'],
      ['8', '(row)', 'has 5 columns; the header has 8'],
      [
        '9',
        'Satisfaction',
        '"meh" is not a rating: use 1–5 or good/bad, or map other values in the mapping\'s "values"',
      ],
    ]);
    const preview = await tableRows('import-preview');
    expect(preview.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['2', 'event', '2026-05-04T09:15:00.000Z', 'customer-service'],
      ['2', 'event', '2026-05-04T11:45:00.000Z', 'customer-service'],
      ['2', 'response', '2026-05-04T11:45:00.000Z', ''],
      ['4', 'event', '2026-05-04T10:20:00.000Z', 'customer-service'],
      ['7', 'event', '2026-05-05T12:00:00.000Z', 'customer-service'],
      ['7', 'event', '2026-05-06T09:30:00.000Z', 'customer-service'],
      ['7', 'response', '2026-05-06T09:30:00.000Z', ''],
      ['10', 'event', '2026-05-08T10:00:00.000Z', 'customer-service'],
      ['10', 'event', '2026-05-08T12:00:00.000Z', 'customer-service'],
      ['10', 'response', '2026-05-08T12:00:00.000Z', ''],
    ]);
    // Customer text is shown as text: the ticket subject with a script tag stays a string.
    expect(preview[4]?.at(-1)).toContain('"subject":"<script>alert(1)</script>"');
    expect(await page.locator('.imp-result script, .imp-result b').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    expect(await counts()).toEqual(['Rows read: 8', 'Stored: 10', 'Already stored: 0', 'Rejected rows: 4']);
    expect(await page.getByText('7 events and 3 responses stored.').count()).toBe(1);
    expect((await tableRows('import-errors')).map((r) => r.slice(0, 2))).toEqual([
      ['5', 'Created at'],
      ['6', 'Resolved at'],
      ['8', '(row)'],
      ['9', 'Satisfaction'],
    ]);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(counts)
      .toEqual(['Rows read: 8', 'Stored: 0', 'Already stored: 10', 'Rejected rows: 4']);
    await expect
      .poll(() =>
        tableRows('import-history').then((rows) => rows.map((r) => [r[1], r[2], r[3], r[4], r[5], r[6]])),
      )
      .toEqual([
        ['tickets.csv', 'Support tickets', `${ADMIN_EMAIL} (web)`, '8', '0', '10'],
        ['tickets.csv', 'Support tickets', `${ADMIN_EMAIL} (web)`, '8', '10', '0'],
      ]);
    await page.getByTestId('import-history').getByText('4', { exact: true }).first().click();
    expect(
      await page.getByTestId('import-history').getByText('Line 9, Satisfaction:').first().isVisible(),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 60_000);

  it('takes a dropped file and guesses its mapping from the columns', async () => {
    await page.goto(`${server.url}/w/${s.workspaceId}/import`);
    await page.getByLabel('What the rows are').selectOption('responses');
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      const text =
        'Date,Score,Comment\n2026-05-04T10:00:00Z,9,<i>Nopea</i> toimitus\n2026-05-05T10:00:00Z,11,Liikaa\n';
      transfer.items.add(new File([text], 'survey.csv', { type: 'text/csv' }));
      const zone = document.querySelector('[data-testid="import-drop"]');
      zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.getByRole('heading', { name: 'Dry run: nothing stored yet' }).waitFor();
    expect(await page.getByTestId('import-file').textContent()).toBe('survey.csv (1 KB)');
    expect(await page.getByLabel('NPS score (0–10)').inputValue()).toBe('Score');
    expect(await page.locator('#imp-col-comment').inputValue()).toBe('Comment');
    expect(await tableRows('import-errors')).toEqual([['3', 'Score', 'Too big: expected number to be <=10']]);
    expect(await page.locator('.imp-result i').count()).toBe(0);
    expect(await page.getByTestId('import-preview').getByText('<i>Nopea</i> toimitus').count()).toBe(1);
  }, 30_000);
});
