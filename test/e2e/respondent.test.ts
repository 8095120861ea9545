import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/**
 * A Finnish NPS + open-text survey on the delivery touchpoint, answered on a phone-sized
 * screen with the keyboard alone; axe checks every screen, and at 320 CSS px (a 640 px
 * window at 200 % zoom) nothing scrolls sideways.
 */
describe('the respondent page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let api: <T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ) => Promise<{ status: number; json: T }>;
  let workspaceId: string;
  let journeyId: string;
  let touchpointId: string;
  let surveyId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const signIn = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const view = (await signIn.json()) as { csrfToken: string; workspaces: { id: string }[] };
    api = async <T>(method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.url}/api${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': view.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
    };
    workspaceId =
      view.workspaces[0]?.id ??
      (await api<{ id: string }>('POST', '/workspaces', { name: 'Verkkokauppa' })).json.id;
    const journey = await api<{ journey: { id: string }; stages: { id: string }[] }>(
      'POST',
      `/workspaces/${workspaceId}/journeys`,
      {
        name: 'Tilaus',
        templateId: 'awareness-advocacy',
      },
    );
    expect(journey.status).toBe(201);
    journeyId = journey.json.journey.id;
    const tp = await api<{ id: string }>(
      'POST',
      `/workspaces/${workspaceId}/journeys/${journeyId}/touchpoints`,
      {
        name: 'Toimitus',
        key: 'delivery',
        channel: 'delivery',
        stageId: journey.json.stages[0]!.id,
      },
    );
    expect(tp.status).toBe(201);
    touchpointId = tp.json.id;
    const survey = await api<{ id: string }>('POST', `/workspaces/${workspaceId}/surveys`, {
      name: 'Toimituskysely',
      level: 'touchpoint',
      touchpointId,
      languages: ['fi'],
      intro: { fi: 'Kaksi lyhyttä kysymystä toimituksestasi.' },
      thankYou: { fi: 'Kiitos palautteestasi!' },
      questions: [
        {
          id: 'q_nps',
          type: 'nps',
          required: true,
          text: { fi: 'Kuinka todennäköisesti suosittelisit meitä ystävällesi?' },
        },
        {
          id: 'q_why',
          type: 'text',
          text: { fi: 'Mitä voisimme tehdä paremmin?' },
          showIf: { questionId: 'q_nps', op: 'lte', value: 6 },
        },
      ],
    });
    expect(survey.status).toBe(201);
    surveyId = survey.json.id;
    expect((await api('POST', `/workspaces/${workspaceId}/surveys/${surveyId}/publish`)).status).toBe(200);
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function violations(p: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page: p }).analyze();
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }

  async function focusedOutline(p: Page): Promise<string> {
    return p.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  }

  it('is answered with the keyboard alone, in Finnish, with no axe violations on any screen', async () => {
    await page.goto(`${server.url}/s/${surveyId}`);
    await page.getByRole('heading', { level: 1, name: 'Toimituskysely' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(await violations(page)).toEqual([]);

    // Send without an answer: the error summary and the message by the scale.
    await page.keyboard.press('Tab'); // the scale's first radio
    await page.keyboard.press('Tab'); // "Seuraava"
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Seuraava');
    expect(await focusedOutline(page)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Vastaa tähän kysymykseen.');
    expect(await violations(page)).toEqual([]);

    // The summary's link, then the scale: arrow keys choose 4, Space keeps it, Enter goes on.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#q_nps-0');
    await page.keyboard.press('Tab');
    const group = page.getByRole('group', { name: /Kuinka todennäköisesti suosittelisit/ });
    expect(
      await group
        .getByRole('radio', { name: '0', exact: true })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await focusedOutline(page)).toBe('solid');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    expect(await group.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    // Display logic: 4 ≤ 6, so the open question follows.
    const text = page.getByRole('textbox', { name: 'Mitä voisimme tehdä paremmin?' });
    await text.waitFor();
    expect(await page.locator('.progress').textContent()).toBe('Kysymys 2/2');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Paketti tuli <b>päivän</b> myöhässä.');
    await page.keyboard.press('Tab'); // "Lähetä"
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lähetä');
    await page.keyboard.press('Space');

    await page.getByRole('heading', { level: 1, name: 'Kiitos!' }).waitFor();
    expect(await page.getByText('Kiitos palautteestasi!').isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);

    const data = await api<{ latest: Record<string, unknown>[] }>(
      'GET',
      `/workspaces/${workspaceId}/journeys/${journeyId}/touchpoints/${touchpointId}/data`,
    );
    expect(data.status).toBe(200);
    const [response] = data.json.latest;
    expect(response).toMatchObject({
      surveyId,
      nps: 4,
      comment: 'Paketti tuli <b>päivän</b> myöhässä.',
      language: 'fi',
      complete: true,
    });
  });

  it('has no horizontal scroll at 200 % zoom (320 CSS px), errors included', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const p = await narrow.newPage();
    const overflow = () =>
      p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await p.goto(`${server.url}/s/${surveyId}`);
    expect(await p.evaluate(() => document.documentElement.clientWidth)).toBe(320);
    expect(await overflow()).toBe(0);
    await p.getByRole('button', { name: 'Seuraava' }).click();
    await p.getByRole('alert').waitFor();
    expect(await overflow()).toBe(0);
    expect(await violations(p)).toEqual([]);
    await narrow.close();
  });

  it('works framed by another site in embed mode and tells the host when it is done', async () => {
    const host = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><html lang="en"><title>Shop</title><body><iframe title="Survey" src="${server.url}/s/${surveyId}?embed=1" width="360" height="600"></iframe><script>window.got=[];addEventListener('message',e=>window.got.push(e.data))</script></body></html>`,
      );
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    const port = (host.address() as AddressInfo).port;
    const p = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await p.goto(`http://localhost:${port}/`);
      const frame = p.frameLocator('iframe');
      await frame.getByRole('radio', { name: '9', exact: true }).check();
      await frame.getByRole('button', { name: 'Seuraava' }).click();
      await frame.getByRole('heading', { level: 1, name: 'Kiitos!' }).waitFor();
      await expect
        .poll(() => p.evaluate(() => (window as unknown as { got: unknown[] }).got))
        .toEqual([{ type: 'polku:survey-complete', surveyId }]);
    } finally {
      await p.context().close();
      await new Promise((r) => host.close(r));
    }
  });

  it('is small: the first screen is well under 15 KB transferred', async () => {
    const res = await fetch(`${server.url}/s/${surveyId}`, { headers: { 'accept-encoding': 'gzip' } });
    const body = await res.arrayBuffer();
    expect(body.byteLength).toBeLessThan(15_000);
  });
});
