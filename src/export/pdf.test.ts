import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../domain/journey/journey.schema.js';
import { layoutMap } from './layout.js';
import { MIN_TEXT_PT, PAGE_SIZES, planPages, renderMapPdf, toWinAnsi } from './pdf.js';
import { blankMap, card, lane, sampleMap, stage, touchpoint } from './sample-map.js';

interface PdfInfo {
  pages: { width: number; height: number; text: string }[];
  title: string | undefined;
}

async function readPdf(buf: Buffer): Promise<PdfInfo> {
  const doc = await getDocument({ data: new Uint8Array(buf), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PdfInfo['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
    pages.push({ width: x1 - x0, height: y1 - y0, text });
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
    expect(plan.tiles).not.toBeNull();
    expect(plan.scale * layout.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    const pdf = await readPdf(await renderMapPdf(map, { lang: 'fi', size: 'A3' }));
    expect(pdf.pages.length).toBe(plan.tiles?.length);
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages) {
      expect(Math.round(page.width)).toBe(1191);
      expect(page.text).toContain('Iso kartta');
    }
    const all = pdf.pages.map((p) => p.text).join('\n');
    for (let i = 1; i <= 12; i++) {
      expect(all).toContain(`Vaihe ${i} – äöå`);
      expect(all).toContain(`Kohtaamispiste ${i}`);
    }
    expect(all).toContain('Kaista 20');
    // The same map fits on one A0 sheet at a legible size.
    const a0 = planPages(layout, 'A0', false);
    expect(a0.tiles).toBeNull();
    expect(a0.scale * layout.minFontSize).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('keeps WinAnsi text as is and replaces what the standard fonts cannot show', () => {
    expect(toWinAnsi('Ääkköset: äöå ÄÖÅ é ü ß € – …')).toBe('Ääkköset: äöå ÄÖÅ é ü ß € – …');
    expect(toWinAnsi('−2 ≥ 1 → ő 漢')).toBe('-2 >= 1 -> o ?');
    expect(toWinAnsi('a\u0000b\u0085c')).toBe('abc');
  });
});
