import PDFDocument from 'pdfkit';
import type { JourneyMap } from '../domain/journey/journey.schema.js';
import type { Language } from '../domain/journey/vocabulary.js';
import { mapLabels } from './labels.js';
import {
  COLORS,
  type LayoutOptions,
  layoutMap,
  MARGIN,
  type MapLayout,
  PAD,
  type Primitive,
  SLOT_WIDTH,
  STAGE_TEXT_SLOTS,
  type TextPrim,
} from './layout.js';
import { qrRects } from './qr.js';
import { textWidth, wrapText } from './text-metrics.js';

/**
 * The journey map as a printable poster PDF (ISO A3…A0, landscape), drawn from the same
 * layout as the SVG with pdfkit's built-in Helvetica (WinAnsi: ä ö å é ü € – … are fine;
 * other characters are transliterated or replaced, see `toWinAnsi`).
 *
 * Legibility policy. The layout's smallest text is 9 pt, its body text 10 pt.
 *  - A map wider than the sheet wraps into horizontal bands stacked on it, like lines of
 *    text: cut between stages (between touchpoint slots only when one stage is wider than
 *    a band). Each band repeats the lane headers on its left and its stage headers on top
 *    (a band starting inside a stage names it again, "continued"); the title is printed
 *    once at the top, the footer and QR code once at the bottom. An emotion curve crossing
 *    a cut ends at the band edge and picks up at the start of the next band.
 *  - The number of bands is the one giving the largest scale, min(usable width / widest
 *    band, usable height / (title + bands + gaps)), up to 4× for small maps. The demo
 *    journey (6 stages, 23 touchpoints, 9 lanes, ~4,370 × 930 pt) gets two bands: one A1
 *    sheet at 0.82 (7.4-pt text), one A2 sheet at 0.58.
 *  - Never below 5-pt text (scale ≥ 5/9). When even the best banding of one sheet would
 *    need that, the map continues onto further sheets of the same size, each banded the
 *    same way (and lanes split between bands when all lanes do not fit a sheet), at the
 *    largest scale that does not need more sheets. Every sheet repeats the title.
 *  - Only if a single slot or a single lane is larger than a whole page at 5 pt does the
 *    scale go lower, just enough for that piece to fit, so nothing is ever cut off.
 */

export type PosterSize = 'A3' | 'A2' | 'A1' | 'A0';

export interface PdfOptions {
  lang: Language;
  size: PosterSize;
  /** The live map's address: a QR code and caption are drawn in the bottom-right corner. */
  url?: string;
  /** ISO date printed under the title; defaults to the journey's `updatedAt`. */
  date?: string;
  /** Live numbers per touchpoint id, printed on the cards. */
  live?: LayoutOptions['live'];
}

const MM = 72 / 25.4;
/** Landscape page sizes in points (width × height), from ISO 216 millimetres. */
export const PAGE_SIZES: Record<PosterSize, { width: number; height: number }> = {
  A0: { width: 1189 * MM, height: 841 * MM },
  A1: { width: 841 * MM, height: 594 * MM },
  A2: { width: 594 * MM, height: 420 * MM },
  A3: { width: 420 * MM, height: 297 * MM },
};

/** The smallest text size printed, in points (see the policy above). */
export const MIN_TEXT_PT = 5;
const MAX_UPSCALE = 4;

// ---- WinAnsi ---------------------------------------------------------------------------

/** Unicode characters WinAnsi (CP1252) places at 0x80…0x9F. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const TRANSLITERATE: Record<string, string> = {
  '−': '-',
  '‐': '-',
  '‑': '-',
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '←': '<-',
  '★': '*',
  '✓': 'v',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
};

/**
 * Makes text printable with the standard PDF fonts: Latin-1 and the CP1252 extras pass
 * through (so Finnish and Swedish letters are exact); a few symbols are transliterated;
 * accented letters outside WinAnsi lose the accent (ő → o); anything else becomes "?".
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch)) {
      out += ch;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    const mapped = TRANSLITERATE[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const baseCode = base.codePointAt(0) ?? 0;
    out += base.length === 1 && baseCode >= 0x20 && baseCode <= 0xff ? base : '?';
  }
  return out;
}

// ---- page planning ---------------------------------------------------------------------

/** A span of layout coordinates (x for stage columns, y for lanes). */
export interface Range {
  start: number;
  end: number;
}

