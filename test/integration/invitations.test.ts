import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationPreparer } from '../../src/distribution/invitation-delivery.js';
import { InvitationSender } from '../../src/distribution/invitation-sender.js';
import { createMailer } from '../../src/distribution/mailer.js';
import { qrPng, qrSvg } from '../../src/distribution/qr.js';
import { verifySurveyContext } from '../../src/domain/surveys/context-token.js';
import { SurveyCreate } from '../../src/domain/surveys/survey.schema.js';
import { pseudonymiseCustomerId } from '../../src/ingest/pseudonymise.js';
import { invitationContext } from '../../src/store/meta/invitations.repository.js';
import { workspaceSecret } from '../../src/store/meta/workspace-settings.repository.js';
import { createSurvey, publishSurvey } from '../../src/surveys/survey.service.js';
import { parseMime, type SmtpCapture, startSmtpCapture } from '../support/smtp-capture.js';
import { type Actor, actor, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
let anna: Actor;
let smtp: SmtpCapture;
let touchpointId: string;
const ws = () => anna.workspaceId;

/** A survey with one NPS question in Finnish (and Swedish), published unless told. */
async function survey(opts: { touchpointId?: string; publish?: boolean } = {}) {
  const created = await createSurvey(
    t.db,
    ws(),
    SurveyCreate.parse({
      name: 'Toimitus',
      level: opts.touchpointId ? 'touchpoint' : 'relationship',
      touchpointId: opts.touchpointId ?? null,
      languages: ['fi', 'sv'],
      questions: [
        {
          id: 'q_nps',
          type: 'nps',
          required: true,
          text: { fi: 'Suosittelisitko?', sv: 'Skulle du rekommendera?' },
        },
      ],
    }),
    new Date().toISOString(),
  );
  if (!created.ok) throw new Error(created.error.message);
  if (opts.publish === false) return created.value.id;
  const published = await publishSurvey(t.db, ws(), created.value.id, undefined, new Date().toISOString());
  if (!published.ok) throw new Error(published.error.message);
  return created.value.id;
}

/** A sender over the real SMTP server (or the outbox) with a clock the test moves. */
function sender(rate: number, via: 'smtp' | 'outbox' = 'smtp') {
  const clock = { now: Date.now() + 1000 };
  const smtpUrl = via === 'smtp' ? smtp.url : undefined;
  const mailer = createMailer({
    smtpUrl,
    from: 'Polku <kyselyt@example.com>',
    outboxDir: join(t.dir, 'outbox'),
  });
  const s = new InvitationSender({
    db: t.db,
    mailer,
    ratePerMinute: rate,
    clock: () => clock.now,
    prepare: invitationPreparer(t.db, () => clock.now),
  });
  return { s, clock };
}

const invite = (surveyId: string, payload: Record<string, unknown>, who: Actor = anna) =>
  who.req({ method: 'POST', url: `/api/workspaces/${ws()}/surveys/${surveyId}/invitations`, payload });
const list = async (surveyId: string) =>
  (await anna.req({ method: 'GET', url: `/api/workspaces/${ws()}/surveys/${surveyId}/invitations` })).json();
const linkIn = (text: string, prefix: string) => new RegExp(`${prefix}[^\\s"<]+`).exec(text)?.[0] ?? '';

beforeAll(async () => {
  t = await testApp();
  smtp = await startSmtpCapture();
  anna = await actor(t, 'anna@a.example');
  await t.db.updateTable('workspaces').set({ name: 'Kauppa & Koti' }).where('id', '=', ws()).execute();
  const map = (
    await anna.req({
      method: 'POST',
      url: `/api/workspaces/${ws()}/journeys`,
      payload: { name: 'Ostopolku', templateId: 'awareness-advocacy' },
    })
  ).json();
  touchpointId = (
    await anna.req({
      method: 'POST',
      url: `/api/workspaces/${ws()}/journeys/${map.journey.id}/touchpoints`,
      payload: {
        name: 'Kotiinkuljetus',
        key: 'home-delivery',
        channel: 'delivery',
        stageId: map.stages[0].id,
      },
    })
  ).json().id;
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

describe('QR codes', () => {
  it('encode the public link with a signed touchpoint and channel, as SVG and PNG', async () => {
    const id = await survey();
    const url = `/api/workspaces/${ws()}/surveys/${id}/qr.svg?touchpoint=home-delivery&channel=store&lang=fi`;
    const svg = await anna.req({ method: 'GET', url });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const link = String(svg.headers['x-polku-link']);
    const parsed = new URL(link);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(`http://polku.test/s/${id}`);
    expect(parsed.searchParams.get('lang')).toBe('fi');
    const secret = await workspaceSecret(t.db, ws(), 'survey-context');
    const context = verifySurveyContext(secret, parsed.searchParams.get('c') ?? '');
    expect(context).toEqual({
      ok: true,
      value: { surveyId: id, touchpointKey: 'home-delivery', channel: 'store' },
    });
    expect(svg.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg.body.trim().endsWith('</svg>')).toBe(true);
    expect(svg.body).toBe(await qrSvg(link));

    const png = await anna.req({ method: 'GET', url: url.replace('qr.svg', 'qr.png').concat('&download=1') });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-disposition']).toBe(`attachment; filename="survey-${id}-home-delivery.png"`);
    expect([...png.rawPayload.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.rawPayload.equals(await qrPng(String(png.headers['x-polku-link'])))).toBe(true);
  });

  it('without a touchpoint or channel the code holds the plain link; bad choices name their field', async () => {
    const id = await survey();
    const base = `/api/workspaces/${ws()}/surveys/${id}`;
    const plain = await anna.req({ method: 'GET', url: `${base}/qr.svg` });
    expect(plain.headers['x-polku-link']).toBe(`http://polku.test/s/${id}`);
    const unknown = await anna.req({ method: 'GET', url: `${base}/qr.svg?touchpoint=nope` });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues).toEqual([
      { path: 'touchpoint', message: 'no touchpoint has the key "nope"' },
    ]);
    const lang = await anna.req({ method: 'GET', url: `${base}/qr.png?lang=en` });
    expect(lang.statusCode).toBe(400);
    expect(lang.json().issues[0].path).toBe('lang');
    const channel = await anna.req({ method: 'GET', url: `${base}/qr.png?channel=pigeon` });
    expect(channel.statusCode).toBe(400);
    expect(channel.json().issues[0].path).toBe('querystring.channel');
    expect(
      (await anna.req({ method: 'GET', url: `/api/workspaces/${ws()}/surveys/sv_nope/qr.svg` })).statusCode,
    ).toBe(404);
  });

  it("per touchpoint: the touchpoint's live survey, with its key and channel; 404 while none is live", async () => {
    const url = `/api/workspaces/${ws()}/touchpoints/${touchpointId}/qr.svg`;
    const none = await anna.req({ method: 'GET', url });
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toBe(
      'no live survey measures this touchpoint: publish a survey bound to it first, then print its QR code',
    );
    await survey({ touchpointId, publish: false });
    expect((await anna.req({ method: 'GET', url })).statusCode).toBe(404);
    const id = await survey({ touchpointId });
    const viewer = await actor(t, 'vera@a.example', { workspaceId: ws(), role: 'viewer' });
    const res = await viewer.req({ method: 'GET', url: url.replace('qr.svg', 'qr.png') });
    expect(res.statusCode).toBe(200);
    const link = new URL(String(res.headers['x-polku-link']));
    expect(link.pathname).toBe(`/s/${id}`);
    const secret = await workspaceSecret(t.db, ws(), 'survey-context');
    expect(verifySurveyContext(secret, link.searchParams.get('c') ?? '')).toEqual({
      ok: true,
      value: { surveyId: id, touchpointKey: 'home-delivery', channel: 'delivery' },
    });
    expect(
      (await anna.req({ method: 'GET', url: `/api/workspaces/${ws()}/touchpoints/tp_nope/qr.svg` }))
        .statusCode,
    ).toBe(404);
  });
});

describe('email invitations', () => {
  it('validate each recipient, skip duplicates, and send each person their own link', async () => {
    const id = await survey();
    const res = await invite(id, {
      recipients: [
        { email: 'Liisa.Virtanen@Example.org', customerId: 'cust-1001', segment: 'gold' },
        { email: 'not-an-address' },
        { email: 'liisa.virtanen@example.org' },
        { email: 'matti@example.org' },
      ],
      lang: 'fi',
      message: 'Hei!\nKiitos tilauksestasi <3',
    });
    expect(res.statusCode).toBe(202);
    const body = res.json();
    expect(body).toEqual({
      batchId: expect.stringMatching(/^ib_/),
      queued: 2,
      skipped: { unsubscribed: 0, cooldown: 0, duplicate: 1 },
      rejected: [{ index: 1, field: 'email', reason: 'must be an email address' }],
    });

    const { s } = sender(60);
    expect(await s.tick()).toEqual({ sent: 2, skipped: 0, failed: 0, retried: 0 });
    const mails = smtp.received.slice(-2);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['liisa.virtanen@example.org', 'matti@example.org']);
    const liisa = mails.find((m) => m.to[0] === 'liisa.virtanen@example.org')!;
    expect(liisa.from).toBe('kyselyt@example.com');
    expect(liisa.headers.subject).toBe('Kauppa & Koti: kerro meille kokemuksestasi');
    expect(liisa.text).toContain('Hei!\nKiitos tilauksestasi <3');
    expect(liisa.html).toContain('<p>Hei!<br>Kiitos tilauksestasi &lt;3</p>');
    expect(liisa.raw).not.toContain('cust-1001');

    const link = new URL(linkIn(liisa.text, 'http://polku.test/s/'));
    expect(link.pathname).toBe(`/s/${id}`);
    expect(link.searchParams.get('lang')).toBe('fi');
    const secret = await workspaceSecret(t.db, ws(), 'survey-context');
    const context = verifySurveyContext(secret, link.searchParams.get('c') ?? '');
    if (!context.ok) throw new Error('token does not verify');
    expect(context.value).toEqual({
      invitationId: expect.stringMatching(/^inv_/),
      surveyId: id,
      lang: 'fi',
      channel: 'email',
      exp: expect.any(Number),
    });
    expect(await invitationContext(t.db, ws(), context.value.invitationId!)).toEqual({
      customerId: 'cust-1001',
      segment: { segment: 'gold' },
    });
    const unsubscribe = linkIn(liisa.text, 'http://polku.test/u/');
    expect(unsubscribe).toMatch(/^http:\/\/polku\.test\/u\/inv_[a-z0-9]+\.[A-Za-z0-9_-]{22}$/);
    expect(liisa.html).toContain(`href="${unsubscribe}"`);
    expect(liisa.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);
    expect(liisa.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const stored = await t.db
      .selectFrom('surveyInvitations')
      .select(['email', 'emailMasked', 'status'])
      .where('surveyId', '=', id)
      .execute();
    expect(stored.map((r) => r.email)).toEqual([null, null, null]);
    const listed = await list(id);
    expect(JSON.stringify(listed)).not.toContain('virtanen');
    expect(listed.counts).toEqual({ queued: 0, sent: 2, failed: 0, skipped: 1 });
    expect(
      listed.invitations
        .map((i: { emailMasked: string; status: string; reason: string | null }) => [
          i.emailMasked,
          i.status,
          i.reason,
        ])
        .sort(),
    ).toEqual([
      ['l***@example.org', 'sent', null],
      ['l***@example.org', 'skipped', 'duplicate'],
      ['m***@example.org', 'sent', null],
    ]);
  });

  it('an answer through the emailed link is stored under the invited customer, pseudonymised', async () => {
    const id = await survey({ touchpointId });
    await invite(id, { recipients: [{ email: 'aino@example.org', customerId: 'cust-2002' }], lang: 'fi' });
    await sender(60).s.tick();
    const mail = smtp.received.find((m) => m.to[0] === 'aino@example.org')!;
    const link = new URL(linkIn(mail.text, 'http://polku.test/s/'));
    const page = await t.app.inject({ method: 'GET', url: link.pathname + link.search });
    const form = new URLSearchParams();
    for (const m of page.body.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g))
      form.append(m[1]!, m[2]!);
    expect(page.body).not.toContain('cust-2002');
    form.append('q_nps', '3');
    form.append('action', 'next');
    const action = /<form method="post" action="([^"]+)"/.exec(page.body)![1]!.replaceAll('&amp;', '&');
    const done = await t.app.inject({
      method: 'POST',
      url: action,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    });
    expect(done.statusCode).toBe(200);
    const [stored] = await t.ctx.events.latestResponses(ws(), touchpointId, 1);
    const key = await workspaceSecret(t.db, ws(), 'pseudonym');
    expect(stored).toMatchObject({
      surveyId: id,
      nps: 3,
      channel: 'email',
      customerId: pseudonymiseCustomerId(key, 'cust-2002'),
    });
  });

  it('unsubscribe: a polite page, a one-click POST, and every later invitation in the workspace is skipped', async () => {
    const first = await survey();
    await invite(first, { recipients: [{ email: 'aino@example.fi' }, { email: 'eero@example.fi' }] });
    const { s, clock } = sender(60);
    await s.tick();
    const aino = smtp.received.find((m) => m.to[0] === 'aino@example.fi')!;
    const path = new URL(linkIn(aino.text, 'http://polku.test/u/')).pathname;

    const page = await t.app.inject({ method: 'GET', url: path, headers: { 'accept-language': 'en' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<html lang="fi">');
    expect(page.body).toContain('<h1>Kyselykutsujen peruminen</h1>');
    expect(page.body).toContain('lähettäjältä <strong>Kauppa &amp; Koti</strong>?');
    expect(page.body).toContain(`<form method="post" action="${path}">`);

    const forged = await t.app.inject({
      method: 'POST',
      url: `${path.slice(0, -1)}${path.endsWith('A') ? 'B' : 'A'}`,
    });
    expect(forged.statusCode).toBe(404);
    expect(forged.body).toContain('not valid');

    const done = await t.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Kutsut on peruttu.');
    const again = await t.app.inject({ method: 'POST', url: path });
    expect(again.statusCode).toBe(200);
    expect(
      await t.db.selectFrom('surveyOptOuts').selectAll().where('workspaceId', '=', ws()).execute(),
    ).toHaveLength(1);

    const second = await survey();
    const res = await invite(second, {
      recipients: [{ email: 'AINO@example.fi' }, { email: 'eero@example.fi' }, { email: 'uusi@example.fi' }],
    });
    expect(res.json()).toMatchObject({ queued: 1, skipped: { unsubscribed: 1, cooldown: 1, duplicate: 0 } });
    const reasons = (await list(second)).invitations.map(
      (i: { emailMasked: string; reason: string | null }) => [i.emailMasked, i.reason],
    );
    expect(reasons.sort()).toEqual([
      ['a***@example.fi', 'unsubscribed'],
      ['e***@example.fi', 'cooldown'],
      ['u***@example.fi', null],
    ]);

    // With the cooldown off, only the opt-out still holds.
    const settings = await anna.req({
      method: 'PATCH',
      url: `/api/workspaces/${ws()}/settings`,
      payload: { contactCooldownDays: 0 },
    });
    expect(settings.json().contactCooldownDays).toBe(0);
    const third = await survey();
    const res3 = await invite(third, {
      recipients: [{ email: 'aino@example.fi' }, { email: 'eero@example.fi' }],
    });
    expect(res3.json()).toMatchObject({ queued: 1, skipped: { unsubscribed: 1, cooldown: 0, duplicate: 0 } });

    // An opt-out made after an invitation was queued is honoured when it is sent.
    await invite(first, { recipients: [{ email: 'toinen@example.fi' }] });
    clock.now += 1000;
    expect(await s.tick()).toEqual({ sent: 3, skipped: 0, failed: 0, retried: 0 });
    const toinen = smtp.received.find((m) => m.to[0] === 'toinen@example.fi')!;
    const fourth = await survey();
    expect((await invite(fourth, { recipients: [{ email: 'toinen@example.fi' }] })).json().queued).toBe(1);
    await t.app.inject({
      method: 'POST',
      url: new URL(linkIn(toinen.text, 'http://polku.test/u/')).pathname,
    });
    const sentBefore = smtp.received.length;
    clock.now += 1000;
    expect(await s.tick()).toEqual({ sent: 0, skipped: 1, failed: 0, retried: 0 });
    expect(smtp.received.length).toBe(sentBefore);
    expect((await list(fourth)).invitations[0]).toMatchObject({ status: 'skipped', reason: 'unsubscribed' });
    await anna.req({
      method: 'PATCH',
      url: `/api/workspaces/${ws()}/settings`,
      payload: { contactCooldownDays: 30 },
    });
  });

  it('throttles: at rate 2/min only two go out in the first minute, the rest in the next windows', async () => {
    const id = await survey();
    const recipients = ['t1', 't2', 't3', 't4', 't5'].map((n) => ({ email: `${n}@throttle.example` }));
    expect((await invite(id, { recipients })).json().queued).toBe(5);
    const { s, clock } = sender(2);
    const start = clock.now;
    const sentSoFar = () => smtp.received.filter((m) => m.to[0]?.endsWith('@throttle.example')).length;
    expect((await s.tick()).sent).toBe(2);
    clock.now = start + 30_000;
    expect((await s.tick()).sent).toBe(0);
    expect(sentSoFar()).toBe(2);
    expect((await list(id)).counts).toEqual({ queued: 3, sent: 2, failed: 0, skipped: 0 });
    clock.now = start + 60_000;
    expect((await s.tick()).sent).toBe(2);
    clock.now = start + 120_000;
    expect((await s.tick()).sent).toBe(1);
    expect(sentSoFar()).toBe(5);
  });

  it('retries a transient SMTP failure later and gives up at once on a permanent one', async () => {
    const id = await survey();
    await invite(id, { recipients: [{ email: 'retry@example.net' }] });
    const { s, clock } = sender(60);
    smtp.failNext(1, 451);
    expect(await s.tick()).toEqual({ sent: 0, skipped: 0, failed: 0, retried: 1 });
    let row = (await list(id)).invitations[0];
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.reason).toContain('451');
    clock.now += 30_000;
    expect((await s.tick()).sent).toBe(0);
    clock.now += 31_000;
    expect((await s.tick()).sent).toBe(1);
    row = (await list(id)).invitations[0];
    expect(row).toMatchObject({ status: 'sent', attempts: 2, reason: null });

    const id2 = await survey();
    await invite(id2, { recipients: [{ email: 'gone@example.net' }] });
    smtp.failNext(1, 550);
    clock.now += 1000;
    expect((await s.tick()).failed).toBe(1);
    row = (await list(id2)).invitations[0];
    expect(row.status).toBe('failed');
    expect(row.reason).toContain('550');
    expect(row.reason).not.toContain('gone@');
  });

  it('without SMTP, writes each invitation as an .eml file into <data dir>/outbox', async () => {
    const id = await survey();
    await invite(id, { recipients: [{ email: 'outbox@example.fi' }], lang: 'sv' });
    const listed = await list(id);
    expect(listed.delivery).toEqual({ kind: 'outbox', dir: join(t.dir, 'outbox') });
    const { s } = sender(60, 'outbox');
    expect((await s.tick()).sent).toBe(1);
    const files = readdirSync(join(t.dir, 'outbox'));
    expect(files).toHaveLength(1);
    const mail = parseMime(readFileSync(join(t.dir, 'outbox', files[0]!), 'utf8'));
    expect(mail.headers.to).toBe('outbox@example.fi');
    expect(mail.text).toContain('Svara på enkäten: http://polku.test/s/');
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/polku\.test\/u\/inv_/);
  });

  it("another workspace's member reaches none of it, not even through their own workspace", async () => {
    const id = await survey();
    await invite(id, { recipients: [{ email: 'salainen@example.fi' }] });
    const bob = await actor(t, 'bob@b.example');
    const paths = [
      `/surveys/${id}/qr.svg`,
      `/surveys/${id}/qr.png`,
      `/surveys/${id}/distribution`,
      `/surveys/${id}/invitations`,
      `/touchpoints/${touchpointId}/qr.svg`,
    ];
    for (const w of [ws(), bob.workspaceId])
      for (const p of paths) {
        const res = await bob.req({ method: 'GET', url: `/api/workspaces/${w}${p}` });
        expect([p, res.statusCode]).toEqual([p, 404]);
        expect(res.body).not.toContain('s***@example.fi');
      }
    const post = await invite(id, { recipients: [{ email: 'x@example.fi' }] }, bob);
    expect(post.statusCode).toBe(404);
    const own = await bob.req({
      method: 'POST',
      url: `/api/workspaces/${bob.workspaceId}/surveys/${id}/invitations`,
      payload: { recipients: [{ email: 'x@example.fi' }] },
    });
    expect(own.statusCode).toBe(404);
  });

  it('queues the largest request, 5,000 recipients, at once', async () => {
    const id = await survey();
    const recipients = Array.from({ length: 5000 }, (_, i) => ({
      email: `asiakas${i}@bulk.example`,
      customerId: `c${i}`,
    }));
    const started = performance.now();
    const res = await invite(id, { recipients });
    const ms = performance.now() - started;
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ queued: 5000, rejected: [] });
    expect(ms).toBeLessThan(5000);
    expect((await list(id)).counts.queued).toBe(5000);
    await t.db
      .updateTable('surveyInvitations')
      .set({ status: 'skipped' })
      .where('surveyId', '=', id)
      .execute();
  });

  it('refuses what cannot be sent, naming the field', async () => {
    const draft = await survey({ publish: false });
    const res = await invite(draft, { recipients: [{ email: 'a@example.fi' }] });
    expect(res.statusCode).toBe(409);
    const id = await survey();
    const many = await invite(id, {
      recipients: Array.from({ length: 5001 }, (_, i) => ({ email: `p${i}@x.fi` })),
    });
    expect(many.statusCode).toBe(400);
    expect(many.json().issues[0].path).toBe('recipients');
    const lang = await invite(id, { recipients: [{ email: 'a@example.fi' }], lang: 'en' });
    expect(lang.statusCode).toBe(400);
    expect(lang.json().issues).toEqual([
      { path: 'lang', message: 'the survey has no en texts (it has fi, sv)' },
    ]);
    const viewer = await actor(t, 'ville@a.example', { workspaceId: ws(), role: 'viewer' });
    expect((await invite(id, { recipients: [{ email: 'a@example.fi' }] }, viewer)).statusCode).toBe(403);
    expect((await invite('sv_missing', { recipients: [{ email: 'a@example.fi' }] })).statusCode).toBe(404);
  });
});
