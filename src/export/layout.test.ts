import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  CARD_GAP,
  CARD_PAD,
  contrastRatio,
  emotionY,
  HEADER_WIDTH,
  LINE_FACTOR,
  layoutMap,
  MARGIN,
  type MapLayout,
  MIN_ROW_HEIGHT,
  PAD,
  type Primitive,
  type RectPrim,
  SLOT_WIDTH,
  type TextPrim,
} from './layout.js';
import { blankMap, card, lane, sampleMap, stage, touchpoint } from './sample-map.js';
import { textWidth, wrapText } from './text-metrics.js';

const rectByRef = (layout: MapLayout, ref: string): RectPrim => {
  const r = layout.primitives.find((p): p is RectPrim => p.kind === 'rect' && p.ref === ref);
  if (!r) throw new Error(`no rect ${ref}`);
  return r;
};
const textByRef = (layout: MapLayout, ref: string): TextPrim => {
  const t = layout.primitives.find((p): p is TextPrim => p.kind === 'text' && p.ref === ref);
  if (!t) throw new Error(`no text ${ref}`);
  return t;
};
const texts = (layout: MapLayout) => layout.primitives.filter((p): p is TextPrim => p.kind === 'text');

describe('text metrics', () => {
  it('uses Helvetica advance widths for printable ASCII (checked against pdfkit own metrics)', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.font('Helvetica').fontSize(1000);
    for (let code = 32; code <= 126; code++) {
      const ch = String.fromCharCode(code);
      expect(textWidth(ch, 1000), `char ${code} ${ch}`).toBeCloseTo(doc.widthOfString(ch), 5);
    }
    // Bold is estimated: close to Helvetica-Bold on real text, never far below it.
    doc.font('Helvetica-Bold').fontSize(10);
    for (const s of [
      'Verkkokaupan kassa',
      'Moment of truth',
      'Delivery tracking',
      'Mittarit ja tavoitteet',
    ]) {
      expect(textWidth(s, 10, true) / doc.widthOfString(s)).toBeGreaterThan(0.97);
      expect(textWidth(s, 10, true) / doc.widthOfString(s)).toBeLessThan(1.1);
    }
  });

  it('measures letters with diacritics as their base letter', () => {
    expect(textWidth('äöå', 10)).toBeCloseTo(textWidth('aoa', 10), 5);
  });

  it('wraps at spaces, keeps newlines, and breaks words longer than a line', () => {
    const a30 = 'a'.repeat(30); // 30 × 5.56 = 166.8 pt at 10 pt
    expect(wrapText(a30, 192, 10)).toEqual([a30]);
    expect(wrapText(`${a30} ${a30}`, 192, 10)).toEqual([a30, a30]);
    expect(wrapText('one\ntwo', 500, 10)).toEqual(['one', 'two']);
    // 192 pt less the 3 % safety margin holds 33 "a"s: 80 → 33 + 33 + 14.
    expect(wrapText('a'.repeat(80), 192, 10).map((l) => l.length)).toEqual([33, 33, 14]);
    expect(wrapText('   ', 100, 10)).toEqual([]);
  });
});

