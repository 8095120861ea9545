import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousViolations, signIn, waitSaved } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

describe('accessibility and the Finnish UI', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('has no serious or critical axe violations on the sign-in page', async () => {
    await page.goto(`${server.url}/signin`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none on the journeys page', async () => {
    await signIn(page, server.url);
    await page.getByLabel('Journey name').fill('Accessible journey');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessible journey' }).waitFor();
    await page.getByRole('link', { name: 'Journeys' }).click();
    await page.getByRole('link', { name: 'Accessible journey' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none in the editor, with a touchpoint, a card and the side panel open', async () => {
    await page.getByRole('link', { name: 'Accessible journey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessible journey' }).waitFor();
    await page.getByRole('button', { name: '+ Add touchpoint' }).first().click();
    await page.locator('#tp-field-name').fill('Web shop');
    await page.locator('#tp-field-name').press('Tab');
    await waitSaved(page);
    await page
      .getByRole('button', { name: /^Add card: Customer actions/ })
      .first()
      .click();
    await page.getByLabel('Card text').fill('Hard to find the opening hours');
    await page.getByLabel('Card text').press('Enter');
    await waitSaved(page);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('moves a card with the keyboard only', async () => {
    const card = page.getByRole('button', { name: 'Hard to find the opening hours', exact: true });
    await card.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await waitSaved(page);
    const stages = page.getByLabel('Stage name');
    const second = await stages.nth(1).inputValue();
    await page
      .locator(`section[aria-label="Customer actions · ${second}"]`)
      .getByRole('button', { name: 'Hard to find the opening hours', exact: true })
      .waitFor();
    // focus follows the card to its new cell
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Hard to find the opening hours');
  });

  it('reorders stages and touchpoints with the keyboard, and undoes with Ctrl+Z', async () => {
    const names = () =>
      page.getByLabel('Stage name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const before = await names();
    await page.getByRole('button', { name: new RegExp(`^Stage 1/\\d+: ${before[0]}$`) }).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(names).toEqual([before[1], before[0], ...before.slice(2)]);
    await waitSaved(page);
    // focus stays on the moved stage's handle
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toContain(`Stage 2/${before.length}: ${before[0]}`);
    await page.keyboard.press('Control+z');
    await expect.poll(names).toEqual(before);
    await waitSaved(page);

    // dnd-kit's keyboard sensor: Space picks the card up, ArrowRight moves it, Space drops it
    await page.getByRole('button', { name: '+ Add touchpoint' }).first().click();
    await expect.poll(() => page.locator('#tp-field-name').inputValue()).toBe('New touchpoint');
    await page.locator('#tp-field-name').fill('Phone call');
    await page.locator('#tp-field-name').press('Tab');
    await waitSaved(page);
    const order = () => page.locator('.tp-card .tp-name').allTextContents();
    await expect.poll(order).toEqual(['Web shop', 'Phone call']);
    await page.getByRole('button', { name: /Web shop/ }).focus();
    // the sensor measures the cards in the frames after pick-up; a person is never faster than this
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
    await expect.poll(order).toEqual(['Phone call', 'Web shop']);
    await waitSaved(page);
  });

  it('switches the UI to Finnish, remembers it and sets <html lang>', async () => {
    await page.getByLabel('Language').selectOption('fi');
    await page.getByRole('link', { name: 'Polut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Polut' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Polut' }).waitFor();
    await expect(page.getByRole('button', { name: 'Kirjaudu ulos' }).count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('writes content edits made in Finnish as translations of the English journey', async () => {
    await page.getByRole('link', { name: 'Accessible journey' }).click();
    const stageNames = () =>
      page.getByLabel('Vaiheen nimi').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await page.getByRole('heading', { level: 1, name: 'Accessible journey' }).waitFor();
    await expect.poll(async () => (await stageNames()).length).toBeGreaterThan(0);
    await page.getByLabel('Kieli').selectOption('en');
    const english = await page
      .getByLabel('Stage name')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await page.getByLabel('Language').selectOption('fi');
    const first = page.getByLabel('Vaiheen nimi').first();
    await first.fill('Mielikuva');
    await first.press('Enter');
    await page.locator('.save-status[data-state="saved"]').waitFor();

    await page.getByLabel('Kieli').selectOption('en');
    await expect.poll(() => page.getByLabel('Stage name').first().inputValue()).toBe(english[0]);
    await page.getByLabel('Language').selectOption('fi');
    await expect.poll(() => page.getByLabel('Vaiheen nimi').first().inputValue()).toBe('Mielikuva');
    await page.reload();
    await expect.poll(() => page.getByLabel('Vaiheen nimi').first().inputValue()).toBe('Mielikuva');
  });
});
