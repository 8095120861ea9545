import { describe, expect, it } from 'vitest';
import { discoverThemes } from './discover.js';
import type { ThemeDoc } from './theme.schema.js';

const doc = (id: string, text: string, language: ThemeDoc['language'], nps: number | null): ThemeDoc => ({
  id,
  text,
  language,
  nps,
});

/** Eleven comments: delivery (four Finnish forms and a compound), staff, and one queue that "took long". */
const CORPUS: ThemeDoc[] = [
  doc('d1', 'Toimitus kesti liian kauan.', 'fi', 2),
  doc('d2', 'Toimituksen seuranta ei toiminut, ja toimitus kesti viikon.', 'fi', 3),
  doc('d3', 'Toimitukset myöhästyivät aina.', 'fi', 1),
  doc('d4', 'Toimitusaika kesti kaksi viikkoa.', 'fi', 4),
  doc('d5', 'Ystävällinen henkilökunta.', 'fi', 10),
  doc('d6', 'Henkilökunta oli ystävällinen ja auttoi.', 'fi', 9),
  doc('d7', 'Kiitos, henkilökunta auttoi hyvin.', 'fi', 9),
  doc('d8', 'Leveransen var långsam.', 'sv', 5),
  doc('d9', 'The delivery was slow.', 'en', 6),
  doc('d10', 'Great staff and quick service.', 'en', null),
  doc('d11', 'Kassalla jonotus kesti.', 'fi', 5),
];

describe('discoverThemes', () => {
  it('groups frequent stems with the stems that co-occur with them, labelled as customers wrote them', () => {
    const r = discoverThemes(CORPUS);
    // minimum support: max(3 texts, ⌈2 % of 11⌉ = 1) = 3
    expect(r.documents).toBe(11);
    expect(r.minSupport).toBe(3);
    expect(r.themes).toEqual([
      // toimitu: d1 d2 d3 (toimitus, toimituksen, toimitukset) and d4 (toimitusaika, a compound) = 4 texts.
      // kest (kesti): d1 d2 d4 d11; 3 of its 4 texts have toimitu (0.75 ≥ 0.6), so it joins and brings d11.
      // Label: toimitus, toimituksen and toimitukset are each written once; the shortest wins.
      {
        id: 'auto:toimitu',
        label: 'toimitus',
        kind: 'auto',
        terms: ['toimitus', 'kesti'],
        documentIds: ['d1', 'd2', 'd3', 'd4', 'd11'],
      },
      // henkilökunta: d5 d6 d7; ystävällinen (d5 d6) and auttoi (d6 d7) are in 2 texts only.
      {
        id: 'auto:henkilökun',
        label: 'henkilökunta',
        kind: 'auto',
        terms: ['henkilökunta'],
        documentIds: ['d5', 'd6', 'd7'],
      },
    ]);
  });

  it('lets user themes match every form and language, come first, and take their stems from automatic themes', () => {
    const r = discoverThemes(CORPUS, {
      userThemes: [{ id: 'ut_delivery', name: 'Delivery', keywords: ['toimitus', 'leverans', 'delivery'] }],
    });
    expect(r.themes).toEqual([
      // fi toimitu (d1–d4, d4 by the compound), sv leveran (d8), en deliveri (d9)
      {
        id: 'ut_delivery',
        label: 'Delivery',
        kind: 'user',
        terms: ['toimitus', 'leverans', 'delivery'],
        documentIds: ['d1', 'd2', 'd3', 'd4', 'd8', 'd9'],
      },
      // kesti (d1 d2 d4 d11) stays a candidate of its own: it is not a stem of the user theme.
      {
        id: 'auto:kest',
        label: 'kesti',
        kind: 'auto',
        terms: ['kesti'],
        documentIds: ['d1', 'd2', 'd4', 'd11'],
      },
      {
        id: 'auto:henkilökun',
        label: 'henkilökunta',
        kind: 'auto',
        terms: ['henkilökunta'],
        documentIds: ['d5', 'd6', 'd7'],
      },
    ]);
  });

  it('applies the share minimum on larger sets and the theme limit', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      doc(`x${i}`, i < 4 ? 'Toimitus myöhässä.' : i < 9 ? 'Sohva upea.' : 'Hyvä.', 'fi', 8),
    );
    // ⌈2 % of 200⌉ = 4: toimitus (4) and sohva (5) count; upea joins sohva.
    const r = discoverThemes(many);
    expect(r.minSupport).toBe(4);
    expect(r.themes.map((t) => [t.label, t.terms, t.documentIds.length])).toEqual([
      ['sohva', ['sohva', 'upea', 'sohva upea'], 5],
      ['toimitus', ['toimitus', 'myöhässä', 'toimitus myöhässä'], 4],
    ]);
    expect(discoverThemes(many, { maxThemes: 1 }).themes.map((t) => t.label)).toEqual(['sohva']);
    expect(discoverThemes(many, { minDocs: 5 }).themes.map((t) => t.label)).toEqual(['sohva']);
  });

  it('returns nothing for no texts', () => {
    expect(discoverThemes([])).toEqual({ documents: 0, minSupport: 3, themes: [] });
  });
});
