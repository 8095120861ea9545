import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const SURVEY = 'Toimituksen odotus – NPS';
const NPS_FI = 'Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi?';
/** The question list shows a question's first 59 characters. */
const NPS_SHORT = `${NPS_FI.slice(0, 59)}…`;
const REASON_FI = 'Mikä meni pieleen toimituksen odotuksessa?';
const PREVIEW = 'Preview of the respondent page';

/** Every axe violation (any impact) outside the preview frame, as short readable lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // axe's frame injection never returns from a sandbox="" frame (no scripts run there): the
  // preview frame is left out here, and the page it shows is checked on its own below.
  const result = await new AxeBuilder({ page }).exclude('iframe[sandbox=""]').analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Waits until the builder's live region says the draft is saved. */
async function draftSaved(page: Page): Promise<void> {
  await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 10_000 });
}

/** Presses Tab until the focused element matches, at most `limit` times. */
async function tabUntil(page: Page, matches: (el: Element) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('Tab never reached the element');
}

describe('the survey builder against the real server, with the demo workspace', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let workspaceId = '';
  let builderUrl = '';
  let surveyId = '';
  let publicUrl = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer({ env: { POLKU_DEMO: 'on', POLKU_DEMO_CUSTOMERS: '150', POLKU_DEMO_MONTHS: '1' } }),
      launchBrowser(),
    ]);
    context = await browser.newContext({ viewport: { width: 1440, height: 950 }, locale: 'en-GB' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a Finnish NPS + open-text survey for the delivery-wait touchpoint from the editor panel', async () => {
    await signIn(page, server.url);
    const res = await page.request.get(`${server.url}/api/workspaces`);
    const workspaces = (await res.json()) as { id: string; name: string }[];
    workspaceId = workspaces.find((w) => w.name.startsWith('Demo'))?.id ?? '';
    expect(workspaceId).not.toBe('');

    // from the map: open the delivery-wait touchpoint and follow "Measure with a survey"
    await page.goto(`${server.url}/w/${workspaceId}`);
    await page.getByRole('link', { name: /Kotiväri customer journey/ }).click();
    await page
      .getByRole('button', { name: /Waiting for delivery/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Measure with a survey' }).click();

    const dialog = page.getByRole('dialog', { name: 'New survey' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Level').inputValue()).resolves.toBe('touchpoint');
    const touchpoint = dialog.getByLabel('Touchpoint');
    await expect(touchpoint.locator('option:checked').textContent()).resolves.toBe(
      'Waiting for delivery (delivery-wait)',
    );
    await dialog.getByLabel('Survey name').fill(SURVEY);
    await expect(dialog.getByRole('checkbox', { name: 'Finnish' }).isChecked()).resolves.toBe(true);
    await expect(dialog.getByRole('checkbox', { name: 'English' }).isChecked()).resolves.toBe(false);
    await expect(dialog.getByLabel('Start from').inputValue()).resolves.toBe('nps-text');
    await dialog.getByRole('button', { name: 'Create survey' }).click();

    await page.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    builderUrl = page.url();
    surveyId = builderUrl.split('/').pop() ?? '';
    expect(builderUrl).toMatch(/\/w\/[^/]+\/surveys\/[^/]+$/);
    await expect(page.getByTestId('version-info').textContent()).resolves.toBe('Draft: not published yet.');
    const toggles = page.locator('.question-toggle');
    await expect(toggles.allTextContents()).resolves.toEqual([
      `NPS (0–10) 1. ${NPS_SHORT} · required`,
      'Open text 2. Mikä on tärkein syy antamaasi arvosanaan?',
    ]);
  });

  it('shows the draft in the sandboxed preview and follows edits', async () => {
    const frame = page.locator(`iframe[title="${PREVIEW}"]`);
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    await page.frameLocator(`iframe[title="${PREVIEW}"]`).getByText(NPS_FI).waitFor();

    await page.locator('.question-toggle').nth(0).click(); // collapse question 1
    await page.locator('.question-toggle').nth(1).click(); // open question 2
    const text = page.getByLabel('Question 2 text');
    await text.fill(REASON_FI);
    await draftSaved(page);
    // one question per screen: the preview shows the first screen; switch to one page to see both
    await page.getByLabel('Layout').selectOption('single-page');
    await draftSaved(page);
    await page.frameLocator(`iframe[title="${PREVIEW}"]`).getByText(REASON_FI).waitFor({ timeout: 5000 });
    await page.getByLabel('Layout').selectOption('one-per-page');
    await draftSaved(page);

    await page.getByRole('button', { name: 'Phone width', pressed: true }).click();
    await page.getByRole('button', { name: 'Phone width', pressed: false }).waitFor();
    await page.getByRole('button', { name: 'Phone width' }).click();
    const width = await frame.evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBe(375);
  });

  it('reorders questions with the keyboard and back', async () => {
    const first = page.locator('.question-toggle').nth(0);
    await first.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.locator('.question-toggle').nth(1).textContent()).toContain(NPS_SHORT);
    // focus stays on the moved question, so the way back is the same key with ArrowUp
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.locator('.question-toggle').nth(0).textContent()).toContain(NPS_SHORT);
    await draftSaved(page);
  });

  it('sets display logic: the open text only when NPS ≤ 6', async () => {
    await page.getByRole('checkbox', { name: 'Show only if an earlier answer matches' }).check();
    await expect(page.getByLabel('Earlier question').locator('option:checked').textContent()).resolves.toBe(
      `1. ${NPS_SHORT}`,
    );
    await expect(page.getByLabel('Condition').inputValue()).resolves.toBe('lte');
    await expect(page.getByLabel('Value').inputValue()).resolves.toBe('6');
    await draftSaved(page);
    const saved = await page.request.get(`${server.url}/api/workspaces/${workspaceId}/surveys/${surveyId}`);
    const survey = (await saved.json()) as { questions: { id: string; showIf?: unknown }[] };
    expect(survey.questions[1]?.showIf).toEqual({ questionId: survey.questions[0]?.id, op: 'lte', value: 6 });
  });

  it('saves over a stale draft with a 409 and shows the latest one', async () => {
    const other = await context.newPage();
    await other.goto(builderUrl);
    await other.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    await other.getByLabel('Introduction').fill('Kiitos, että vastaat!');
    await draftSaved(other);
    await other.close();

    await page.getByLabel('Question 2 text').fill(`${REASON_FI} Kerro lisää.`);
    await page.getByText('Someone else changed this survey — showing the latest draft.').waitFor();
    await expect(page.getByLabel('Introduction').inputValue()).resolves.toBe('Kiitos, että vastaat!');
    await expect(page.getByLabel('Question 2 text').inputValue()).resolves.toBe(REASON_FI);
  });

  it('refuses to publish with a missing Swedish text, naming the question and language, then publishes', async () => {
    await page.getByRole('checkbox', { name: 'Swedish' }).check();
    await draftSaved(page);
    await page.getByRole('tab', { name: /Swedish · \d+ missing/ }).waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const alert = page.locator('.publish-errors');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Question 1 · Swedish/);

    await page.getByRole('checkbox', { name: 'Swedish' }).uncheck();
    await draftSaved(page);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect.poll(() => page.getByTestId('version-info').textContent()).toBe('Live: version 1');
    await page.locator('#dist-heading').waitFor();

    await page.getByLabel('Introduction').fill('Kiitos, että vastaat! Vie alle minuutin.');
    await draftSaved(page);
    await expect
      .poll(() => page.getByTestId('version-info').textContent())
      .toBe('Live: version 1 · draft has unpublished changes');
  });

  it('has no axe violations in the builder', async () => {
    await page.locator('.question-toggle').nth(1).focus();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the survey on the surveys page, filtered by journey, without axe violations', async () => {
    await page.getByRole('link', { name: '← Surveys' }).click();
    const row = page.getByRole('row', { name: new RegExp(SURVEY) });
    await row.waitFor();
    // the list may first show the cached rows while it refetches
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual([
        SURVEY,
        'Touchpoint',
        'Waiting for delivery (Kotiväri customer journey, online and in store)',
        'Customers',
        'Live draft has unpublished changes',
        '1',
        'Delete',
      ]);
    await page
      .getByLabel('Journey')
      .selectOption({ label: 'Kotiväri customer journey, online and in store' });
    await row.waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('answers the published survey with the keyboard alone on a phone-sized page', async () => {
    const res = await page.request.get(
      `${server.url}/api/workspaces/${workspaceId}/surveys/${surveyId}/link`,
    );
    expect(res.status()).toBe(200);
    const { url } = (await res.json()) as { url: string };
    const phone = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'fi-FI' });
    const p = await phone.newPage();
    await p.goto(url);
    await p.getByText(NPS_FI).waitFor();
    expect(await axeViolations(p)).toEqual([]);

    // NPS 3: into the group, Space picks 0, three ArrowRights move to 3
    await tabUntil(p, (el) => el instanceof HTMLInputElement && el.type === 'radio');
    await p.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowRight');
    await expect(p.locator('input[type="radio"]:checked').inputValue()).resolves.toBe('3');
    await tabUntil(p, (el) => el instanceof HTMLButtonElement && el.type === 'submit');
    await p.keyboard.press('Enter');

    // 3 ≤ 6, so the open text follows
    await p.getByText(REASON_FI).waitFor();
    await tabUntil(p, (el) => el instanceof HTMLTextAreaElement);
    await p.keyboard.type('Paketti tuli viikon myöhässä.');
    await tabUntil(p, (el) => el instanceof HTMLButtonElement && el.type === 'submit');
    await p.keyboard.press('Enter');
    await p.getByText('Kiitos vastauksestasi!').waitFor();
    await phone.close();
    publicUrl = url;
  });

  it('shows the answer in the delivery-wait touchpoint panel of the map', async () => {
    await page.goto(`${server.url}/w/${workspaceId}`);
    await page.getByRole('link', { name: /Kotiväri customer journey/ }).click();
    await page
      .getByRole('button', { name: /Waiting for delivery/ })
      .first()
      .click();
    const latest = page.locator('.tp-data .tp-responses li').first();
    await latest.locator('blockquote').waitFor();
    expect(await latest.locator('blockquote').textContent()).toBe('Paketti tuli viikon myöhässä.');
    expect(await latest.locator('.tp-response-head .badge').allTextContents()).toEqual(['NPS 3']);
    // back to the surveys list, where the next step starts
    await page.goto(`${server.url}/w/${workspaceId}/surveys`);
    await page.getByRole('link', { name: SURVEY }).waitFor();
  });

  it('closes the survey (the link shows a polite closed page) and reopens it', async () => {
    await page.getByRole('link', { name: SURVEY }).click();
    await page.getByRole('button', { name: 'Close survey' }).click();
    await expect
      .poll(() => page.getByTestId('version-info').textContent())
      .toBe('Closed: version 1 · draft has unpublished changes');
    const closed = await context.newPage();
    await closed.goto(publicUrl);
    await closed.getByRole('heading', { name: 'Kysely on suljettu' }).waitFor();
    await closed.close();

    await page.getByRole('button', { name: 'Reopen survey' }).click();
    await expect
      .poll(() => page.getByTestId('version-info').textContent())
      .toBe('Live: version 1 · draft has unpublished changes');
  });

  it('speaks Finnish when the UI language is Finnish', async () => {
    await page.locator('.language-switch select').selectOption('fi');
    await page.getByText('Käynnissä: versio 1 · luonnoksessa on julkaisemattomia muutoksia').waitFor();
    await page.getByRole('button', { name: 'Lisää kysymys' }).waitFor();
    await page.getByRole('link', { name: '← Kyselyt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kyselyt' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(SURVEY) });
    // the list may first show the cached rows while it refetches
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual([
        SURVEY,
        'Kosketuspiste',
        'Toimituksen odotus (Kotivärin asiakaspolku verkossa ja myymälässä)',
        'Asiakkaat',
        'Käynnissä luonnoksessa on julkaisemattomia muutoksia',
        '1',
        'Poista',
      ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.language-switch select').selectOption('en');
  });
});
