import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseAt, smallJourney, tempStore, touchpointOf } from '../../test/support/analytics-fixture.js';
import type { EventStore } from '../store/events/event-store.js';
import { Query } from './query.js';
import { themes } from './themes.js';
import { ThemesResult } from './themes-schema.js';

const map = smallJourney();
const MARCH = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const query = Query.parse({ workspaceId: 'ws_a', journeyId: map.journey.id, period: MARCH });
const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T12:00:00Z`;

let store: EventStore;
let cleanup: () => Promise<void>;

/** Comment d<i> is given on 2026-03-<i>; every response says its language is Finnish (detection decides). */
const WAIT: [string, number | null][] = [
  ['Toimitus kesti liian kauan.', 2],
  ['Toimituksen seuranta ei toiminut, ja toimitus kesti viikon.', 3],
  ['Toimitukset myöhästyivät aina.', 1],
  ['Toimitusaika kesti kaksi viikkoa.', 4],
  ['Ystävällinen henkilökunta.', 10],
  ['Henkilökunta oli ystävällinen ja auttoi.', 9],
  ['Kiitos, henkilökunta auttoi hyvin.', 9],
  ['Leveransen var långsam.', 5],
  ['The delivery was slow.', 6],
  ['Great staff and quick service.', null],
];

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  await store.appendResponses([
    ...WAIT.map(([comment, nps], i) =>
      responseAt(map, 'wait', day(i + 1), {
        id: `d${i + 1}`,
        comment,
        nps,
        csat: nps === null ? 5 : null,
        language: 'fi',
      }),
    ),
    responseAt(map, 'checkout', day(11), {
      id: 'd11',
      comment: 'Kassalla jonotus kesti.',
      nps: 5,
      language: 'fi',
    }),
    // Not commented, an employee, another workspace, February: none of them count.
    responseAt(map, 'wait', day(12), { id: 'x1', comment: null, nps: 10 }),
    responseAt(map, 'wait', day(13), { id: 'x2', comment: '   ', nps: 10 }),
    responseAt(map, 'wait', day(14), {
      id: 'x3',
      comment: 'Toimitus myöhässä.',
      nps: 0,
      audience: 'employee',
    }),
    responseAt(map, 'wait', day(15), {
      id: 'x4',
      comment: 'Toimitus myöhässä.',
      nps: 0,
      workspaceId: 'ws_b',
    }),
    responseAt(map, 'wait', '2026-02-10T12:00:00Z', { id: 'x5', comment: 'Toimitus myöhässä.', nps: 0 }),
  ]);
});
afterAll(() => cleanup());

describe('themes on a real DuckDB file', () => {
  it('finds themes over the whole journey with counts, shares, NPS against the rest and verbatims', async () => {
    const r = await themes(store, { query, map, privacyMinimum: 5 });
    expect(ThemesResult.parse(r)).toEqual(r);
    expect(r.commented).toBe(11);
    expect(r.analysed).toBe(11);
    expect(r.minSupport).toBe(3);
    // d8 is Swedish (å), d9 and d10 English, whatever the response said.
    expect(r.languages).toEqual({ fi: 8, sv: 1, en: 2 });
    // All 10 NPS answers: 2 3 1 4 10 9 9 5 6 5 → P = 3, D = 7, NPS −40, mean 54/10.
    expect(r.nps).toMatchObject({ n: 10, visible: true, value: -40, mean: 5.4 });
    expect(r.themes.map((t) => [t.id, t.label, t.kind, t.terms, t.count, t.share])).toEqual([
      ['auto:toimitu', 'toimitus', 'auto', ['toimitus', 'kesti'], 5, 5 / 11],
      ['auto:henkilökun', 'henkilökunta', 'auto', ['henkilökunta'], 3, 3 / 11],
    ]);

    const [delivery, staff] = r.themes;
    // Delivery: d1 d2 d3 d4 d11 → 2 3 1 4 5: D = 5, NPS −100, mean 3.
    // Rest: d5 d6 d7 d8 d9 → 10 9 9 5 6 (d10 has no NPS): P = 3, D = 2, NPS 20, mean 7.8.
    expect(delivery?.nps).toMatchObject({ n: 5, visible: true, value: -100, mean: 3 });
    expect(delivery?.rest).toMatchObject({ n: 5, visible: true, value: 20, mean: 7.8 });
    // NPS′ = (0.75 − 5.75)/8 = −0.625, SE′ = √((6.5/8 − 0.390625)/8) = 0.229640;
    // rest NPS′ = (3.75 − 2.75)/8 = 0.125, SE′ = √((6.5/8 − 0.015625)/8) = 0.315609;
    // z = 0.75 / √(0.052734 + 0.099609) = 1.92154 < 1.96: not significant with n = 5 each.
    expect(delivery?.effect?.difference).toBe(-120);
    expect(delivery?.effect?.z).toBeCloseTo(1.92154, 4);
    expect(delivery?.effect?.significant).toBe(false);
    // Adjusted-Wald interval: 100·(−0.625 ± 1.96·0.229640) = −107.5… clipped to −100, −17.49
    expect(delivery?.nps.interval?.low).toBe(-100);
    expect(delivery?.nps.interval?.high).toBeCloseTo(-17.4906, 3);
    // Newest first, raw text, the detected language.
    expect(delivery?.verbatims.map((v) => v.id)).toEqual(['d11', 'd4', 'd3', 'd2', 'd1']);
    expect(delivery?.verbatims[0]).toEqual({
      id: 'd11',
      text: 'Kassalla jonotus kesti.',
      nps: 5,
      language: 'fi',
      ts: '2026-03-11T12:00:00.000Z',
    });
    // Staff: 10 9 9 → n = 3 < 5: values hidden, count kept; no effect. The rest (n = 7) is hidden
    // too: with the total shown (n 10, NPS −40, mean 5.4) it would give the staff NPS away
    // (P − D = −4 − (−7) = 3 of 3 → 100), and so would the verbatims' own answers.
    expect(staff?.nps).toEqual({ n: 3, visible: false, mean: null, value: null, interval: null });
    expect(staff?.rest).toEqual({ n: 7, visible: false, mean: null, value: null, interval: null });
    expect(staff?.effect).toBeNull();
    expect(staff?.verbatims.map((v) => [v.id, v.nps])).toEqual([
      ['d7', null],
      ['d6', null],
      ['d5', null],
    ]);
  });

  it('reads one touchpoint only when asked, and limits the automatic themes', async () => {
    const wait = touchpointOf(map, 'wait');
    const r = await themes(store, { query, map, privacyMinimum: 1 }, { touchpointId: wait.id });
    expect(r.commented).toBe(10);
    expect(r.themes.map((t) => [t.label, t.count, t.share])).toEqual([
      ['toimitus', 4, 0.4],
      ['henkilökunta', 3, 0.3],
    ]);
    const one = await themes(store, { query, map, privacyMinimum: 1 }, { limit: 1 });
    expect(one.themes.map((t) => t.label)).toEqual(['toimitus']);
  });

  it('puts user themes first, matching every language, and keeps their stems out of automatic themes', async () => {
    const r = await themes(
      store,
      { query, map, privacyMinimum: 5 },
      { userThemes: [{ id: 'th_1', name: 'Toimitus', keywords: ['toimitus', 'leverans', 'delivery'] }] },
    );
    expect(r.themes.map((t) => [t.id, t.label, t.kind, t.count])).toEqual([
      ['th_1', 'Toimitus', 'user', 6],
      ['auto:kest', 'kesti', 'auto', 4],
      ['auto:henkilökun', 'henkilökunta', 'auto', 3],
    ]);
    // d1–d4, d8, d9 → 2 3 1 4 5 6 (NPS −100, mean 3.5); the rest (10 9 9 5) has n = 4 < 5: hidden,
    // and so is the theme, which the total (n 10, shown) less the theme would give away.
    expect(r.themes[0]?.nps).toEqual({ n: 6, visible: false, mean: null, value: null, interval: null });
    expect(r.themes[0]?.rest).toEqual({ n: 4, visible: false, mean: null, value: null, interval: null });
    expect(r.themes[0]?.verbatims.every((v) => v.nps === null)).toBe(true);
    expect(r.themes[0]?.effect).toBeNull();
  });

  it('answers an empty period with no themes', async () => {
    const empty = Query.parse({
      ...query,
      period: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' },
    });
    const r = await themes(store, { query: empty, map, privacyMinimum: 5 });
    expect(r).toEqual({
      commented: 0,
      analysed: 0,
      minSupport: 3,
      languages: { fi: 0, sv: 0, en: 0 },
      nps: { n: 0, visible: false, mean: null, value: null, interval: null },
      themes: [],
    });
  });
});
