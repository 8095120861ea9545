import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpSession, signIn } from '../support/http-client.js';
import { launchBrowser } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/**
 * The website widget on a customer's site: a test page served from another origin (a
 * second tiny HTTP server) embeds /widget.js from the Polku server, in real Chromium.
 */
let polku: RunningServer;
let site: Server;
let siteUrl: string;
let browser: Browser;
let session: HttpSession;
let surveyId: string;

/** The host page: the widget tag with `attrs`, a button, and an accessible frame around them. */
function hostPage(attrs: Record<string, string>): string {
  const data = Object.entries(attrs)
    .map(([k, v]) => ` data-${k}="${v}"`)
    .join('');
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Verkkokauppa</title></head>
<body><main><h1>Verkkokauppa</h1><p>Tervetuloa ostoksille.</p>
<button type="button" id="ask">Anna palautetta</button></main>
<script>document.getElementById('ask').addEventListener('click', function () { window.Polku.survey.show({ force: true }); });</script>
<script src="${polku.url}/widget.js" data-survey="${surveyId}"${data} async></script></body></html>`;
}

async function visit(context: BrowserContext, path: string, attrs: Record<string, string>): Promise<Page> {
  const page = await context.newPage();
  const q = new URLSearchParams({ attrs: JSON.stringify(attrs) });
  await page.goto(`${siteUrl}${path}?${q}`);
  await page.waitForFunction(() => Boolean((window as { Polku?: { survey?: unknown } }).Polku?.survey));
  return page;
}

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Palaute' });

beforeAll(async () => {
  [polku, browser] = await Promise.all([startServer(), launchBrowser()]);
  session = await signIn(polku.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const survey = await session.json<{ id: string }>(
    'POST',
    `/api/workspaces/${session.workspaceId}/surveys`,
    {
      name: 'Verkkokaupan palaute',
      level: 'relationship',
      languages: ['fi'],
      questions: [
        { id: 'q_nps', type: 'nps', required: true, text: { fi: 'Suosittelisitko meitä ystävällesi?' } },
      ],
    },
  );
  surveyId = survey.id;
  await session.json('POST', `/api/workspaces/${session.workspaceId}/surveys/${surveyId}/publish`, {});
  site = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/favicon.ico') return res.writeHead(404).end();
    const attrs = JSON.parse(url.searchParams.get('attrs') ?? '{}') as Record<string, string>;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(attrs));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  // localhost and 127.0.0.1 on another port: a different origin from the Polku server.
  siteUrl = `http://localhost:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => site?.close(r));
  await polku?.stop();
});

