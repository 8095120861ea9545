import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../src/domain/journey/journey.schema.js';
import type { Survey } from '../../src/domain/surveys/survey.schema.js';
import { RESPONDENT_POSTS_PER_MINUTE } from '../../src/http/routes/respondent.routes.js';
import { getSurveySession } from '../../src/store/meta/surveys.repository.js';
import { updateWorkspaceSettings } from '../../src/store/meta/workspace-settings.repository.js';
import { sweepSurveySessions } from '../../src/surveys/respondent/sweeper.js';
import { type Actor, actor, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
let anna: Actor;
let map: JourneyMap;
let delivery: Touchpoint;
let store: Touchpoint;
let api: string;
let ipCounter = 0;

const nps = {
  id: 'q_nps',
  type: 'nps',
  required: true,
  text: {
    fi: 'Kuinka todennäköisesti suosittelisit meitä ystävällesi?',
    sv: 'Hur troligt är det att du rekommenderar oss?',
    en: 'How likely are you to recommend us?',
  },
};
const why = {
  id: 'q_why',
  type: 'text',
  text: { fi: 'Mitä voisimme parantaa?', sv: 'Vad kan vi förbättra?', en: 'What could we improve?' },
  showIf: { questionId: 'q_nps', op: 'lte', value: 6 },
};
const csat = {
  id: 'q_csat',
  type: 'csat',
  text: {
    fi: 'Olitko tyytyväinen toimitukseen?',
    sv: 'Var du nöjd med leveransen?',
    en: 'Were you satisfied?',
  },
};

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  const j = `/api/workspaces/${anna.workspaceId}/journeys`;
  map = (
    await anna.req({ method: 'POST', url: j, payload: { name: 'Shop', templateId: 'awareness-advocacy' } })
  ).json();
  const tp = async (name: string, key: string, stage: number) =>
    (
      await anna.req({
        method: 'POST',
        url: `${j}/${map.journey.id}/touchpoints`,
        payload: { name, key, stageId: map.stages[stage]!.id, channel: 'delivery' },
      })
    ).json();
  delivery = await tp('Delivery', 'delivery', 3);
  store = await tp('Store', 'store-visit', 2);
  api = `/api/workspaces/${anna.workspaceId}/surveys`;
});
afterAll(() => t.close());

async function publishedSurvey(payload: Record<string, unknown>): Promise<Survey> {
  const created = await anna.req({
    method: 'POST',
    url: api,
    payload: { level: 'touchpoint', touchpointId: delivery.id, languages: ['fi', 'sv', 'en'], ...payload },
  });
  expect(created.statusCode, created.body).toBe(201);
  const published = await anna.req({ method: 'POST', url: `${api}/${created.json().id}/publish` });
  expect(published.statusCode, published.body).toBe(200);
  return published.json();
}

/** A respondent: one IP (the rate limit counts per IP), following the pages like a browser. */
function respondent() {
  const ip = `10.0.0.${++ipCounter}`;
  let form: Record<string, string> = {};
  let action = '';
  const read = (html: string) => {
    form = {};
    for (const m of html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)) form[m[1]!] = m[2]!;
    action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
  };
  return {
    ip,
    get form() {
      return form;
    },
    async open(url: string, headers: Record<string, string> = {}) {
      const res = await t.app.inject({ method: 'GET', url, headers: { 'x-forwarded-for': ip, ...headers } });
      read(res.body);
      return res;
    },
    async post(fields: Record<string, string | string[]>, opts: { keepForm?: boolean; url?: string } = {}) {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...form, ...fields }))
        for (const x of [v].flat()) body.append(k, x);
      const res = await t.app.inject({
        method: 'POST',
        url: opts.url ?? action,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
        payload: body.toString(),
      });
      if (!opts.keepForm) read(res.body);
      return res;
    },
  };
}

const latest = (tp = delivery) => t.ctx.events.latestResponses(anna.workspaceId, tp.id, 20);
const hasLang = (html: string, lang: string) => html.includes(`<html lang="${lang}">`);

