import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, waitSaved } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

describe('personas, JSON export and import, to-be versions, settings and invitations', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    page = await (
      await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })
    ).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("edits a persona's own emotion curve", async () => {
    await signIn(page, server.url);
    await page.getByLabel('Journey name').fill('Export me');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Export me' }).waitFor();

    await page.getByRole('button', { name: '+ Add touchpoint' }).first().click();
    await page.locator('#tp-field-name').fill('Checkout');
    await page.locator('#tp-field-name').press('Tab');
    await waitSaved(page);

    await page.getByRole('button', { name: /^Personas/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Personas' });
    await dialog.getByRole('button', { name: '+ Add persona' }).click();
    const name = dialog.getByLabel('Name', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('New persona');
    await name.fill('Anna');
    await name.press('Tab');
    await waitSaved(page);
    await expect(dialog.getByRole('radio', { name: /Anna/ }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const point = page.getByRole('slider', { name: 'Checkout: emotion (Anna)' });
    await point.focus();
    await point.press('ArrowDown');
    await point.press('ArrowDown');
    await expect.poll(() => point.getAttribute('aria-valuenow')).toBe('-1');
    await waitSaved(page);

    await page.reload();
    await page.getByLabel('Curve being edited').selectOption({ label: 'Anna' });
    await expect.poll(() => point.getAttribute('aria-valuenow')).toBe('-1');
    const team = page.getByRole('slider', { name: 'Checkout: emotion (Team hypothesis)' });
    await page.getByLabel('Curve being edited').selectOption({ label: 'Team hypothesis' });
    await expect(team.getAttribute('aria-valuetext')).resolves.toBe('not set');
  });

  it('exports the map as JSON and imports it on the journeys page', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'JSON' }).click(),
    ]);
    const path = await download.path();
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { format: string; touchpoints: { name: string }[] };
    expect(doc.format).toBe('polku.journey-map');
    expect(doc.touchpoints.map((t) => t.name)).toEqual(['Checkout']);

    await page.getByRole('link', { name: 'Journeys', exact: true }).click();
    await page.getByLabel('Import a map (JSON)').setInputFiles(path);
    await page.getByText('Imported “Export me”.').waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Export me' }).count()).toBe(2);
  });

  it('renames, duplicates, archives and unarchives journeys', async () => {
    const rows = page.locator('.journey-row');
    await page.getByRole('button', { name: 'Rename: Export me' }).first().click();
    const field = page.getByLabel('New name for Export me');
    await field.fill('Imported copy');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Imported copy' }).waitFor();

    await page.getByRole('button', { name: 'Duplicate: Imported copy' }).click();
    await page.getByRole('link', { name: 'Copy of Imported copy' }).waitFor();
    await expect.poll(() => rows.count()).toBe(3);

    await page.getByRole('button', { name: 'Archive: Copy of Imported copy' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel('Show archived journeys').check();
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByRole('button', { name: 'Unarchive: Copy of Imported copy' }).click();
    await page.getByLabel('Show archived journeys').uncheck();
    await expect.poll(() => rows.count()).toBe(3);
  });

  it('creates a to-be version and switches between as-is and to-be', async () => {
    await page.getByRole('link', { name: 'Export me' }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const asIsUrl = page.url();
    await page.getByRole('button', { name: '+ Create to-be version' }).click();
    await page.waitForURL((url) => url.toString() !== asIsUrl);
    const nav = page.getByRole('navigation', { name: 'Version' });
    await expect
      .poll(() => nav.getByRole('link', { name: 'To-be' }).getAttribute('aria-current'))
      .toBe('page');
    await page
      .getByRole('button', { name: /Checkout/ })
      .first()
      .waitFor();
    await nav.getByRole('link', { name: 'As-is' }).click();
    await page.waitForURL(asIsUrl);
    await expect
      .poll(() => nav.getByRole('link', { name: 'As-is' }).getAttribute('aria-current'))
      .toBe('page');
  });

  it('invites a member who joins with the link; creates an API key', async () => {
    await page.getByRole('link', { name: 'Workspace settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Workspace settings' }).waitFor();

    const keys = page.getByRole('region', { name: 'API keys' });
    await keys.getByLabel('Key name').fill('CI');
    await keys.getByLabel('Scope').selectOption('write');
    await keys.getByRole('button', { name: 'Create key' }).click();
    await expect.poll(() => keys.getByLabel(/Copy the secret now/).inputValue()).not.toBe('');
    await keys.getByText('CI', { exact: true }).waitFor();

    const invitations = page.getByRole('region', { name: 'Invitations' });
    await invitations.getByLabel('Email').fill('new.member@example.com');
    await invitations.getByLabel('Role').selectOption('viewer');
    await invitations.getByRole('button', { name: 'Invite' }).click();
    const link = invitations.getByLabel(/Send this invitation link/);
    await expect.poll(() => link.inputValue()).toContain('/invite/');
    const url = await link.inputValue();

    const guest = await browser.newContext();
    try {
      const p = await guest.newPage();
      await p.goto(url);
      await p.getByText('new.member@example.com').waitFor();
      await p.getByLabel('Name').fill('New Member');
      await p.getByLabel('Password').fill('a-long-password-1');
      await p.getByRole('button', { name: 'Join' }).click();
      await p.getByRole('heading', { level: 1, name: 'Journeys' }).waitFor();
      // a viewer sees the journeys but cannot create them
      await p.getByRole('link', { name: 'Export me' }).first().waitFor();
      await expect(p.getByLabel('Journey name').count()).resolves.toBe(0);
      await p.getByRole('link', { name: 'Export me' }).first().click();
      await p.getByRole('heading', { level: 1, name: 'Export me' }).waitFor();
      await expect(p.getByRole('button', { name: /Add touchpoint/ }).count()).resolves.toBe(0);
    } finally {
      await guest.close();
    }

    await page.reload();
    await page.getByRole('cell', { name: 'new.member@example.com' }).waitFor();
  });
});