describe('website widget', () => {
  it('opens after the delay as an accessible dialog with the survey in its iframe', async () => {
    const context = await browser.newContext();
    const page = await visit(context, '/tuotteet/kengat', { trigger: 'delay', delay: '1', lang: 'fi' });
    expect(await dialogOf(page).count()).toBe(0);
    await dialogOf(page).waitFor({ timeout: 5000 });
    const dialog = dialogOf(page);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-polku-survey'))).toBe(
      surveyId,
    );
    expect(
      await page.evaluate(
        () =>
          document.querySelector('[data-polku-survey]')?.shadowRoot?.activeElement?.getAttribute('role') ??
          '',
      ),
    ).toBe('dialog');
    const frame = page.locator('[data-polku-survey] iframe');
    expect(await frame.getAttribute('title')).toBe('Kysely');
    const src = new URL((await frame.getAttribute('src')) ?? '');
    expect(src.origin).toBe(polku.url);
    expect(src.pathname).toBe(`/s/${surveyId}`);
    expect(Object.fromEntries(src.searchParams)).toEqual({
      embed: '1',
      lang: 'fi',
      channel: 'web',
      url: `${siteUrl}/tuotteet/kengat`,
    });
    const survey = page.frameLocator('[data-polku-survey] iframe');
    await survey.getByText('Suosittelisitko meitä ystävällesi?').waitFor({ timeout: 10_000 });
    expect(await page.context().cookies()).toEqual([]);
    await context.close();
  });

  it('has no axe violations on the host page with the dialog open', async () => {
    const context = await browser.newContext();
    const page = await visit(context, '/', { trigger: 'manual' });
    await page.getByRole('button', { name: 'Anna palautetta' }).click();
    await dialogOf(page).waitFor();
    await page.frameLocator('[data-polku-survey] iframe').getByText('Suosittelisitko').waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    const widgetPart = result.violations
      .map((v) => ({
        id: v.id,
        nodes: v.nodes.filter((n) => JSON.stringify(n.target).includes('data-polku-survey')),
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    expect(widgetPart).toEqual([]);
    // Nothing serious anywhere; the host's <main> next to the survey page's own <main> (in the
    // iframe) is only a moderate landmark-unique note about the host page, not the widget.
    expect(
      result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await context.close();
  });

  it('closes with Escape or the close button, gives focus back, and does not ask again for N days', async () => {
    const context = await browser.newContext();
    const attrs = { trigger: 'manual', 'cooldown-days': '30' };
    const page = await visit(context, '/', attrs);
    const ask = page.getByRole('button', { name: 'Anna palautetta' });
    await ask.focus();
    await ask.press('Enter');
    await dialogOf(page).waitFor();
    await page.keyboard.press('Escape');
    await dialogOf(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ask');
    // Never twice per page view, even when forced.
    expect(
      await page.evaluate(() => (window as unknown as PolkuWindow).Polku.survey.show({ force: true })),
    ).toBe(false);
    const until = Number(await page.evaluate((id) => localStorage.getItem(`polku:${id}:until`), surveyId));
    expect(until - Date.now()).toBeGreaterThan(29.9 * 86_400_000);

    // Reloaded with a delay trigger: the cooldown keeps it closed.
    const again = await visit(context, '/', { trigger: 'delay', delay: '0' });
    await again.waitForTimeout(1500);
    expect(await dialogOf(again).count()).toBe(0);
    expect(await again.evaluate(() => (window as unknown as PolkuWindow).Polku.survey.show())).toBe(false);

    // The close button has an accessible name and closes too (a fresh visitor).
    const fresh = await browser.newContext();
    const p2 = await visit(fresh, '/', { trigger: 'delay', delay: '0' });
    await dialogOf(p2).waitFor();
    await p2.getByRole('button', { name: 'Sulje kysely' }).click();
    await dialogOf(p2).waitFor({ state: 'detached' });
    await fresh.close();
    await context.close();
  });

  it('opens on a JS call only when the trigger is manual; sampling 0 never opens', async () => {
    const context = await browser.newContext();
    const page = await visit(context, '/', { trigger: 'manual' });
    await page.waitForTimeout(1200);
    expect(await dialogOf(page).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as PolkuWindow).Polku.survey.show())).toBe(true);
    await dialogOf(page).waitFor();
    await page.evaluate(() => (window as unknown as PolkuWindow).Polku.survey.hide());
    await dialogOf(page).waitFor({ state: 'detached' });
    await context.close();

    const none = await browser.newContext();
    for (let i = 0; i < 3; i++) {
      const p = await visit(none, '/', { trigger: 'delay', delay: '0', sample: '0' });
      await p.waitForTimeout(800);
      expect(await dialogOf(p).count()).toBe(0);
      expect(await p.evaluate(() => (window as unknown as PolkuWindow).Polku.survey.show())).toBe(false);
      expect(await p.evaluate((id) => localStorage.getItem(`polku:${id}:sample`), surveyId)).toBe('0:0');
      await p.close();
    }
    await none.close();
  });

  it('follows the page URL rule and exit intent', async () => {
    const context = await browser.newContext();
    const other = await visit(context, '/tuotteet', { trigger: 'url', url: '/kassa/*' });
    await other.waitForTimeout(1200);
    expect(await dialogOf(other).count()).toBe(0);
    const checkout = await visit(context, '/kassa/maksu', { trigger: 'url', url: '/kassa/*' });
    await dialogOf(checkout).waitFor({ timeout: 5000 });
    await context.close();

    const exit = await browser.newContext();
    const page = await visit(exit, '/', { trigger: 'exit' });
    await page.mouse.move(200, 200);
    await page.waitForTimeout(300);
    expect(await dialogOf(page).count()).toBe(0);
    await page.evaluate(() =>
      document.dispatchEvent(
        new MouseEvent('mouseout', { clientX: 200, clientY: -2, relatedTarget: null, bubbles: true }),
      ),
    );
    await dialogOf(page).waitFor({ timeout: 2000 });
    await exit.close();
  });

  it('closes after the survey is completed, and ignores messages from other origins', async () => {
    const context = await browser.newContext();
    const page = await visit(context, '/', { trigger: 'delay', delay: '0' });
    await dialogOf(page).waitFor();
    // A message from the host page itself (not the survey's origin) is ignored.
    await page.evaluate(
      (id) => window.postMessage({ type: 'polku:survey-complete', surveyId: id }, '*'),
      surveyId,
    );
    await page.waitForTimeout(3000);
    expect(await dialogOf(page).count()).toBe(1);

    const survey = page.frameLocator('[data-polku-survey] iframe');
    await survey.locator('label', { hasText: /^9$/ }).click();
    await survey.locator('button[value="next"]').click();
    await page.locator('[data-polku-survey] [role="status"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-polku-survey] [role="status"]').textContent()).toBe('Kiitos!');
    await dialogOf(page).waitFor({ state: 'detached', timeout: 6000 });
    expect(
      Number(await page.evaluate((id) => localStorage.getItem(`polku:${id}:until`), surveyId)),
    ).toBeGreaterThan(Date.now());
    await context.close();
  });
});

interface PolkuWindow {
  Polku: { survey: { show(o?: { force?: boolean }): boolean; hide(): void } };
}
