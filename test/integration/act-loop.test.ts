import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../src/domain/journey/journey.schema.js';
import { verifyWebhook } from '../../src/domain/notify/webhook-signature.js';
import { type SmtpCapture, startSmtpCapture } from '../support/smtp-capture.js';
import { type Actor, actor, apiKey, type TestApp, testApp } from '../support/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

let t: TestApp;
let smtp: SmtpCapture;
let hooks: WebhookReceiver;
let anna: Actor;
let ville: Actor;
let map: JourneyMap;
let wait: Touchpoint;
let ingestKey: string;
let teamId: string;
let webhook: { id: string; secret: string };
let ruleId: string;

const ws = () => `/api/workspaces/${anna.workspaceId}`;
const T = new Date().toISOString();

async function ingest(responses: Record<string, unknown>[]) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/ingest/responses',
    headers: { authorization: `Bearer ${ingestKey}` },
    payload: { responses },
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().rejected).toEqual([]);
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  hooks = await startWebhookReceiver();
  t = await testApp({ POLKU_SMTP_URL: smtp.url });
  anna = await actor(t, 'anna@example.com');
  ville = await actor(t, 'ville@example.com', { workspaceId: anna.workspaceId, role: 'editor' });
  ingestKey = await apiKey(anna, 'ingest');
  map = (
    await anna.req({
      method: 'POST',
      url: `${ws()}/journeys`,
      payload: { name: 'Shop', templateId: 'awareness-advocacy' },
    })
  ).json();
  const created = await anna.req({
    method: 'POST',
    url: `${ws()}/journeys/${map.journey.id}/touchpoints`,
    payload: {
      name: 'Waiting for delivery',
      key: 'delivery-wait',
      stageId: map.stages[3]!.id,
      channel: 'delivery',
    },
  });
  wait = created.json();
  const patched = await anna.req({
    method: 'PATCH',
    url: `${ws()}/journeys/${map.journey.id}/touchpoints/${wait.id}`,
    payload: { version: wait.version, ownerTeam: 'Delivery' },
  });
  expect(patched.statusCode, patched.body).toBe(200);
  const team = await anna.req({
    method: 'POST',
    url: `${ws()}/teams`,
    payload: {
      name: 'delivery',
      email: 'delivery-team@example.com',
      leadUserId: anna.userId,
      memberIds: [ville.userId],
    },
  });
  expect(team.statusCode, team.body).toBe(201);
  teamId = team.json().id;
  const hook = await anna.req({
    method: 'POST',
    url: `${ws()}/webhooks`,
    payload: { name: 'Ops', url: hooks.url },
  });
  expect(hook.statusCode, hook.body).toBe(201);
  webhook = hook.json();
  expect(webhook.secret).toMatch(/^whsec_/);
  // First tick: the engine starts judging from now on (the history is left alone).
  await t.ctx.act.engine.tick();
});
afterAll(async () => {
  await t.close();
  await smtp.close();
  await hooks.close();
});

