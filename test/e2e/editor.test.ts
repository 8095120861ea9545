import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousViolations, signIn, waitSaved } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const JOURNEY = 'Kotiväri e2e journey';

async function pdfText(path: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: true })
    .promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  return text;
}

const compact = (s: string) => s.replace(/\s+/g, '');

describe('the map editor against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let editorUrl = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const cell = (p: Page, lane: string, stage: string) =>
    p.locator(`section[aria-label="${lane} · ${stage}"]`);

  it('signs in and creates a journey from a template', async () => {
    await signIn(page, server.url);
    await page.getByLabel('Journey name').fill(JOURNEY);
    await page.getByLabel('Template').selectOption('awareness-advocacy');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: JOURNEY }).waitFor();
    editorUrl = page.url();
    expect(editorUrl).toMatch(/\/w\/[^/]+\/j\/[^/]+$/);
    await expect(page.getByLabel('Stage name').count()).resolves.toBe(5);
  });

  it('adds a stage and two touchpoints', async () => {
    await page.getByRole('button', { name: '+ Add stage' }).click();
    const newStage = page.getByLabel('Stage name').nth(5);
    await expect.poll(() => newStage.inputValue()).toBe('New stage');
    await newStage.fill('Loyalty');
    await newStage.press('Enter');
    await waitSaved(page);

    for (const name of ['Social ad', 'Store visit']) {
      await cell(page, 'Touchpoints', 'Awareness').getByRole('button', { name: '+ Add touchpoint' }).click();
      const field = page.locator('#tp-field-name');
      await expect.poll(() => field.inputValue()).toBe('New touchpoint');
      await field.fill(name);
      await field.press('Tab');
      await waitSaved(page);
    }
    await expect(cell(page, 'Touchpoints', 'Awareness').getByRole('button').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('Social ad'), expect.stringContaining('Store visit')]),
    );
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('drags a touchpoint card to another stage with the mouse', async () => {
    const card = cell(page, 'Touchpoints', 'Awareness').getByRole('button', { name: /Social ad/ });
    const target = cell(page, 'Touchpoints', 'Consideration');
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('no boxes');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();
    await target.getByRole('button', { name: /Social ad/ }).waitFor();
    await waitSaved(page);
    await expect(
      cell(page, 'Touchpoints', 'Awareness')
        .getByRole('button', { name: /Social ad/ })
        .count(),
    ).resolves.toBe(0);
  });

  it('edits the emotion curve with the keyboard and by dragging a point, with undo and redo', async () => {
    const social = page.getByRole('slider', { name: 'Social ad: emotion (Team hypothesis)' });
    await social.focus();
    for (let i = 0; i < 3; i++) await social.press('ArrowUp');
    await expect.poll(() => social.getAttribute('aria-valuenow')).toBe('1.5');
    await waitSaved(page);

    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => social.getAttribute('aria-valuenow')).toBe('1');
    // The undo is saved before the redo (under a loaded full run the redo could land first).
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => social.getAttribute('aria-valuenow')).toBe('1.5');
    await waitSaved(page);

    const store = page.getByRole('slider', { name: 'Store visit: emotion (Team hypothesis)' });
    const box = await store.boundingBox();
    if (!box) throw new Error('no point');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 14, { steps: 3 });
    await page.mouse.move(x, y + 27, { steps: 3 });
    await page.mouse.up();
    await expect.poll(() => store.getAttribute('aria-valuenow')).toBe('-1');
    await waitSaved(page);
  });

  it('keeps everything after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: JOURNEY }).waitFor();
    await expect(page.getByLabel('Stage name').nth(5).inputValue()).resolves.toBe('Loyalty');
    await cell(page, 'Touchpoints', 'Consideration')
      .getByRole('button', { name: /Social ad/ })
      .waitFor();
    await cell(page, 'Touchpoints', 'Awareness')
      .getByRole('button', { name: /Store visit/ })
      .waitFor();
    const social = page.getByRole('slider', { name: 'Social ad: emotion (Team hypothesis)' });
    const store = page.getByRole('slider', { name: 'Store visit: emotion (Team hypothesis)' });
    await expect(social.getAttribute('aria-valuenow')).resolves.toBe('1.5');
    await expect(store.getAttribute('aria-valuenow')).resolves.toBe('-1');
  });

  it('exports a PDF of the map from the app', async () => {
    await page.getByLabel('Paper size').selectOption('A2');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF' }).click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = compact(await pdfText(path));
    expect(text).toContain(compact(JOURNEY));
    expect(text).toContain(compact('Social ad'));
    expect(text).toContain(compact('Loyalty'));
  });

  it('creates a read-only share link that opens without an account', async () => {
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Create a read-only link' }).click();
    const field = page.getByLabel(/Copy this link now/);
    await expect.poll(() => field.inputValue()).toContain('/share/');
    const url = await field.inputValue();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    const anonymous = await browser.newContext();
    try {
      const shared = await anonymous.newPage();
      await shared.goto(url);
      await shared.getByRole('heading', { level: 1, name: JOURNEY }).waitFor();
      await shared.getByText('Social ad').first().waitFor();
      await expect(shared.getByRole('button', { name: /Add touchpoint/ }).count()).resolves.toBe(0);
      await expect(shared.getByLabel('Stage name').count()).resolves.toBe(0);
      expect(await seriousViolations(shared)).toEqual([]);
    } finally {
      await anonymous.close();
    }
  });

  it('shows a conflict when two pages edit the same touchpoint, then picks up the other edit by polling', async () => {
    const other = await context.newPage();
    try {
      // the second page must not pick up the first page's edit by polling before it saves its own
      await other.addInitScript(() => localStorage.setItem('polku.pollMs', '600000'));
      await other.goto(editorUrl);
      await cell(other, 'Touchpoints', 'Consideration')
        .getByRole('button', { name: /Social ad/ })
        .click();
      const otherName = other.locator('#tp-field-name');
      await expect.poll(() => otherName.inputValue()).toBe('Social ad');

      await cell(page, 'Touchpoints', 'Consideration')
        .getByRole('button', { name: /Social ad/ })
        .click();
      const name = page.locator('#tp-field-name');
      await name.fill('Social ad (web)');
      await name.press('Tab');
      await waitSaved(page);

      await otherName.fill('Social ad (store)');
      await otherName.press('Tab');
      const status = other.getByRole('status').filter({ hasText: 'Someone else changed this' });
      await status.waitFor();
      await expect(status.textContent()).resolves.toContain('showing the latest version');
      await expect.poll(() => otherName.inputValue()).toBe('Social ad (web)');

      // the second page saves on top of the latest version; the first page picks it up by polling
      await otherName.fill('Social ad (phone)');
      await otherName.press('Tab');
      await waitSaved(other);
      await expect.poll(() => name.inputValue(), { timeout: 15_000 }).toBe('Social ad (phone)');
      await page.getByRole('status').filter({ hasText: 'The map was updated by someone else.' }).waitFor();
    } finally {
      await other.close();
    }
  });
});