describe('layoutMap geometry', () => {
  it('puts three stages in three 180-pt columns after the lane header column, in position order', () => {
    const map = blankMap([stage('s3', 'Three', 30), stage('s1', 'One', 10), stage('s2', 'Two', 20)]);
    const layout = layoutMap(map, { lang: 'en' });
    const left = MARGIN + HEADER_WIDTH; // 204
    expect(layout.grid.columns.map((c) => c.stageId)).toEqual(['s1', 's2', 's3']);
    expect(layout.grid.columns.map((c) => c.x)).toEqual([204, 384, 564]);
    expect(left).toBe(204);
    expect(layout.grid.columns.every((c) => c.w === SLOT_WIDTH)).toBe(true);
    expect(SLOT_WIDTH).toBe(180);
    expect(layout.width).toBe(24 + 180 + 3 * 180 + 24);
    expect(rectByRef(layout, 'stage:s2').x).toBe(384);
    expect(textByRef(layout, 'stage:s2').x).toBe(384 + PAD);
  });

  it('gives a stage one slot per touchpoint, so the next stage moves right', () => {
    const map = blankMap(
      [stage('s1', 'One', 1), stage('s2', 'Two', 2)],
      [lane('l1', 'touchpoints', 'Touchpoints', 1)],
    );
    map.touchpoints = [
      touchpoint('t_b', 's1', 'B', 2),
      touchpoint('t_a', 's1', 'A', 1),
      touchpoint('t_c', 's2', 'C', 1),
    ];
    const layout = layoutMap(map, { lang: 'en' });
    expect(layout.grid.columns.map((c) => [c.x, c.w])).toEqual([
      [204, 360],
      [564, 180],
    ]);
    expect(layout.grid.columns[0]?.slots).toEqual([204, 384]);
    // Touchpoint cards sit in their slots in position order, inset by the cell padding.
    expect(rectByRef(layout, 'touchpoint:t_a').x).toBe(204 + PAD);
    expect(rectByRef(layout, 'touchpoint:t_b').x).toBe(384 + PAD);
    expect(rectByRef(layout, 'touchpoint:t_c').x).toBe(564 + PAD);
    expect(rectByRef(layout, 'touchpoint:t_c').w).toBe(SLOT_WIDTH - 2 * PAD);
  });

  it('wraps card text to the column width', () => {
    // A card's text is 180 − 2 × 8 − 2 × 6 = 152 pt wide (147.4 after the 3 % safety margin):
    // 25 "a"s are 139 pt at 10 pt, so one fits on a line and two do not.
    const a25 = 'a'.repeat(25);
    const map = blankMap([stage('s1', 'One', 1)], [lane('l1', 'needs', 'Needs', 1)]);
    map.cards = [card('c1', 'l1', 's1', `${a25} ${a25}`, 1), card('c2', 'l1', 's1', a25, 2)];
    const layout = layoutMap(map, { lang: 'en' });
    expect(textByRef(layout, 'card:c1').lines).toEqual([a25, a25]);
    expect(textByRef(layout, 'card:c2').lines).toEqual([a25]);
    // Card 1: two 12.5-pt lines + 2 × 6 padding = 37; card 2 starts a 6-pt gap below it.
    const c1 = rectByRef(layout, 'card:c1');
    const c2 = rectByRef(layout, 'card:c2');
    expect(c1.h).toBeCloseTo(2 * 10 * LINE_FACTOR + 2 * CARD_PAD, 6);
    expect(c2.y).toBeCloseTo(c1.y + c1.h + CARD_GAP, 6);
    expect(c1.x).toBe(204 + PAD);
  });

  it('grows a row to fit its tallest cell and keeps a minimum height', () => {
    const map = blankMap(
      [stage('s1', 'One', 1), stage('s2', 'Two', 2)],
      [
        lane('l1', 'actions', 'Actions', 1),
        lane('l2', 'pain_points', 'Pain', 2),
        lane('l3', 'custom', 'Empty', 3),
      ],
    );
    map.cards = [
      card('c1', 'l1', 's1', 'one', 1),
      ...[1, 2, 3, 4].map((i) => card(`p${i}`, 'l2', 's2', `pain ${i}`, i)),
    ];
    const layout = layoutMap(map, { lang: 'en' });
    const [r1, r2, r3] = layout.grid.rows;
    // One one-line card: 12.5 + 12 = 24.5, plus 2 × 8 cell padding = 40.5 < 56 → 56.
    expect(r1?.h).toBe(MIN_ROW_HEIGHT);
    // Four cards of 24.5 with 6-pt gaps: 4 × 24.5 + 3 × 6 + 2 × 8 = 132.
    expect(r2?.h).toBeCloseTo(132, 6);
    expect(r3?.h).toBe(MIN_ROW_HEIGHT);
    expect(r2?.y).toBe((r1?.y ?? 0) + MIN_ROW_HEIGHT);
    expect(layout.grid.bodyBottom).toBeCloseTo((r3?.y ?? 0) + MIN_ROW_HEIGHT, 6);
    expect(layout.height).toBeCloseTo(layout.grid.bodyBottom + MARGIN, 6);
  });

  it('lines the emotion points up with the touchpoint cards above', () => {
    const map = sampleMap();
    const layout = layoutMap(map, { lang: 'en' });
    const emoRow = layout.grid.rows.find((r) => r.kind === 'emotions');
    if (!emoRow) throw new Error('no emotion row');
    const centre = (id: string) => {
      const r = rectByRef(layout, `touchpoint:${id}`);
      return r.x + r.w / 2;
    };
    const circles = (ref: string) =>
      layout.primitives.filter(
        (p): p is Extract<Primitive, { kind: 'circle' }> => p.kind === 'circle' && p.ref === ref,
      );
    // The team curve: every sample touchpoint has an emotion, in map order.
    const team = circles('emotion:team:ln_emo');
    expect(team.map((c) => c.cx)).toEqual(['tp_ad', 'tp_web', 'tp_store', 'tp_track'].map(centre));
    expect(team.map((c) => c.cy)).toEqual([1, -1, 2, -2].map((v) => emotionY(v, emoRow.y, emoRow.h)));
    // Olli has points at the web checkout (+1) and the store (+2) only.
    const olli = circles('emotion:ps_olli:ln_emo');
    expect(olli.map((c) => c.cx)).toEqual([centre('tp_web'), centre('tp_store')]);
    expect(olli[1]?.cy).toBe(emotionY(2, emoRow.y, emoRow.h));
    // +2 sits above 0, which sits above −2.
    expect(emotionY(2, 0, 150)).toBeLessThan(emotionY(0, 0, 150));
    expect(emotionY(0, 0, 150)).toBeLessThan(emotionY(-2, 0, 150));
  });

  it('puts a card tied to a touchpoint under it and KPIs in the touchpoint slot', () => {
    const layout = layoutMap(sampleMap(), { lang: 'en' });
    const store = rectByRef(layout, 'touchpoint:tp_store');
    const web = rectByRef(layout, 'touchpoint:tp_web');
    expect(rectByRef(layout, 'card:cd_3').x).toBe(web.x);
    expect(rectByRef(layout, 'kpis:tp_web').x).toBe(web.x);
    expect(store.x).toBe(web.x + SLOT_WIDTH);
    expect(textByRef(layout, 'kpi:tp_web:0').lines.join(' ')).toBe('Conversion rate: target at least 3.5 %');
    expect(textByRef(layout, 'kpi:tp_track:0').lines.join(' ')).toBe(
      'Contacts per order: target at most 0.1',
    );
  });

  it('shows title, variant, date, lane headers and touchpoint details in the chosen language', () => {
    const fi = layoutMap(sampleMap(), { lang: 'fi' });
    expect(textByRef(fi, 'title').lines.join(' ')).toBe('Polkupyörän ostaminen verkosta');
    expect(textByRef(fi, 'subtitle').lines.join(' ')).toBe('Nykytila · Päivitetty 1.5.2025');
    expect(textByRef(fi, 'stage:st_wait').lines.join(' ')).toBe('Toimituksen odotus');
    expect(textByRef(fi, 'lane:ln_pain').lines.join(' ')).toBe('Kipupisteet');
    expect(textByRef(fi, 'touchpoint:tp_ad').lines.join(' ')).toBe('Ystävän suositus');
    // No Finnish text for this card: the base text shows.
    expect(textByRef(fi, 'card:cd_2').lines.join(' ')).toBe('Compares prices');
    const all = texts(fi).flatMap((t) => t.lines);
    expect(all).toContain('Totuuden hetki');
    expect(all).toContain('Vahvistettu');
    expect(all).toContain('Omistaja: Verkkokauppa');
    const en = layoutMap(sampleMap(), { lang: 'en', date: '2025-12-24' });
    expect(textByRef(en, 'subtitle').lines.join(' ')).toBe('As-is journey · Updated 2025-12-24');
    expect(textByRef(en, 'legend:team').lines).toEqual(["Team's estimate"]);
    expect(textByRef(en, 'legend:ps_anna').lines.join(' ')).toBe('Anna, first-time buyer');
  });

  it('keeps every text at 4.5:1 contrast or better against what it sits on', () => {
    for (const lang of ['en', 'fi', 'sv'] as const) {
      for (const t of texts(layoutMap(sampleMap(), { lang }))) {
        expect(
          contrastRatio(t.color, t.background),
          `${t.lines[0]} ${t.color} on ${t.background}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('keeps wrapped text inside its box and is deterministic', () => {
    const map = sampleMap();
    map.cards.push(card('cd_long', 'ln_pain', 'st_aware', 'Pitkä teksti '.repeat(40).trim(), 5));
    const layout = layoutMap(map, { lang: 'fi' });
    const t = textByRef(layout, 'card:cd_long');
    const box = rectByRef(layout, 'card:cd_long');
    for (const line of t.lines)
      expect(t.x + textWidth(line, t.size)).toBeLessThanOrEqual(box.x + box.w - CARD_PAD);
    expect(t.y + (t.lines.length - 1) * t.lineHeight).toBeLessThan(box.y + box.h);
    expect(layoutMap(map, { lang: 'fi' })).toEqual(layout);
  });

  it('copes with a map that has one stage and no lanes', () => {
    const layout = layoutMap(blankMap([stage('s1', 'Only', 1)]), { lang: 'sv' });
    expect(layout.grid.rows).toEqual([]);
    expect(layout.height).toBeCloseTo(layout.grid.bodyTop + MARGIN, 6);
    expect(texts(layout).some((t) => t.lines.includes('Only'))).toBe(true);
  });
});
