import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../src/domain/journey/journey.schema.js';
import { verifySurveyContext } from '../../src/domain/surveys/context-token.js';
import type { Survey } from '../../src/domain/surveys/survey.schema.js';
import { workspaceSecret } from '../../src/store/meta/workspace-settings.repository.js';
import { type Actor, actor, addTouchpoint, newJourney, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
let anna: Actor;
let bob: Actor;
let map: JourneyMap;
let delivery: Touchpoint;
let base: string;

const nps = {
  id: 'q_nps',
  type: 'nps',
  required: true,
  text: { fi: 'Kuinka todennäköisesti suosittelisit meitä?', en: 'How likely are you to recommend us?' },
};
const why = {
  id: 'q_why',
  type: 'text',
  text: { fi: 'Mitä voisimme parantaa?', en: 'What could we improve?' },
  showIf: { questionId: 'q_nps', op: 'lte', value: 6 },
};

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  bob = await actor(t, 'bob@example.com');
  map = await newJourney(anna, 'Shop');
  delivery = await addTouchpoint(anna, map, 3, { name: 'Delivery', channel: 'delivery', key: 'delivery' });
  base = `/api/workspaces/${anna.workspaceId}/surveys`;
});
afterAll(() => t.close());

async function create(payload: Record<string, unknown>): Promise<Survey> {
  const res = await anna.req({ method: 'POST', url: base, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('survey builder API', () => {
  it('creates a touchpoint survey as a draft, taking the journey from the touchpoint', async () => {
    const s = await create({
      name: 'Toimitus',
      level: 'touchpoint',
      touchpointId: delivery.id,
      languages: ['fi', 'en'],
      questions: [nps, why],
    });
    expect(s).toMatchObject({
      name: 'Toimitus',
      level: 'touchpoint',
      journeyId: map.journey.id,
      touchpointId: delivery.id,
      audience: 'customer',
      status: 'draft',
      layout: 'one-per-page',
      languages: ['fi', 'en'],
      defaultLanguage: 'fi',
      publishedVersion: null,
      version: 0,
      hasUnpublishedChanges: true,
      intro: {},
      thankYou: {},
    });
    expect(s.id).toMatch(/^sv_/);
    expect(s.questions).toEqual([
      { ...nps, required: true },
      { ...why, required: false, maxLength: 1000 },
    ]);
    const got = await anna.req({ method: 'GET', url: `${base}/${s.id}` });
    expect(got.json()).toEqual(s);
  });

  it('names the field of every validation error', async () => {
    const bad = async (payload: Record<string, unknown>) => {
      const res = await anna.req({ method: 'POST', url: base, payload });
      expect(res.statusCode).toBe(400);
      return res.json().issues.map((i: { path: string }) => i.path);
    };
    expect(await bad({ name: 'x', level: 'touchpoint', touchpointId: delivery.id, extra: 1 })).toEqual([
      '(body)',
    ]);
    expect(await bad({ name: '', level: 'relationship' })).toEqual(['name']);
    expect(await bad({ name: 'x', level: 'touchpoint' })).toEqual(['touchpointId']);
    expect(await bad({ name: 'x', level: 'touchpoint', touchpointId: 'tp_nope' })).toEqual(['touchpointId']);
    expect(await bad({ name: 'x', level: 'journey', journeyId: 'jr_nope' })).toEqual(['journeyId']);
    expect(
      await bad({ name: 'x', level: 'relationship', questions: [{ ...nps, type: 'nps', min: 3 }] }),
    ).toEqual(['questions.0']);
    expect(await bad({ name: 'x', level: 'relationship', questions: [{ ...nps, id: 'nps' }] })).toEqual([
      'questions.0.id',
    ]);
    expect(await bad({ name: 'x', level: 'relationship', questions: [why, nps] })).toEqual([
      'questions.0.showIf.questionId',
    ]);
    expect(await bad({ name: 'x', level: 'relationship', languages: ['fi'], defaultLanguage: 'sv' })).toEqual(
      ['defaultLanguage'],
    );
  });

  it('answers 409 with the current survey on a stale version', async () => {
    const s = await create({ name: 'Versions', level: 'relationship', questions: [nps] });
    const first = await anna.req({
      method: 'PATCH',
      url: `${base}/${s.id}`,
      payload: { version: 0, name: 'V1' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: 'V1', version: 1 });
    const stale = await anna.req({
      method: 'PATCH',
      url: `${base}/${s.id}`,
      payload: { version: 0, name: 'V2' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'conflict', current: { name: 'V1', version: 1 } });
    const unknown = await anna.req({
      method: 'PATCH',
      url: `${base}/${s.id}`,
      payload: { version: 1, colour: 'red' },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('moves a survey between levels and touchpoints in one patch each', async () => {
    const other = (
      await anna.req({
        method: 'POST',
        url: `/api/workspaces/${anna.workspaceId}/journeys`,
        payload: { name: 'Support', templateId: 'awareness-advocacy' },
      })
    ).json() as JourneyMap;
    const chat = (
      await anna.req({
        method: 'POST',
        url: `/api/workspaces/${anna.workspaceId}/journeys/${other.journey.id}/touchpoints`,
        payload: { name: 'Chat', stageId: other.stages[0]!.id, channel: 'chat', key: 'chat' },
      })
    ).json() as Touchpoint;
    const s = await create({
      name: 'Siirto',
      level: 'touchpoint',
      touchpointId: delivery.id,
      questions: [nps],
    });
    const url = `${base}/${s.id}`;
    const moved = await anna.req({ method: 'PATCH', url, payload: { version: 0, touchpointId: chat.id } });
    expect(moved.json()).toMatchObject({ touchpointId: chat.id, journeyId: other.journey.id });
    const journey = await anna.req({ method: 'PATCH', url, payload: { version: 1, level: 'journey' } });
    expect(journey.json()).toMatchObject({
      level: 'journey',
      touchpointId: null,
      journeyId: other.journey.id,
    });
    const rel = await anna.req({ method: 'PATCH', url, payload: { version: 2, level: 'relationship' } });
    expect(rel.json()).toMatchObject({ level: 'relationship', touchpointId: null, journeyId: null });
    const mismatch = await anna.req({
      method: 'PATCH',
      url,
      payload: { version: 3, level: 'touchpoint', touchpointId: chat.id, journeyId: map.journey.id },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().issues).toEqual([
      { path: 'journeyId', message: 'the touchpoint belongs to another journey' },
    ]);
    await anna.req({ method: 'DELETE', url });
  });

  it('publishes only when every text exists in every survey language, naming what is missing', async () => {
    const s = await create({
      name: 'Kielet',
      level: 'touchpoint',
      touchpointId: delivery.id,
      languages: ['fi', 'sv'],
      questions: [nps],
    });
    const missing = await anna.req({ method: 'POST', url: `${base}/${s.id}/publish` });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({
      error: 'bad_request',
      message: 'questions.0.text.sv: question q_nps has no Swedish (sv) text',
      issues: [{ path: 'questions.0.text.sv', message: 'question q_nps has no Swedish (sv) text' }],
    });
    const patched = await anna.req({
      method: 'PATCH',
      url: `${base}/${s.id}`,
      payload: {
        version: 0,
        questions: [{ ...nps, text: { ...nps.text, sv: 'Skulle du rekommendera oss?' } }],
      },
    });
    expect(patched.statusCode).toBe(200);
    const published = await anna.req({
      method: 'POST',
      url: `${base}/${s.id}/publish`,
      payload: { version: 1 },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'live',
      publishedVersion: 1,
      version: 1,
      hasUnpublishedChanges: false,
    });
  });

  it('keeps each published version; editing a live survey changes only the draft', async () => {
    const s = await create({ name: 'Live', level: 'relationship', languages: ['en'], questions: [nps, why] });
    await anna.req({ method: 'POST', url: `${base}/${s.id}/publish` });
    const edited = await anna.req({
      method: 'PATCH',
      url: `${base}/${s.id}`,
      payload: { version: 0, questions: [nps] },
    });
    expect(edited.json()).toMatchObject({
      status: 'live',
      publishedVersion: 1,
      version: 1,
      hasUnpublishedChanges: true,
    });
    const v2 = await anna.req({ method: 'POST', url: `${base}/${s.id}/publish` });
    expect(v2.json()).toMatchObject({ publishedVersion: 2, hasUnpublishedChanges: false });
    const versions = (await anna.req({ method: 'GET', url: `${base}/${s.id}/versions` })).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v1 = (await anna.req({ method: 'GET', url: `${base}/${s.id}/versions/1` })).json();
    expect(v1.definition.questions.map((q: { id: string }) => q.id)).toEqual(['q_nps', 'q_why']);
    expect(versions[0].definition.questions.map((q: { id: string }) => q.id)).toEqual(['q_nps']);
  });

  it('closes, reopens and deletes; a draft cannot be closed or reopened', async () => {
    const draft = await create({ name: 'Draft', level: 'relationship', languages: ['en'], questions: [nps] });
    expect((await anna.req({ method: 'POST', url: `${base}/${draft.id}/reopen` })).statusCode).toBe(400);
    expect((await anna.req({ method: 'POST', url: `${base}/${draft.id}/close` })).statusCode).toBe(400);
    await anna.req({ method: 'POST', url: `${base}/${draft.id}/publish` });
    expect((await anna.req({ method: 'POST', url: `${base}/${draft.id}/close` })).json().status).toBe(
      'closed',
    );
    expect((await anna.req({ method: 'POST', url: `${base}/${draft.id}/reopen` })).json().status).toBe(
      'live',
    );
    expect((await anna.req({ method: 'DELETE', url: `${base}/${draft.id}` })).statusCode).toBe(204);
    expect((await anna.req({ method: 'GET', url: `${base}/${draft.id}` })).statusCode).toBe(404);
  });

  it('lists surveys filtered by journey and touchpoint', async () => {
    const all: Survey[] = (await anna.req({ method: 'GET', url: base })).json();
    const byTp: Survey[] = (
      await anna.req({ method: 'GET', url: `${base}?touchpointId=${delivery.id}` })
    ).json();
    expect(byTp.length).toBe(2);
    expect(byTp.every((s) => s.touchpointId === delivery.id)).toBe(true);
    const byJourney: Survey[] = (
      await anna.req({ method: 'GET', url: `${base}?journeyId=${map.journey.id}` })
    ).json();
    expect(byJourney.map((s) => s.id).sort()).toEqual(byTp.map((s) => s.id).sort());
    expect(all.length).toBeGreaterThan(byTp.length);
  });

  it('gives the public link and signs a context token for it', async () => {
    const [s] = (
      await anna.req({ method: 'GET', url: `${base}?touchpointId=${delivery.id}` })
    ).json() as Survey[];
    const link = await anna.req({ method: 'GET', url: `${base}/${s!.id}/link?lang=sv` });
    expect(link.json()).toEqual({ url: `http://polku.test/s/${s!.id}?lang=sv`, live: s!.status === 'live' });
    const res = await anna.req({
      method: 'POST',
      url: `${base}/${s!.id}/context-token`,
      payload: { context: { customerId: 'c-1', channel: 'email', segment: { region: 'North' } } },
    });
    expect(res.statusCode).toBe(200);
    const { token, url } = res.json();
    expect(url).toBe(`http://polku.test/s/${s!.id}?c=${token}`);
    const secret = await workspaceSecret(t.db, anna.workspaceId, 'survey-context');
    expect(verifySurveyContext(secret, token)).toEqual({
      ok: true,
      value: { customerId: 'c-1', channel: 'email', segment: { region: 'North' }, surveyId: s!.id },
    });
    const bad = await anna.req({
      method: 'POST',
      url: `${base}/${s!.id}/context-token`,
      payload: { context: { channel: 'pigeon' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('context.channel');
  });

  it('renders a draft definition as the respondent page for the preview', async () => {
    const res = await anna.req({
      method: 'POST',
      url: `${base}/preview`,
      payload: {
        definition: {
          name: 'Esikatselu <b>',
          level: 'relationship',
          journeyId: null,
          touchpointId: null,
          audience: 'customer',
          layout: 'one-per-page',
          languages: ['fi', 'en'],
          defaultLanguage: 'fi',
          questions: [nps, why],
          intro: {},
          thankYou: {},
        },
        language: 'en',
        page: 1,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<h1>Esikatselu &lt;b&gt;</h1>');
    expect(res.body).toContain('What could we improve?');
    expect(res.body).not.toContain('How likely');
    const saved = ((await anna.req({ method: 'GET', url: base })).json() as Survey[]).find(
      (x) => x.name === 'Toimitus',
    );
    const thanks = await anna.req({
      method: 'POST',
      url: `${base}/preview`,
      payload: { survey: saved, lang: 'fi', thankYou: true },
    });
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('<h1>Kiitos!</h1>');
    const bad = await anna.req({
      method: 'POST',
      url: `${base}/preview`,
      payload: { definition: { ...saved, name: '' }, lang: 'fi' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('definition.name');
  });

  it('keeps workspaces apart and viewers read-only', async () => {
    const [s] = (await anna.req({ method: 'GET', url: base })).json() as Survey[];
    expect((await bob.req({ method: 'GET', url: `${base}/${s!.id}` })).statusCode).toBe(404);
    expect(
      (await bob.req({ method: 'GET', url: `/api/workspaces/${bob.workspaceId}/surveys/${s!.id}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await bob.req({ method: 'GET', url: `/api/workspaces/${bob.workspaceId}/surveys` })).json(),
    ).toEqual([]);
    const viewer = await actor(t, 'vera@example.com', { workspaceId: anna.workspaceId, role: 'viewer' });
    expect((await viewer.req({ method: 'GET', url: `${base}/${s!.id}` })).statusCode).toBe(200);
    expect(
      (
        await viewer.req({
          method: 'PATCH',
          url: `${base}/${s!.id}`,
          payload: { version: s!.version, name: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await bob.req({
          method: 'POST',
          url: `/api/workspaces/${bob.workspaceId}/surveys`,
          payload: { name: 'x', level: 'touchpoint', touchpointId: delivery.id },
        })
      ).statusCode,
    ).toBe(400);
  });
});