/** One horizontal strip of the map: these stage columns (x) and these lanes (y), with their headers. */
export interface Band {
  cols: Range;
  rows: Range;
}

export interface PagePlan {
  scale: number;
  /** Page-space margin around the map area. */
  margin: number;
  footerHeight: number;
  qrSize: number;
  footerFont: number;
  /** Layout-space gap between two bands stacked on a sheet. */
  bandGap: number;
  /** One entry per page: its bands, top to bottom. Every sheet repeats the title. */
  sheets: { bands: Band[] }[];
}

/** Layout-space white space between two bands on a sheet. */
export const BAND_GAP = 28;
const EPS = 1e-6;

/** Packs consecutive units into groups no wider than `capacity` (a unit wider than that gets a group of its own). */
function group(units: Range[], capacity: number, fallback: number): Range[] {
  if (units.length === 0) return [{ start: fallback, end: fallback }];
  const groups: Range[] = [];
  let current: Range | null = null;
  for (const u of units) {
    if (current && u.end - current.start > capacity + EPS) {
      groups.push(current);
      current = null;
    }
    current = current ? { start: current.start, end: u.end } : { ...u };
  }
  if (current) groups.push(current);
  return groups;
}

const span = (r: Range) => r.end - r.start;

/**
 * Splits `units` into at most `count` consecutive groups whose widest is as narrow as
 * possible (so the bands of a sheet come out about equally wide, like justified lines).
 */
function balance(units: Range[], count: number, fallback: number): Range[] {
  let lo = Math.max(0, ...units.map(span));
  let hi = units.length > 0 ? (units.at(-1)?.end ?? 0) - (units[0]?.start ?? 0) : 0;
  if (group(units, lo, fallback).length <= count) return group(units, lo, fallback);
  for (let i = 0; i < 40 && hi - lo > 0.01; i++) {
    const mid = (lo + hi) / 2;
    if (group(units, mid, fallback).length <= count) hi = mid;
    else lo = mid;
  }
  return group(units, hi, fallback);
}

interface Arrangement {
  sheets: { bands: Band[] }[];
  /** Whether every band fits the printable area at this scale (nothing would be clipped). */
  fits: boolean;
}

