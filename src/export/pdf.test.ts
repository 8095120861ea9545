import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../domain/journey/journey.schema.js';
import { layoutMap } from './layout.js';
import {
  BAND_GAP,
  MIN_TEXT_PT,
  PAGE_SIZES,
  type PagePlan,
  planPages,
  renderMapPdf,
  toWinAnsi,
} from './pdf.js';
import { blankMap, card, lane, sampleMap, stage, touchpoint, wideSampleMap } from './sample-map.js';

interface PdfPage {
  width: number;
  height: number;
  /** Every text item, one per line of the layout. */
  items: string[];
  text: string;
  /** The smallest font size printed on the page, in page points (after the map's scaling). */
  minFontSize: number;
}

interface PdfInfo {
  pages: PdfPage[];
  title: string | undefined;
}

async function readPdf(buf: Buffer): Promise<PdfInfo> {
  const doc = await getDocument({ data: new Uint8Array(buf), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PdfInfo['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: string[] = [];
    let minFontSize = Number.POSITIVE_INFINITY;
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      items.push(item.str);
      const [, , c, d] = item.transform as number[];
      minFontSize = Math.min(minFontSize, Math.hypot(c ?? 0, d ?? 0));
    }
    pages.push({ width: x1 - x0, height: y1 - y0, items, text: items.join('\n'), minFontSize });
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string };
  await doc.destroy();
  return { pages, title: info.Title };
}

/** A 12-stage map with 20 lanes of cards: too big for one legible A3 page. */
function bigMap(): JourneyMap {
  const stages = Array.from({ length: 12 }, (_, i) => stage(`s${i}`, `Vaihe ${i + 1} – äöå`, i));
  const lanes = Array.from({ length: 20 }, (_, i) =>
    lane(`l${i}`, i === 1 ? 'touchpoints' : 'custom', `Kaista ${i + 1}`, i),
  );
  const map = blankMap(stages, lanes, 'Iso kartta');
  map.touchpoints = stages.map((s, i) => touchpoint(`t${i}`, s.id, `Kohtaamispiste ${i + 1}`, 1));
  map.cards = lanes
    .filter((l) => l.kind === 'custom')
    .flatMap((l) =>
      stages.map((s) =>
        card(
          `c_${l.id}_${s.id}`,
          l.id,
          s.id,
          `Kortti ${l.name} / ${s.name}: hyvin pitkä teksti joka rivittyy`,
          1,
        ),
      ),
    );
  return map;
}

/** 12 stages × 20 touchpoints each: every stage is wider than an A3 sheet at 5 pt. */
function hugeMap(): JourneyMap {
  const stages = Array.from({ length: 12 }, (_, i) => stage(`s${i}`, `Stage ${i + 1}`, i));
  const lanes = [
    lane('l_act', 'actions', 'Customer actions', 1),
    lane('l_tp', 'touchpoints', 'Touchpoints', 2),
    lane('l_emo', 'emotions', 'Emotions', 3),
    lane('l_pain', 'pain_points', 'Pain points', 4),
  ];
  const map = blankMap(stages, lanes, 'Huge map');
  map.touchpoints = stages.flatMap((s, si) =>
    Array.from({ length: 20 }, (_, ti) =>
      touchpoint(`t${si}_${ti}`, s.id, `TP ${si + 1}-${ti + 1}`, ti, { emotion: (ti % 5) - 2 }),
    ),
  );
  map.cards = stages.map((s, i) => card(`c${i}`, 'l_act', s.id, `Does step ${i + 1}`, 1));
  return map;
}

/** How much of the printable height a sheet's title and bands take. */
function heightUsed(plan: PagePlan, layout: ReturnType<typeof layoutMap>, sheet: number, size: 'A1'): number {
  const { grid } = layout;
  const bands = plan.sheets[sheet]?.bands ?? [];
  const headerH = grid.bodyTop - grid.stageTop;
  const content =
    grid.stageTop +
    bands.reduce((h, b) => h + headerH + b.rows.end - b.rows.start, 0) +
    (bands.length - 1) * BAND_GAP;
  const availH = PAGE_SIZES[size].height - 2 * plan.margin - plan.footerHeight;
  return (content * plan.scale) / availH;
}

const count = (items: string[], s: string) => items.filter((i) => i === s).length;

describe('renderMapPdf', () => {
  it('produces a PDF whose text holds the journey, stage and touchpoint names with ä and ö intact', async () => {
    const buf = await renderMapPdf(sampleMap(), {
      lang: 'fi',
      size: 'A3',
      url: 'https://polku.example/j/abc',
    });
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(buf);
    expect(pdf.pages).toHaveLength(1);
    const text = pdf.pages[0]?.text ?? '';
    expect(text).toContain('Polkupyörän ostaminen verkosta'); // journey name (fi)
    expect(text).toContain('Toimituksen odotus'); // stage
    expect(text).toContain('Ystävän suositus'); // touchpoint
    expect(text).toContain('Myymäläkäynti');
    expect(text).toContain('Avaa elävä kartta'); // QR caption
    expect(text).toContain('Totuuden hetki');
    expect(pdf.title).toBe('Polkupyörän ostaminen verkosta');
  });

  it('uses landscape ISO poster sizes', async () => {
    const expected = { A0: [3370, 2384], A1: [2384, 1684], A2: [1684, 1191], A3: [1191, 842] } as const;
    for (const size of ['A0', 'A1', 'A2', 'A3'] as const) {
      const pdf = await readPdf(await renderMapPdf(sampleMap(), { lang: 'en', size }));
      const page = pdf.pages[0];
      expect([Math.round(page?.width ?? 0), Math.round(page?.height ?? 0)], size).toEqual(expected[size]);
      expect([Math.round(PAGE_SIZES[size].width), Math.round(PAGE_SIZES[size].height)]).toEqual(
        expected[size],
      );
    }
  });

  it('draws an English caption and no caption without a url', async () => {
    const en = await readPdf(
      await renderMapPdf(sampleMap(), { lang: 'en', size: 'A2', url: 'https://polku.example/j/abc' }),
    );
    expect(en.pages[0]?.text).toContain('Open the live map');
    expect(en.pages[0]?.text).toContain('Buying a bicycle online');
    const none = await readPdf(await renderMapPdf(sampleMap(), { lang: 'en', size: 'A2' }));
    expect(none.pages[0]?.text).not.toContain('Open the live map');
  });

  it('splits a map too big for legible print across pages, each with the title and its headers', async () => {
    const map = bigMap();
    const layout = layoutMap(map, { lang: 'fi' });
    const plan = planPages(layout, 'A3', false);
    expect(plan.sheets.length).toBeGreaterThan(1);
    expect(plan.scale * layout.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    const pdf = await readPdf(await renderMapPdf(map, { lang: 'fi', size: 'A3' }));
    expect(pdf.pages.length).toBe(plan.sheets.length);
    for (const page of pdf.pages) {
      expect(Math.round(page.width)).toBe(1191);
      expect(page.text).toContain('Iso kartta');
      expect(page.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT - 0.01);
    }
    const all = pdf.pages.map((p) => p.text).join('\n');
    for (let i = 1; i <= 12; i++) {
      expect(all).toContain(`Vaihe ${i} – äöå`);
      expect(all).toContain(`Kohtaamispiste ${i}`);
    }
    expect(all).toContain('Kaista 20');
    // The same map fits on one A0 sheet at a legible size.
    const a0 = planPages(layout, 'A0', false);
    expect(a0.sheets).toHaveLength(1);
    expect(a0.scale * layout.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('keeps a small map in one band on one sheet, enlarged to fill it', () => {
    const layout = layoutMap(sampleMap(), { lang: 'en' });
    const plan = planPages(layout, 'A3', true);
    expect(plan.sheets).toHaveLength(1);
    expect(plan.sheets[0]?.bands).toEqual([
      {
        cols: { start: layout.grid.bodyLeft, end: layout.grid.bodyRight },
        rows: { start: layout.grid.bodyTop, end: layout.grid.bodyBottom },
      },
    ]);
    expect(plan.scale).toBeGreaterThan(1);
  });

  it('wraps a wide map into bands stacked on one A1 sheet, with every stage, touchpoint and lane header', async () => {
    const map = wideSampleMap();
    const layout = layoutMap(map, { lang: 'en' });
    // Far too wide for one legible strip: fitting the whole width would need tiny text.
    expect((PAGE_SIZES.A1.width / layout.width) * layout.minFontSize).toBeLessThan(MIN_TEXT_PT);
    const plan = planPages(layout, 'A1', true);
    expect(plan.sheets).toHaveLength(1);
    const bands = plan.sheets[0]?.bands ?? [];
    expect(bands.length).toBeGreaterThanOrEqual(2);
    expect(plan.scale * layout.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    // Bands cut between stages and cover the map once, left to right.
    const stageEdges = new Set(layout.grid.columns.flatMap((c) => [c.x, c.x + c.w]));
    expect(bands[0]?.cols.start).toBe(layout.grid.bodyLeft);
    expect(bands.at(-1)?.cols.end).toBe(layout.grid.bodyRight);
    bands.forEach((b, i) => {
      expect(stageEdges.has(b.cols.start)).toBe(true);
      if (i > 0) expect(b.cols.start).toBe(bands[i - 1]?.cols.end);
    });
    expect(heightUsed(plan, layout, 0, 'A1')).toBeGreaterThan(0.6);

    const pdf = await readPdf(
      await renderMapPdf(map, { lang: 'en', size: 'A1', url: 'https://polku.example/j/wide' }),
    );
    expect(pdf.pages).toHaveLength(1);
    const page = pdf.pages[0]!;
    expect([Math.round(page.width), Math.round(page.height)]).toEqual([2384, 1684]);
    expect(page.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT - 0.01);
    for (const s of map.stages) expect(page.text).toContain(s.name);
    for (const tp of map.touchpoints) expect(page.items.join(' ')).toContain(tp.name);
    // Lane headers repeat once per band; the title and the QR caption appear once.
    for (const l of map.lanes) expect(count(page.items, l.name), l.name).toBe(bands.length);
    expect(count(page.items, 'Wide journey poster')).toBe(1);
    expect(count(page.items, 'Open the live map')).toBe(1);
    expect(pdf.title).toBe('Wide journey poster');

    // It fits one A2 sheet too, still at 5 pt or more.
    const a2 = planPages(layout, 'A2', true);
    expect(a2.sheets).toHaveLength(1);
    expect(a2.scale * layout.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('continues a map too wide for one banded sheet onto more sheets, each banded and legible', async () => {
    const map = hugeMap();
    const layout = layoutMap(map, { lang: 'en' });
    const plan = planPages(layout, 'A3', false);
    expect(plan.sheets.length).toBeGreaterThan(1);
    expect(plan.scale * layout.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    expect(plan.sheets.some((s) => s.bands.length > 1)).toBe(true);
    const pdf = await readPdf(await renderMapPdf(map, { lang: 'en', size: 'A3' }));
    expect(pdf.pages).toHaveLength(plan.sheets.length);
    pdf.pages.forEach((page, i) => {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([1191, 842]);
      expect(page.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT - 0.01);
      expect(count(page.items, 'Huge map')).toBe(1);
      expect(count(page.items, 'Touchpoints')).toBe(plan.sheets[i]?.bands.length);
    });
    // Every touchpoint is printed exactly once, in order across the sheets.
    const all = pdf.pages.flatMap((p) => p.items);
    const names = all.filter((t) => /^TP \d+-\d+$/.test(t));
    expect(names).toEqual(map.touchpoints.map((t) => t.name));
    for (let i = 1; i <= 12; i++) expect(all).toContain(`Stage ${i}`);
    // A band that starts in the middle of a stage names that stage again.
    const continued = plan.sheets
      .flatMap((s) => s.bands)
      .filter((b) => !layout.grid.columns.some((c) => c.x === b.cols.start));
    expect(continued.length).toBeGreaterThan(0);
    expect(all.filter((t) => / \(continued\)$/.test(t))).toHaveLength(continued.length);
  });

  it('keeps WinAnsi text as is and replaces what the standard fonts cannot show', () => {
    expect(toWinAnsi('Ääkköset: äöå ÄÖÅ é ü ß € – …')).toBe('Ääkköset: äöå ÄÖÅ é ü ß € – …');
    expect(toWinAnsi('−2 ≥ 1 → ő 漢')).toBe('-2 >= 1 -> o ?');
    expect(toWinAnsi('a\u0000b\u0085c')).toBe('abc');
  });
});