describe('the respondent page', () => {
  it('chooses the language: lang parameter, then the token, then Accept-Language, then the default', async () => {
    const s = await publishedSurvey({ name: 'Kieli', questions: [nps] });
    const r = respondent();
    expect(hasLang((await r.open(`/s/${s.id}?lang=sv`, { 'accept-language': 'en' })).body, 'sv')).toBe(true);
    expect(hasLang((await r.open(`/s/${s.id}`, { 'accept-language': 'de, en;q=0.9' })).body, 'en')).toBe(
      true,
    );
    expect(hasLang((await r.open(`/s/${s.id}`)).body, 'fi')).toBe(true);
    const { token } = (
      await anna.req({
        method: 'POST',
        url: `${api}/${s.id}/context-token`,
        payload: { context: { lang: 'sv' } },
      })
    ).json();
    const tokenPage = await r.open(`/s/${s.id}?c=${token}`, { 'accept-language': 'en' });
    expect(hasLang(tokenPage.body, 'sv')).toBe(true);
    expect(tokenPage.body).toContain('Hur troligt är det att du rekommenderar oss?');
    expect(tokenPage.body).toContain('0 = inte alls troligt');
    expect(hasLang((await r.open(`/s/${s.id}?c=${token}&lang=en`)).body, 'en')).toBe(true);
    const en = await r.open(`/s/${s.id}?lang=en`);
    expect(en.body).toContain('>Send</button>');
    expect(en.body).toContain('<span>10 = extremely likely</span>');
  });

  it('renders an accessible, small, script-free form under its own CSP', async () => {
    const s = await publishedSurvey({
      name: 'Toimitus <script>alert(1)</script>',
      intro: { fi: 'Kiitos tilauksestasi!', sv: 'Tack för din beställning!', en: 'Thanks for your order!' },
      questions: [nps, why],
    });
    const res = await respondent().open(`/s/${s.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; img-src 'self' data:; script-src 'self'; base-uri 'none'; frame-ancestors 'self'",
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const html = res.body;
    expect(Buffer.byteLength(html)).toBeLessThan(15_000);
    expect(html).toContain('<h1>Toimitus &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).not.toContain('<script');
    expect(html).toContain('<p class="intro">Kiitos tilauksestasi!</p>');
    expect(html).toContain('<p class="progress">Kysymys 1/1</p>');
    expect(html).toContain(
      '<fieldset id="q_nps" aria-describedby="q_nps-ends"><legend>Kuinka todennäköisesti suosittelisit meitä ystävällesi? <span class="req">(pakollinen)</span></legend>',
    );
    expect(html).toContain(
      '<p class="ends" id="q_nps-ends"><span>0 = en lainkaan todennäköisesti</span> <span>10 = erittäin todennäköisesti</span></p>',
    );
    expect(html.match(/type="radio" name="q_nps"/g)?.length).toBe(11);
    expect(html).toContain(
      '<div class="hp" aria-hidden="true"><label for="hp-website">Jätä tämä kenttä tyhjäksi</label><input type="text" id="hp-website" name="website" tabindex="-1" autocomplete="off"></div>',
    );
    expect(html).toContain('<nav class="langs" aria-label="Kieli">');
    expect(html).toContain(`<a href="/s/${s.id}?lang=sv" lang="sv" hreflang="sv">På svenska</a>`);
  });

  it('goes screen by screen with display logic, back and next, and stores the response once', async () => {
    const s = await publishedSurvey({ name: 'Toimitus', questions: [nps, why, csat] });
    const r = respondent();
    await r.open(`/s/${s.id}`);
    expect(r.form.s).toMatch(/^ss_[a-z0-9]{24}$/);

    const missing = await r.post({ action: 'next' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain(
      '<div class="summary" role="alert" aria-labelledby="summary-h" tabindex="-1"><h2 id="summary-h">Tarkista vastauksesi</h2><ul><li><a href="#q_nps-0">Kuinka todennäköisesti suosittelisit meitä ystävällesi?: Vastaa tähän kysymykseen.</a></li></ul></div>',
    );
    expect(missing.body).toContain('<fieldset id="q_nps" aria-describedby="q_nps-err q_nps-ends">');
    expect(missing.body).toContain('<p class="err" id="q_nps-err">Vastaa tähän kysymykseen.</p>');

    const second = await r.post({ action: 'next', q_nps: '4' });
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain('Mitä voisimme parantaa?');
    expect(second.body).toContain('<p class="progress">Kysymys 2/3</p>');
    const session = await getSurveySession(t.db, r.form.s!);
    expect(session).toMatchObject({
      answers: { q_nps: 4 },
      page: 1,
      status: 'open',
      version: 1,
      language: 'fi',
    });

    const back = await r.post({ action: 'back', q_why: 'Hidas' });
    expect(back.body).toContain('value="4" checked');
    await r.post({ action: 'next', q_nps: '4' });
    const third = await r.post({ action: 'next', q_why: 'Kuljettaja oli <b>myöhässä</b>' });
    expect(third.body).toContain('Olitko tyytyväinen toimitukseen?');
    const thanks = await r.post({ action: 'next', q_csat: '2' }, { keepForm: true });
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('<h1>Kiitos!</h1>');

    const stored = await latest();
    const mine = stored.filter((x) => x.surveyId === s.id);
    expect(mine).toEqual([
      {
        id: r.form.s,
        surveyId: s.id,
        ts: session!.startedAt,
        audience: 'customer',
        level: 'touchpoint',
        nps: 4,
        csat: 2,
        ces: null,
        comment: 'Kuljettaja oli <b>myöhässä</b>',
        language: 'fi',
        channel: null,
        answers: { q_nps: 4, q_why: 'Kuljettaja oli <b>myöhässä</b>', q_csat: 2 },
        source: 'survey',
        complete: true,
        surveyVersion: 1,
        customerId: null,
        properties: {},
      },
    ]);

    // The same final form sent again (double click, reload): thanks again, nothing new stored.
    const again = await r.post({ action: 'next', q_csat: '2' }, { keepForm: true });
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('<h1>Kiitos!</h1>');
    expect((await latest()).filter((x) => x.surveyId === s.id)).toHaveLength(1);
    expect((await getSurveySession(t.db, r.form.s!))?.status).toBe('complete');
  });

  it('sends a respondent who skipped a required question (by editing the form) back to it', async () => {
    const s = await publishedSurvey({ name: 'Ohitettu', questions: [nps, why, csat] });
    const r = respondent();
    await r.open(`/s/${s.id}`);
    const res = await r.post({ action: 'next', p: '2', q_csat: '3' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<p class="err" id="q_nps-err">Vastaa tähän kysymykseen.</p>');
    expect(r.form.p).toBe('0');
    expect((await getSurveySession(t.db, r.form.s!))?.answers).toEqual({ q_csat: 3 });
    expect((await latest()).filter((x) => x.surveyId === s.id)).toEqual([]);
  });

  it('skips a hidden question: a promoter goes straight to the next visible one', async () => {
    const s = await publishedSurvey({ name: 'Ohitus', questions: [nps, why, csat] });
    const r = respondent();
    await r.open(`/s/${s.id}?lang=en`);
    const next = await r.post({ action: 'next', q_nps: '9' });
    expect(next.body).toContain('Were you satisfied?');
    expect(next.body).not.toContain('What could we improve?');
    expect(next.body).toContain('<p class="progress">Question 2 of 2</p>');
    const back = await r.post({ action: 'back' });
    expect(back.body).toContain('How likely are you to recommend us?');
  });

  it('on a single page, skips the answers of hidden questions on submit', async () => {
    const s = await publishedSurvey({
      name: 'Yksi sivu',
      layout: 'single-page',
      questions: [nps, why, csat],
    });
    const r = respondent();
    const first = await r.open(`/s/${s.id}`);
    expect(first.body).toContain('Mitä voisimme parantaa?');
    expect(first.body).not.toContain('Edellinen');
    const bad = await r.post({ action: 'next', q_csat: '9' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<p class="err" id="q_nps-err">Vastaa tähän kysymykseen.</p>');
    expect(bad.body).toContain('<p class="err" id="q_csat-err">Valitse arvo väliltä 1–5.</p>');
    const ok = await r.post(
      { action: 'next', q_nps: '10', q_why: 'ei mitään', q_csat: '5' },
      { keepForm: true },
    );
    expect(ok.body).toContain('<h1>Kiitos!</h1>');
    const [mine] = (await latest()).filter((x) => x.surveyId === s.id);
    expect(mine).toMatchObject({ nps: 10, csat: 5, comment: null, answers: { q_nps: 10, q_csat: 5 } });
  });

  it('accepts a signed context, refuses a forged one politely, and ignores plain parameters unless allowed', async () => {
    const s = await publishedSurvey({ name: 'Konteksti', questions: [nps, csat] });
    const { token } = (
      await anna.req({
        method: 'POST',
        url: `${api}/${s.id}/context-token`,
        payload: {
          context: { customerId: 'c-77', channel: 'email', orderId: 'o-1', segment: { region: 'Uusimaa' } },
        },
      })
    ).json();
    const signed = respondent();
    await signed.open(`/s/${s.id}?c=${token}&channel=store`);
    await signed.post({ action: 'next', q_nps: '8' });
    expect((await getSurveySession(t.db, signed.form.s!))?.context).toEqual({
      customerId: 'c-77',
      channel: 'email',
      orderId: 'o-1',
      segment: { region: 'Uusimaa' },
    });
    await signed.post({ action: 'next', q_csat: '4' }, { keepForm: true });
    const [stored] = (await latest()).filter((x) => x.id === signed.form.s);
    expect(stored).toMatchObject({ nps: 8, csat: 4, channel: 'email', complete: true });
    // The finished session no longer holds the customer's data; the response has it, pseudonymised.
    expect(await getSurveySession(t.db, signed.form.s!)).toMatchObject({
      status: 'complete',
      context: {},
      answers: {},
    });

    const [payload, sig] = String(token).split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), customerId: 'c-1' }),
    ).toString('base64url');
    const forged = await respondent().open(`/s/${s.id}?c=${forgedPayload}.${sig}`, {
      'accept-language': 'sv',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(forged.body).toContain('<html lang="sv">');
    expect(forged.body).toContain(
      'Den här enkätlänken är inte giltig eller har gått ut. Tack för ditt intresse.',
    );

    // A forged hidden context on the first post is refused too.
    const sneaky = respondent();
    await sneaky.open(`/s/${s.id}`);
    const refused = await sneaky.post({ q_nps: '1', c: `${forgedPayload}.${sig}` });
    expect(refused.statusCode).toBe(403);
    expect(await getSurveySession(t.db, sneaky.form.s ?? '')).toBeUndefined();

    const plain = respondent();
    await plain.open(`/s/${s.id}?customer=c-9&channel=store&seg_region=North`);
    await plain.post({ action: 'next', q_nps: '6' });
    expect((await getSurveySession(t.db, plain.form.s!))?.context).toEqual({});

    await updateWorkspaceSettings(t.db, anna.workspaceId, { allowPlainSurveyParams: true });
    t.ctx.ingest.invalidate(anna.workspaceId);
    const allowed = respondent();
    await allowed.open(`/s/${s.id}?customer=c-9&channel=store&seg_region=North&order=o-5`);
    await allowed.post({ action: 'next', q_nps: '6' });
    expect((await getSurveySession(t.db, allowed.form.s!))?.context).toEqual({
      customerId: 'c-9',
      channel: 'store',
      orderId: 'o-5',
      segment: { region: 'North' },
    });
    await allowed.post({ action: 'next' }, { keepForm: true });
    const [plainStored] = (await latest()).filter((x) => x.id === allowed.form.s);
    expect(plainStored).toMatchObject({ nps: 6, channel: 'store' });
    await updateWorkspaceSettings(t.db, anna.workspaceId, { allowPlainSurveyParams: false });
  });

  it('places a journey-level answer at the touchpoint its signed context names, if that is on the journey', async () => {
    const created = await anna.req({
      method: 'POST',
      url: api,
      payload: {
        name: 'Matka',
        level: 'journey',
        journeyId: map.journey.id,
        languages: ['fi'],
        layout: 'single-page',
        questions: [nps],
      },
    });
    const s: Survey = created.json();
    await anna.req({ method: 'POST', url: `${api}/${s.id}/publish` });
    const surveyResponses = async () =>
      (await t.ctx.events.ingestVolume(anna.workspaceId, new Date(Date.now() - 3_600_000), 'day'))
        .filter((b) => b.source === 'survey')
        .reduce((n, b) => n + b.responses, 0);
    const before = await surveyResponses();
    const sign = async (touchpointKey: string) =>
      (
        await anna.req({
          method: 'POST',
          url: `${api}/${s.id}/context-token`,
          payload: { context: { touchpointKey } },
        })
      ).json().token as string;
    const r = respondent();
    await r.open(`/s/${s.id}?c=${await sign('store-visit')}`);
    await r.post({ q_nps: '7' }, { keepForm: true });
    const [atStore] = (await latest(store)).filter((x) => x.surveyId === s.id);
    expect(atStore).toMatchObject({ id: r.form.s, level: 'journey', nps: 7 });
    const elsewhere = respondent();
    await elsewhere.open(`/s/${s.id}?c=${await sign('not-on-this-journey')}`);
    await elsewhere.post({ q_nps: '8' }, { keepForm: true });
    expect(elsewhere.form.s).toMatch(/^ss_/);
    const all = [...(await latest(store)), ...(await latest(delivery))].filter((x) => x.surveyId === s.id);
    expect(all.map((x) => x.nps)).toEqual([7]);
    // The second is stored too, on the journey without a touchpoint.
    expect((await surveyResponses()) - before).toBe(2);
  });

  it('keeps partial answers: a session idle for 30 minutes becomes an incomplete response', async () => {
    const s = await publishedSurvey({ name: 'Kesken', questions: [nps, why, csat] });
    const r = respondent();
    await r.open(`/s/${s.id}`);
    await r.post({ action: 'next', q_nps: '3' });
    const idle = respondent();
    await idle.open(`/s/${s.id}`);
    await idle.post({ action: 'next' }); // nothing answered: an empty session
    const realNow = t.ctx.now;
    try {
      t.ctx.now = () => new Date(Date.now() + 31 * 60_000).toISOString();
      const swept = await sweepSurveySessions(t.ctx);
      expect(swept.partial).toBeGreaterThanOrEqual(1);
    } finally {
      t.ctx.now = realNow;
    }
    const mine = (await latest()).filter((x) => x.surveyId === s.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: r.form.s, nps: 3, answers: { q_nps: 3 }, complete: false });
    expect((await getSurveySession(t.db, r.form.s!))?.status).toBe('partial');
    expect((await getSurveySession(t.db, idle.form.s!))?.status).toBe('abandoned');
    // Coming back later shows thanks; the partial response stays the only one.
    const late = await r.post({ action: 'next', q_why: 'myöhässä' });
    expect(late.body).toContain('<h1>Kiitos!</h1>');
    expect((await latest()).filter((x) => x.surveyId === s.id)).toHaveLength(1);
  });

  it('thanks a bot that fills the honeypot and stores nothing', async () => {
    const s = await publishedSurvey({ name: 'Hunaja', layout: 'single-page', questions: [nps] });
    const bot = respondent();
    await bot.open(`/s/${s.id}`);
    const res = await bot.post({ q_nps: '10', website: 'http://spam.example' }, { keepForm: true });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Kiitos!</h1>');
    expect(await getSurveySession(t.db, bot.form.s!)).toBeUndefined();
    expect((await latest()).filter((x) => x.surveyId === s.id)).toEqual([]);
  });

  it('shows polite pages for closed, draft and unknown surveys', async () => {
    const s = await publishedSurvey({ name: 'Suljettu', questions: [nps] });
    const r = respondent();
    await r.open(`/s/${s.id}`);
    await anna.req({ method: 'POST', url: `${api}/${s.id}/close` });
    const closed = await r.open(`/s/${s.id}`);
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain('<p>Tämä kysely on suljettu. Kiitos mielenkiinnostasi.</p>');
    const closedEn = await r.open(`/s/${s.id}?lang=en`);
    expect(closedEn.body).toContain('<p>This survey is closed. Thank you for your interest.</p>');
    const draft = (
      await anna.req({
        method: 'POST',
        url: api,
        payload: { name: 'Luonnos', level: 'relationship', questions: [nps] },
      })
    ).json();
    const unknown = await r.open('/s/sv_doesnotexist', { 'accept-language': 'fi' });
    const drafted = await r.open(`/s/${draft.id}`, { 'accept-language': 'fi' });
    for (const res of [unknown, drafted]) {
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('<h1>Kyselyä ei löytynyt</h1>');
    }
    const post = await r.post({ q_nps: '5' }, { url: `/s/${s.id}` });
    expect(post.statusCode).toBe(410);
  });

  it('never corrupts earlier responses when a live survey is edited and republished', async () => {
    const s = await publishedSurvey({ name: 'Versiot', layout: 'single-page', questions: [nps, why] });
    const v1 = respondent();
    await v1.open(`/s/${s.id}`);
    const slow = respondent();
    await slow.open(`/s/${s.id}`); // still holding a v1 form when v2 is published
    await v1.post({ q_nps: '2', q_why: 'Liian hidas' }, { keepForm: true });
    const current: Survey = (await anna.req({ method: 'GET', url: `${api}/${s.id}` })).json();
    await anna.req({
      method: 'PATCH',
      url: `${api}/${s.id}`,
      payload: { version: current.version, questions: [nps, csat] },
    });
    expect((await anna.req({ method: 'POST', url: `${api}/${s.id}/publish` })).json().publishedVersion).toBe(
      2,
    );

    const v2 = respondent();
    const page2 = await v2.open(`/s/${s.id}`);
    expect(page2.body).toContain('Olitko tyytyväinen toimitukseen?');
    expect(page2.body).not.toContain('Mitä voisimme parantaa?');
    expect(v2.form.v).toBe('2');
    await v2.post({ q_nps: '9', q_csat: '4' }, { keepForm: true });
    await slow.post({ q_nps: '5', q_why: 'Vanha lomake' }, { keepForm: true });
    expect((await getSurveySession(t.db, slow.form.s!))?.version).toBe(1);

    const mine = (await latest()).filter((x) => x.surveyId === s.id);
    const byId = Object.fromEntries(mine.map((x) => [x.id, x]));
    expect(byId[v1.form.s!]).toMatchObject({
      nps: 2,
      comment: 'Liian hidas',
      answers: { q_nps: 2, q_why: 'Liian hidas' },
    });
    expect(byId[slow.form.s!]).toMatchObject({
      nps: 5,
      comment: 'Vanha lomake',
      answers: { q_nps: 5, q_why: 'Vanha lomake' },
    });
    expect(byId[v2.form.s!]).toMatchObject({
      nps: 9,
      csat: 4,
      comment: null,
      answers: { q_nps: 9, q_csat: 4 },
    });
    // The v1 answers are still readable with the v1 definition.
    const v1def = (await anna.req({ method: 'GET', url: `${api}/${s.id}/versions/1` })).json().definition;
    expect(v1def.questions.find((q: { id: string }) => q.id === 'q_why').text.fi).toBe(
      'Mitä voisimme parantaa?',
    );
  });

  it('embeds: no framing limit for that response, and the thank-you page signals the widget', async () => {
    const s = await publishedSurvey({
      name: 'Upotus',
      layout: 'single-page',
      touchpointId: store.id,
      questions: [nps],
    });
    const r = respondent();
    const page = await r.open(`/s/${s.id}?embed=1`);
    expect(page.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.body).toContain('<body class="embed">');
    expect(page.body).not.toContain('class="langs"');
    expect(page.body).toContain('<script src="/s/embed.js"></script>');
    const esc = await t.app.inject({ method: 'GET', url: '/s/embed.js' });
    expect(esc.body).toContain("type:'polku:survey-close'");
    expect(esc.body).toContain("e.key==='Escape'");
    const thanks = await r.post({ q_nps: '7' });
    expect(thanks.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(thanks.body).toContain('<script src="/s/embed-done.js"></script>');
    const normal = await respondent().open(`/s/${s.id}`);
    expect(normal.headers['x-frame-options']).toBe('SAMEORIGIN');
    const script = await t.app.inject({ method: 'GET', url: '/s/embed-done.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain("type:'polku:survey-complete'");
    expect((await latest(store)).filter((x) => x.surveyId === s.id)).toHaveLength(1);
  });

  it('limits posts per address with a polite page', async () => {
    const s = await publishedSurvey({ name: 'Raja', questions: [nps, csat] });
    const r = respondent();
    await r.open(`/s/${s.id}`);
    const statuses: number[] = [];
    for (let i = 0; i < RESPONDENT_POSTS_PER_MINUTE; i++)
      statuses.push((await r.post({ action: 'next' }, { keepForm: true })).statusCode);
    expect(statuses.every((x) => x === 400)).toBe(true);
    const limited = await r.post({ action: 'next' }, { keepForm: true });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(limited.body).toContain('<h1>Odota hetki</h1>');
  });
});