describe('the inner loop: rule → case → email and webhook → resolved → recovery', () => {
  it('refuses rules that mix per-response and aggregate conditions or point outside the workspace', async () => {
    const mixed = await anna.req({
      method: 'POST',
      url: `${ws()}/alert-rules`,
      payload: {
        name: 'Mixed',
        condition: {
          all: [
            { type: 'score', question: 'nps', atMost: 6 },
            { type: 'volume', measure: 'responses' },
          ],
        },
      },
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().issues[0].path).toBe('condition');
    const scale = await anna.req({
      method: 'POST',
      url: `${ws()}/alert-rules`,
      payload: { name: 'CSAT', condition: { type: 'score', question: 'csat', atMost: 6 } },
    });
    expect(scale.statusCode).toBe(400);
    expect(scale.json().message).toContain('atMost');
    const foreign = await anna.req({
      method: 'POST',
      url: `${ws()}/alert-rules`,
      payload: {
        name: 'X',
        condition: { type: 'score', question: 'nps', atMost: 6 },
        webhookIds: ['wh_nope'],
      },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().issues[0].path).toBe('webhookIds.0');
  });

  it('opens one case for a Finnish detractor mentioning delivery, and tells the team by email and webhook', async () => {
    const rule = await anna.req({
      method: 'POST',
      url: `${ws()}/alert-rules`,
      payload: {
        name: 'Detractor mentions delivery',
        journeyId: map.journey.id,
        condition: {
          all: [
            { type: 'score', question: 'nps', atMost: 6 },
            { type: 'keywords', keywords: ['toimitus', 'delivery'] },
          ],
        },
        slaHours: 4,
        webhookIds: [webhook.id],
      },
    });
    expect(rule.statusCode, rule.body).toBe(201);
    ruleId = rule.json().id;
    expect(rule.json().kind).toBe('response');
    await ingest([
      {
        id: 'r-bad',
        touchpoint: 'delivery-wait',
        nps: 3,
        comment: 'Toimituksen kanssa oli <b>ongelmia</b>',
        language: 'fi',
        timestamp: T,
        customerId: 'cust-1',
      },
      {
        id: 'r-happy',
        touchpoint: 'delivery-wait',
        nps: 10,
        comment: 'Toimitukset aina ajallaan',
        language: 'fi',
        timestamp: T,
      },
      {
        id: 'r-other',
        touchpoint: 'delivery-wait',
        nps: 2,
        comment: 'Hinta liian kova',
        language: 'fi',
        timestamp: T,
      },
      {
        id: 'r-old',
        touchpoint: 'delivery-wait',
        nps: 0,
        comment: 'Toimitus myöhässä',
        language: 'fi',
        timestamp: '2020-01-01T00:00:00Z',
      },
    ]);
    await t.ctx.ingest.flush();
    const tick = await t.ctx.act.engine.tick();
    expect(tick).toMatchObject({ fired: 1, casesOpened: 1 });
    // Seen again (the overlap window, a restart): no second case.
    expect((await t.ctx.act.engine.tick()).fired).toBe(0);

    const inbox = await ville.req({ method: 'GET', url: `${ws()}/cases?view=team` });
    expect(inbox.statusCode, inbox.body).toBe(200);
    const cases = inbox.json().cases;
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      number: 1,
      status: 'new',
      teamId,
      teamName: 'delivery',
      score: { nps: 3 },
    });
    expect(cases[0].comment).toBe('Toimituksen kanssa oli <b>ongelmia</b>');
    expect(Date.parse(cases[0].dueAt) - Date.parse(cases[0].createdAt)).toBe(4 * 3_600_000);

    expect(await t.ctx.act.dispatcher.tick()).toBe(4);
    const to = smtp.received.flatMap((m) => m.to).sort();
    expect(to).toEqual(['anna@example.com', 'delivery-team@example.com', 'ville@example.com']);
    const mail = smtp.received[0]!;
    expect(mail.headers.subject).toContain('Case #1: NPS 3 at Waiting for delivery');
    expect(mail.html).toContain('Toimituksen kanssa oli &lt;b&gt;ongelmia&lt;/b&gt;');
    expect(mail.raw).not.toContain('cust-1');
    expect(hooks.received).toHaveLength(1);
    const got = hooks.received[0]!;
    const ok = verifyWebhook(
      webhook.secret,
      {
        id: String(got.headers['webhook-id']),
        timestamp: String(got.headers['webhook-timestamp']),
        signature: String(got.headers['webhook-signature']),
      },
      got.body,
      Math.floor(Date.now() / 1000),
    );
    expect(ok).toBe(true);
    expect(
      verifyWebhook(
        webhook.secret,
        {
          id: 'other',
          timestamp: String(got.headers['webhook-timestamp']),
          signature: String(got.headers['webhook-signature']),
        },
        got.body,
        Math.floor(Date.now() / 1000),
      ),
    ).toBe(false);
    const payload = JSON.parse(got.body);
    expect(payload.type).toBe('case.opened');
    expect(payload.data).toMatchObject({
      caseNumber: 1,
      touchpoint: 'Waiting for delivery',
      team: 'delivery',
    });
    expect(got.body).not.toContain('cust-1');
  });

  it('resolves the case only with a root cause and a note, and keeps every change in the trail', async () => {
    const [c] = (await anna.req({ method: 'GET', url: `${ws()}/cases` })).json().cases;
    const url = `${ws()}/cases/${c.id}`;
    const bare = await ville.req({ method: 'PATCH', url, payload: { status: 'resolved' } });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().issues[0].path).toBe('rootCause');
    const wrong = await ville.req({
      method: 'PATCH',
      url,
      payload: { status: 'resolved', rootCause: 'Aliens', resolution: 'x' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issues[0].path).toBe('rootCause');
    const contact = await ville.req({
      method: 'POST',
      url: `${url}/notes`,
      payload: { kind: 'contact', channel: 'phone', text: 'Called, parcel was stuck in the terminal' },
    });
    expect(contact.statusCode, contact.body).toBe(201);
    expect(contact.json().status).toBe('in_progress');
    const done = await ville.req({
      method: 'PATCH',
      url,
      payload: {
        status: 'resolved',
        rootCause: 'Delivery delay',
        resolution: 'Re-sent with express delivery',
      },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'resolved', rootCause: 'Delivery delay' });
    const back = await ville.req({ method: 'PATCH', url, payload: { status: 'new' } });
    expect(back.statusCode).toBe(400);
    const view = (await anna.req({ method: 'GET', url })).json();
    expect(view.trail.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'contact',
      'status',
      'status',
    ]);
    expect(view.trail[0].actorName).toBe('Rule: Detractor mentions delivery');
    expect(view.trail[3]).toMatchObject({
      actorName: 'ville',
      data: { from: 'in_progress', to: 'resolved', rootCause: 'Delivery delay' },
    });
    expect(view.touchpoint).toMatchObject({ name: 'Waiting for delivery', ownerTeam: 'Delivery' });
    expect(view.customerLabel).toMatch(/^C-[0-9a-f]{8}$/);
  });

  it('puts the recovery survey’s score on the case', async () => {
    const [c] = (await anna.req({ method: 'GET', url: `${ws()}/cases` })).json().cases;
    const survey = await anna.req({
      method: 'POST',
      url: `${ws()}/surveys`,
      payload: {
        name: 'Recovery',
        level: 'touchpoint',
        touchpointId: wait.id,
        languages: ['fi'],
        layout: 'single-page',
        questions: [{ id: 'q_rec', type: 'nps', required: true, text: { fi: 'Suosittelisitko meitä nyt?' } }],
      },
    });
    expect(survey.statusCode, survey.body).toBe(201);
    const draft = await ville.req({
      method: 'POST',
      url: `${ws()}/cases/${c.id}/recovery`,
      payload: { surveyId: survey.json().id },
    });
    expect(draft.statusCode).toBe(400);
    expect(draft.json().issues[0].path).toBe('surveyId');
    await anna.req({ method: 'POST', url: `${ws()}/surveys/${survey.json().id}/publish` });
    const sent = await ville.req({
      method: 'POST',
      url: `${ws()}/cases/${c.id}/recovery`,
      payload: { surveyId: survey.json().id, email: 'customer@example.com', lang: 'fi' },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const link = new URL(sent.json().url);
    await t.ctx.act.dispatcher.tick();
    const invite = smtp.received.find((m) => m.to.includes('customer@example.com'));
    expect(invite?.text).toContain(link.pathname);

    const page = await t.app.inject({
      method: 'GET',
      url: `${link.pathname}${link.search}`,
      headers: { 'x-forwarded-for': '10.9.9.9' },
    });
    expect(page.statusCode).toBe(200);
    const form: Record<string, string> = {};
    for (const m of page.body.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g))
      form[m[1]!] = m[2]!;
    const action =
      /<form method="post" action="([^"]+)"/.exec(page.body)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const body = new URLSearchParams({ ...form, q_rec: '9' });
    const posted = await t.app.inject({
      method: 'POST',
      url: action,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.9.9.9' },
      payload: body.toString(),
    });
    expect(posted.statusCode, posted.body.slice(0, 300)).toBeLessThan(400);
    await t.ctx.ingest.flush();
    expect((await t.ctx.act.engine.tick()).recoveries).toBe(1);
    const view = (await anna.req({ method: 'GET', url: `${ws()}/cases/${c.id}` })).json();
    expect(view.case.recoveryScore).toMatchObject({ nps: 9 });
    expect(view.trail.at(-1)).toMatchObject({ kind: 'recovery_answered', actorName: 'Customer' });
  });

  it('retries a failing webhook receiver, then marks the delivery failed; the case stays', async () => {
    hooks.answer(500);
    const before = hooks.received.length;
    const test = await anna.req({ method: 'POST', url: `${ws()}/webhooks/${webhook.id}/test` });
    expect(test.statusCode, test.body).toBe(200);
    expect(test.json().delivery).toMatchObject({ status: 'queued', attempts: 1, lastStatus: 500 });
    // Walk the clock through every retry delay.
    const dispatcher = t.ctx.act.dispatcher as unknown as { o: { clock: () => number } };
    const real = dispatcher.o.clock;
    let offset = 0;
    dispatcher.o.clock = () => real() + offset;
    for (const wait of [10_000, 60_000, 300_000, 1_800_000, 7_200_000]) {
      offset += wait + 1000;
      await t.ctx.act.dispatcher.tick();
    }
    dispatcher.o.clock = real;
    expect(hooks.received.length - before).toBe(6);
    const log = (await anna.req({ method: 'GET', url: `${ws()}/webhooks/${webhook.id}/deliveries` })).json()
      .deliveries;
    expect(log[0]).toMatchObject({
      type: 'test',
      status: 'failed',
      attempts: 6,
      lastStatus: 500,
      lastError: 'the receiver answered 500',
    });
    expect(log[1]).toMatchObject({ type: 'case.opened', status: 'sent', lastStatus: 200 });
    hooks.answer(200);
    expect((await anna.req({ method: 'GET', url: `${ws()}/cases?view=all` })).json().cases).toHaveLength(1);
  });

  it('keeps another workspace out', async () => {
    const eve = await actor(t, 'eve@example.com');
    const [c] = (await anna.req({ method: 'GET', url: `${ws()}/cases` })).json().cases;
    expect((await eve.req({ method: 'GET', url: `${ws()}/cases/${c.id}` })).statusCode).toBe(404);
    expect(
      (await eve.req({ method: 'GET', url: `/api/workspaces/${eve.workspaceId}/cases/${c.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await eve.req({ method: 'GET', url: `/api/workspaces/${eve.workspaceId}/alert-rules/${ruleId}` }))
        .statusCode,
    ).toBe(404);
  });
});
