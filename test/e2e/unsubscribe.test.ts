import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpSession, signIn } from '../support/http-client.js';
import { parseMime } from '../support/smtp-capture.js';
import { launchBrowser, seriousViolations } from './support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.js';

/**
 * The real server without SMTP: its background sender writes invitations to the outbox;
 * the unsubscribe link from that file works in a browser without JavaScript.
 */
let polku: RunningServer;
let browser: Browser;
let session: HttpSession;

beforeAll(async () => {
  [polku, browser] = await Promise.all([startServer(), launchBrowser()]);
  session = await signIn(polku.url, ADMIN_EMAIL, ADMIN_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await polku?.stop();
});

async function outboxMail(to: string, timeoutMs = 10_000) {
  const dir = join(polku.dataDir, 'outbox');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const f of existsSync(dir) ? readdirSync(dir) : []) {
      const mail = parseMime(readFileSync(join(dir, f), 'utf8'));
      if (mail.headers.to === to) return mail;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} in the outbox`);
}

describe('email invitations on the running server', () => {
  it('are sent to the outbox, and the unsubscribe page works without JavaScript and is accessible', async () => {
    const base = `/api/workspaces/${session.workspaceId}/surveys`;
    const survey = await session.json<{ id: string }>('POST', base, {
      name: 'Toimitus',
      level: 'relationship',
      languages: ['sv'],
      questions: [{ id: 'q_nps', type: 'nps', required: true, text: { sv: 'Skulle du rekommendera oss?' } }],
    });
    await session.json('POST', `${base}/${survey.id}/publish`, {});
    const queued = await session.json<{ queued: number }>('POST', `${base}/${survey.id}/invitations`, {
      recipients: [{ email: 'kund@example.se' }],
    });
    expect(queued.queued).toBe(1);
    const mail = await outboxMail('kund@example.se');
    const unsubscribe = /http:\/\/\S+\/u\/[^\s"<]+/.exec(mail.text)?.[0] ?? '';
    expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);

    // Without JavaScript: the page and its form work.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(unsubscribe);
    await page
      .getByRole('heading', { level: 1, name: 'Avsluta enkätinbjudningar' })
      .waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Avsluta' }).click();
    await page.getByRole('status').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('status').textContent()).toContain('Du har avslutat inbjudningarna.');
    await noJs.close();

    // axe (which runs as JavaScript) on both screens: nothing serious.
    const withJs = await browser.newContext();
    const axePage = await withJs.newPage();
    await axePage.goto(unsubscribe);
    expect(await seriousViolations(axePage)).toEqual([]);
    await axePage.getByRole('button', { name: 'Avsluta' }).click();
    await axePage.getByRole('status').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(axePage)).toEqual([]);
    await withJs.close();

    const again = await session.json<{ queued: number; skipped: Record<string, number> }>(
      'POST',
      `${base}/${survey.id}/invitations`,
      { recipients: [{ email: 'KUND@example.se' }] },
    );
    expect(again).toMatchObject({ queued: 0, skipped: { unsubscribed: 1, cooldown: 0, duplicate: 0 } });
    const list = await session.json<{ invitations: { emailMasked: string; status: string }[] }>(
      'GET',
      `${base}/${survey.id}/invitations`,
    );
    expect(list.invitations.map((i) => [i.emailMasked, i.status])).toEqual([
      ['k***@example.se', 'skipped'],
      ['k***@example.se', 'sent'],
    ]);
  });
});