/** Decides the scale and how the map is cut into bands and sheets. */
export function planPages(layout: MapLayout, size: PosterSize, hasUrl: boolean): PagePlan {
  const page = PAGE_SIZES[size];
  const margin = Math.max(28, page.height * 0.025);
  const footerFont = Math.max(8, page.height / 100);
  const qrSize = Math.max(72, page.height * 0.07);
  const footerHeight = (hasUrl ? qrSize : footerFont * 1.5) + footerFont;
  const availW = page.width - 2 * margin;
  const availH = page.height - 2 * margin - footerHeight;
  const base = { margin, footerHeight, qrSize, footerFont, bandGap: BAND_GAP };

  const { grid } = layout;
  // Every band repeats the lane header column on its left and the stage header row on top.
  const fixedLeft = grid.bodyLeft;
  const headerH = grid.bodyTop - grid.stageTop;
  const rowUnits = grid.rows.map((r) => ({ start: r.y, end: r.y + r.h }));
  const allRows: Range = { start: grid.bodyTop, end: grid.bodyBottom };

  /** Cuts between stages; between the slots of a stage only when the stage alone is wider than `capW`. */
  const colUnits = (capW: number): Range[] => {
    const units: Range[] = [];
    for (const col of grid.columns) {
      if (col.w <= capW + EPS) units.push({ start: col.x, end: col.x + col.w });
      else for (const sx of col.slots) units.push({ start: sx, end: sx + SLOT_WIDTH });
    }
    return units;
  };

  /** The greedy arrangement at `scale`: as few bands as fit the width, as many per sheet as fit the height. */
  const arrange = (scale: number): Arrangement => {
    const capW = availW / scale - fixedLeft - MARGIN;
    const sheetH = availH / scale;
    const capRows = sheetH - grid.stageTop - headerH - MARGIN;
    const units = colUnits(capW);
    const colGroups = group(units, capW, grid.bodyLeft);
    const rowGroups = span(allRows) <= capRows + EPS ? [allRows] : group(rowUnits, capRows, grid.bodyTop);
    const fits =
      colGroups.every((g) => span(g) <= capW + EPS) && rowGroups.every((g) => span(g) <= capRows + EPS);
    const bands = colGroups.flatMap((cols) => rowGroups.map((rows) => ({ cols, rows })));
    const sheets: { bands: Band[] }[] = [];
    let used = 0;
    for (const band of bands) {
      const h = headerH + span(band.rows);
      const current = sheets.at(-1);
      if (current && used + BAND_GAP + h <= sheetH - MARGIN + EPS) {
        current.bands.push(band);
        used += BAND_GAP + h;
      } else {
        sheets.push({ bands: [band] });
        used = grid.stageTop + h;
      }
    }
    // Even out the bands of each sheet: same count, narrowest possible widest band.
    if (rowGroups.length === 1) {
      for (const sheet of sheets) {
        if (sheet.bands.length < 2) continue;
        const first = sheet.bands[0]?.cols.start ?? 0;
        const last = sheet.bands.at(-1)?.cols.end ?? 0;
        const own = units.filter((u) => u.start >= first - EPS && u.end <= last + EPS);
        sheet.bands = balance(own, sheet.bands.length, grid.bodyLeft).map((cols) => ({
          cols,
          rows: allRows,
        }));
      }
    }
    return { sheets, fits };
  };

  /** The largest scale in [lo, hi] for which `ok` holds (assumed to hold at lo). */
  const largest = (lo: number, hi: number, ok: (a: Arrangement) => boolean): number => {
    if (ok(arrange(hi))) return hi;
    let a = lo;
    let b = hi;
    for (let i = 0; i < 40 && b - a > 1e-4; i++) {
      const mid = (a + b) / 2;
      if (ok(arrange(mid))) a = mid;
      else b = mid;
    }
    return a;
  };

  const minScale = MIN_TEXT_PT / layout.minFontSize;
  // One sheet: the scale at which the best number of bands fills the page.
  const oneSheet = (a: Arrangement) => a.fits && a.sheets.length === 1;
  const tiny = 1e-3;
  const single = oneSheet(arrange(tiny)) ? largest(tiny, MAX_UPSCALE, oneSheet) : 0;
  if (single >= minScale) return { ...base, scale: single, sheets: arrange(single).sheets };

  // More sheets: never below 5-pt text, unless one slot or one lane alone is bigger than a
  // page at that size; then just small enough for it to fit, so nothing is ever cut off.
  const biggestRow = Math.max(0, ...rowUnits.map(span));
  const floor = Math.min(
    minScale,
    availW / (fixedLeft + SLOT_WIDTH + MARGIN),
    availH / (grid.stageTop + headerH + biggestRow + MARGIN),
  );
  const count = arrange(floor).sheets.length;
  // As large as possible without needing more sheets than the minimum.
  const scale = largest(floor, MAX_UPSCALE, (a) => a.fits && a.sheets.length <= count);
  return { ...base, scale, sheets: arrange(scale).sheets };
}

// ---- drawing ---------------------------------------------------------------------------

type Doc = PDFKit.PDFDocument;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function bounds(p: Primitive): Box {
  switch (p.kind) {
    case 'rect':
      return {
        x: p.x - p.strokeWidth,
        y: p.y - p.strokeWidth,
        w: p.w + 2 * p.strokeWidth,
        h: p.h + 2 * p.strokeWidth,
      };
    case 'circle':
      return {
        x: p.cx - p.r - p.strokeWidth,
        y: p.cy - p.r - p.strokeWidth,
        w: 2 * (p.r + p.strokeWidth),
        h: 2 * (p.r + p.strokeWidth),
      };
    case 'line': {
      const xs = p.points.map(([x]) => x);
      const ys = p.points.map(([, y]) => y);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      return {
        x: x - p.strokeWidth,
        y: y - p.strokeWidth,
        w: Math.max(...xs) - x + 2 * p.strokeWidth,
        h: Math.max(...ys) - y + 2 * p.strokeWidth,
      };
    }
    case 'text': {
      const w = Math.max(0, ...p.lines.map((l) => textWidth(l, p.size, p.bold))) * 1.1;
      const x = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
      return { x, y: p.y - p.size, w, h: (p.lines.length - 1) * p.lineHeight + p.size * 1.3 };
    }
  }
}

const intersects = (a: Box, b: Box) =>
  a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;

function paint(doc: Doc, fill: string | null, stroke: string | null, strokeWidth: number): void {
  if (fill !== null && stroke !== null && strokeWidth > 0)
    doc.lineWidth(strokeWidth).fillAndStroke(fill, stroke);
  else if (fill !== null) doc.fill(fill);
  else if (stroke !== null && strokeWidth > 0) doc.lineWidth(strokeWidth).stroke(stroke);
}

function drawText(doc: Doc, p: TextPrim): void {
  doc
    .font(p.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(p.size)
    .fillColor(p.color);
  p.lines.forEach((raw, i) => {
    const line = toWinAnsi(raw);
    if (line === '') return;
    const w = doc.widthOfString(line);
    const x = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
    doc.text(line, x, p.y + i * p.lineHeight, { lineBreak: false, baseline: 'alphabetic' });
  });
}

function drawPrimitive(doc: Doc, p: Primitive): void {
  switch (p.kind) {
    case 'rect':
      if (p.radius > 0) doc.roundedRect(p.x, p.y, p.w, p.h, p.radius);
      else doc.rect(p.x, p.y, p.w, p.h);
      paint(doc, p.fill, p.stroke, p.strokeWidth);
      return;
    case 'circle':
      doc.circle(p.cx, p.cy, p.r);
      paint(doc, p.fill, p.stroke, p.strokeWidth);
      return;
    case 'line': {
      const [first, ...rest] = p.points;
      if (!first) return;
      doc.save();
      doc.moveTo(first[0], first[1]);
      for (const [x, y] of rest) doc.lineTo(x, y);
      if (p.dash) doc.dash(p.dash[0] ?? 3, { space: p.dash[1] ?? p.dash[0] ?? 3 });
      doc.lineJoin('round').lineCap('round').lineWidth(p.strokeWidth).stroke(p.stroke);
      doc.restore();
      return;
    }
    case 'text':
      drawText(doc, p);
      return;
  }
}

/**
 * Whether a primitive belongs in `src`. Shapes: when they overlap it (they are clipped at its
 * edge, so a curve crossing a cut ends there). Text: only where it starts, so a label next to
 * a cut is drawn (and extracted, searched, read aloud) once, in its own cell.
 */
function inRegion(p: Primitive, src: Box): boolean {
  if (p.kind !== 'text') return intersects(bounds(p), src);
  const top = p.y - p.size;
  return p.x >= src.x - 0.5 && p.x < src.x + src.w && top >= src.y - 0.5 && top < src.y + src.h;
}

/** Draws the primitives inside `src` (layout coordinates) so that `src` lands at `dest`, clipped. */
function drawRegion(doc: Doc, prims: Primitive[], src: Box, dest: { x: number; y: number }): void {
  if (src.w <= 0 || src.h <= 0) return;
  doc.save();
  doc.rect(dest.x, dest.y, src.w, src.h).clip();
  doc.translate(dest.x - src.x, dest.y - src.y);
  for (const p of prims) if (inRegion(p, src)) drawPrimitive(doc, p);
  doc.restore();
}

function drawFooter(
  doc: Doc,
  plan: PagePlan,
  size: PosterSize,
  opts: PdfOptions,
  title: string,
  page: number,
  pages: number,
): void {
  const labels = mapLabels(opts.lang);
  const { width, height } = PAGE_SIZES[size];
  const fs = plan.footerFont;
  const bottom = height - plan.margin;
  const pageNo = pages > 1 ? ` · ${labels.page} ${page} / ${pages}` : '';
  doc.font('Helvetica').fontSize(fs).fillColor(COLORS.muted);
  // Keep the left footer clear of the QR caption: shorten a long title with an ellipsis.
  const room = (opts.url ? width / 2 : width - 2 * plan.margin) - plan.margin;
  let name = toWinAnsi(title);
  const footerText = () => `${labels.journeyMap}: ${name}${pageNo}`;
  while (name.length > 1 && doc.widthOfString(toWinAnsi(footerText())) > room) name = `${name.slice(0, -2)}…`;
  doc.text(toWinAnsi(footerText()), plan.margin, bottom - fs * 0.3, {
    lineBreak: false,
    baseline: 'alphabetic',
  });
  if (!opts.url) return;
  const qrX = width - plan.margin - plan.qrSize;
  const qrY = bottom - plan.qrSize;
  for (const r of qrRects(opts.url, qrX, qrY, plan.qrSize)) drawPrimitive(doc, r);
  const captionSize = fs * 1.4;
  const caption = toWinAnsi(labels.openLiveMap);
  doc.font('Helvetica-Bold').fontSize(captionSize).fillColor(COLORS.text);
  const right = qrX - fs;
  const midY = qrY + plan.qrSize / 2;
  doc.text(caption, right - doc.widthOfString(caption), midY, { lineBreak: false, baseline: 'alphabetic' });
  const url = toWinAnsi(opts.url);
  doc.font('Helvetica').fontSize(fs).fillColor(COLORS.muted);
  doc.text(url, right - doc.widthOfString(url), midY + fs * 1.5, {
    lineBreak: false,
    baseline: 'alphabetic',
  });
  if (/^https?:\/\//i.test(opts.url)) doc.link(qrX, qrY, plan.qrSize, plan.qrSize, opts.url);
}

/** A band that starts inside a stage (cut between its slots) repeats the stage's name, marked as continued. */
function continuedStage(doc: Doc, layout: MapLayout, band: Band, top: number, continued: string): void {
  const { grid } = layout;
  const col = grid.columns.find((c) => c.x < band.cols.start - EPS && band.cols.start < c.x + c.w - EPS);
  if (!col) return;
  const ref = `stage:${col.stageId}`;
  const name = layout.primitives.find((p): p is TextPrim => p.kind === 'text' && p.ref === ref);
  if (!name) return;
  const text = `${name.lines.join(' ')} (${continued})`;
  const width = Math.min(band.cols.end - band.cols.start, STAGE_TEXT_SLOTS * SLOT_WIDTH) - 2 * PAD;
  const [first] = wrapText(text, width, name.size, true);
  drawText(doc, {
    ...name,
    x: grid.bodyLeft + PAD,
    y: top + (name.y - grid.stageTop),
    lines: first ? [first] : [],
  });
}

/** Draws an already computed layout as a poster PDF. */
export function layoutToPdf(layout: MapLayout, opts: PdfOptions): Promise<Buffer> {
  const labels = mapLabels(opts.lang);
  const page = PAGE_SIZES[opts.size];
  const plan = planPages(layout, opts.size, opts.url !== undefined);
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    autoFirstPage: false,
    displayTitle: true,
    lang: opts.lang,
    info: { Title: layout.title, Subject: labels.journeyMap, Creator: 'Polku', Producer: 'Polku (pdfkit)' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const prims = layout.primitives;
  const { grid } = layout;
  const { scale } = plan;
  const availW = page.width - 2 * plan.margin;
  const fixedLeft = grid.bodyLeft;
  const headerH = grid.bodyTop - grid.stageTop;
  const pages = plan.sheets.length;
  plan.sheets.forEach((sheet, i) => {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    // The bands, centred as a block horizontally, top aligned under the title.
    const contentW = Math.max(...sheet.bands.map((b) => fixedLeft + b.cols.end - b.cols.start + MARGIN));
    const offsetX = plan.margin + Math.max(0, (availW - contentW * scale) / 2);
    doc.save();
    doc.translate(offsetX, plan.margin).scale(scale);
    const titleW = (page.width - plan.margin - offsetX) / scale;
    drawRegion(doc, prims, { x: 0, y: 0, w: titleW, h: grid.stageTop }, { x: 0, y: 0 });
    let y = grid.stageTop;
    for (const band of sheet.bands) {
      const cw = band.cols.end - band.cols.start;
      const rh = band.rows.end - band.rows.start;
      // Its stage headers, the lane headers of its rows, its cells.
      drawRegion(
        doc,
        prims,
        { x: band.cols.start, y: grid.stageTop, w: cw, h: headerH },
        { x: fixedLeft, y },
      );
      continuedStage(doc, layout, band, y, labels.continued);
      drawRegion(doc, prims, { x: 0, y: band.rows.start, w: fixedLeft, h: rh }, { x: 0, y: y + headerH });
      drawRegion(
        doc,
        prims,
        { x: band.cols.start, y: band.rows.start, w: cw, h: rh },
        { x: fixedLeft, y: y + headerH },
      );
      y += headerH + rh + plan.bandGap;
    }
    doc.restore();
    drawFooter(doc, plan, opts.size, opts, layout.title, i + 1, pages);
  });
  doc.end();
  return done;
}

/** The journey map as a landscape poster PDF (A3…A0). */
export function renderMapPdf(map: JourneyMap, opts: PdfOptions): Promise<Buffer> {
  const layoutOpts: LayoutOptions = { lang: opts.lang };
  if (opts.date !== undefined) layoutOpts.date = opts.date;
  if (opts.live) layoutOpts.live = opts.live;
  return layoutToPdf(layoutMap(map, layoutOpts), opts);
}
