import type { Card, JourneyMap, Kpi, Lane, Touchpoint } from '../domain/journey/journey.schema.js';
import { localized } from '../domain/journey/localize.js';
import { byPosition } from '../domain/journey/positions.js';
import type { LaneKind, Language } from '../domain/journey/vocabulary.js';
import { formatDate, type MapLabels, mapLabels } from './labels.js';
import type { PosterNumbers } from './live-numbers.js';
import { wrapText } from './text-metrics.js';

/**
 * The journey map as device-independent drawing primitives, in points (1/72 in), origin
 * top-left, y down. The SVG and PDF renderers draw exactly this; nothing here knows about
 * either format.
 *
 * Geometry: stages are columns, lanes are rows. Each stage column is made of 180-pt
 * "slots", one per touchpoint of the stage (at least one), so every touchpoint has its own
 * slot and the emotion curve, the KPIs and the cards tied to a touchpoint all line up
 * under its touchpoint card. Row heights grow to fit the tallest cell.
 *
 * 180 pt leaves a 152-pt text column in a card: about 28 characters of 10-pt text, which
 * reads well and wraps a typical card into two or three lines. (220 pt, the earlier width,
 * only made rows shorter and the map 20 % wider, so a poster had to shrink it further.)
 */

export type Point = readonly [number, number];

export interface RectPrim {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  radius: number;
  /** What the shape stands for (`touchpoint:<id>`, `card:<id>`, `stage:<id>` …); for tests and hooks. */
  ref?: string;
}

export interface TextPrim {
  kind: 'text';
  /** Anchor x: the left edge, the centre or the right edge, by `anchor`. */
  x: number;
  /** Baseline of the first line; each further line is `lineHeight` lower. */
  y: number;
  /** Already wrapped: renderers must not wrap again. */
  lines: string[];
  size: number;
  lineHeight: number;
  bold: boolean;
  color: string;
  /** The colour the text sits on (for contrast checks). */
  background: string;
  anchor: 'start' | 'middle' | 'end';
  ref?: string;
}

export interface LinePrim {
  kind: 'line';
  points: Point[];
  stroke: string;
  strokeWidth: number;
  dash: number[] | null;
  ref?: string;
}

export interface CirclePrim {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  ref?: string;
}

export type Primitive = RectPrim | TextPrim | LinePrim | CirclePrim;

export interface LayoutColumn {
  stageId: string;
  x: number;
  w: number;
  /** Left x of each slot of the column (one per touchpoint, at least one). */
  slots: number[];
}

export interface LayoutRow {
  laneId: string;
  kind: LaneKind;
  y: number;
  h: number;
}

export interface MapLayout {
  width: number;
  height: number;
  /** The map's title as plain text (journey name), for document metadata. */
  title: string;
  /** The smallest font size used; printers keep it legible by never scaling it below ~5 pt. */
  minFontSize: number;
  grid: {
    /** Left edge of the lane header column. */
    headerX: number;
    headerWidth: number;
    /** Where the stage columns start and end. */
    bodyLeft: number;
    bodyRight: number;
    /** Bottom of the title block = top of the stage header row. */
    stageTop: number;
    /** Bottom of the stage header row = top of the first lane. */
    bodyTop: number;
    bodyBottom: number;
    columns: LayoutColumn[];
    rows: LayoutRow[];
  };
  primitives: Primitive[];
}

export interface LayoutOptions {
  lang: Language;
  /** Live numbers per touchpoint id (main score with n, target status), printed on the cards. */
  live?: ReadonlyMap<string, PosterNumbers>;
  /** ISO date printed under the title; defaults to the journey's `updatedAt`. */
  date?: string;
}

// ---- dimensions (pt) -------------------------------------------------------------------
export const MARGIN = 24;
export const HEADER_WIDTH = 180;
export const SLOT_WIDTH = 180;
export const PAD = 8;
/** Stage names and descriptions wrap within this many slots at most. */
export const STAGE_TEXT_SLOTS = 4;
export const CARD_PAD = 6;
export const CARD_GAP = 6;
export const MIN_ROW_HEIGHT = 56;
export const MIN_EMOTION_HEIGHT = 150;
export const LINE_FACTOR = 1.25;
/** Baseline of a line, measured from the top of its line box, as a share of the font size. */
const ASCENT = 0.93;

export const FONT = {
  title: 24,
  subtitle: 11,
  stage: 14,
  stageDescription: 9,
  lane: 12,
  touchpoint: 11,
  body: 10,
  meta: 9,
} as const;

// ---- colours: dark text on light fills, every text pair ≥ 4.5:1 (checked in tests) ------
export const COLORS = {
  page: '#ffffff',
  text: '#1a1a1a',
  muted: '#3d4451',
  grid: '#c4cad3',
  faint: '#e3e6ea',
  stageFill: '#dce6f2',
  stageText: '#0f2540',
  laneFill: '#edf0f3',
  rowAlt: '#f8f9fb',
  touchpointFill: '#ffffff',
  touchpointStroke: '#5b6573',
  momentOfTruth: '#a31b14',
  teamCurve: '#2b2b2b',
  evidence: { hypothesis: '#6b7280', partly_supported: '#b7700a', validated: '#1e7b34' },
  cardStroke: '#b9c0ca',
  targetMet: '#1e6b30',
  targetMissed: '#a31b14',
} as const;

export const CARD_FILL: Record<LaneKind, string> = {
  actions: '#e6effb',
  touchpoints: '#ffffff',
  emotions: '#ffffff',
  needs: '#fff3d1',
  pain_points: '#fde4e2',
  opportunities: '#e3f3e6',
  brand_promise: '#efe6fa',
  frontstage: '#e8eef5',
  backstage: '#eceff3',
  support: '#eef0ec',
  kpis: '#f4f5f7',
  custom: '#f1f2f4',
};

const lh = (size: number) => size * LINE_FACTOR;

interface TextSpec {
  x: number;
  top: number;
  width: number;
  text: string;
  size: number;
  bold?: boolean;
  color: string;
  background: string;
  anchor?: TextPrim['anchor'];
  ref?: string;
}

/** A wrapped text block whose first line box starts at `top`; returns it and its height. */
function textBlock(spec: TextSpec): { prim: TextPrim | null; height: number } {
  const lines = wrapText(spec.text, spec.width, spec.size, spec.bold ?? false);
  if (lines.length === 0) return { prim: null, height: 0 };
  const prim: TextPrim = {
    kind: 'text',
    x: spec.x,
    y: spec.top + spec.size * ASCENT,
    lines,
    size: spec.size,
    lineHeight: lh(spec.size),
    bold: spec.bold ?? false,
    color: spec.color,
    background: spec.background,
    anchor: spec.anchor ?? 'start',
  };
  if (spec.ref !== undefined) prim.ref = spec.ref;
  return { prim, height: lines.length * lh(spec.size) };
}

/** Moves a primitive down by `dy` (cells are built at y = 0, then placed). */
function shiftY(p: Primitive, dy: number): Primitive {
  switch (p.kind) {
    case 'rect':
      return { ...p, y: p.y + dy };
    case 'text':
      return { ...p, y: p.y + dy };
    case 'circle':
      return { ...p, cy: p.cy + dy };
    case 'line':
      return { ...p, points: p.points.map(([x, y]) => [x, y + dy] as const) };
  }
}

function formatNumber(n: number, lang: Language): string {
  const s = String(n);
  return lang === 'en' ? s : s.replace('.', ',');
}

export function kpiText(kpi: Kpi, labels: MapLabels, lang: Language): string {
  if (kpi.target === null) return kpi.name;
  const dir = kpi.direction === 'higher' ? labels.targetAtLeast : labels.targetAtMost;
  const unit = kpi.unit ? ` ${kpi.unit}` : '';
  return `${kpi.name}: ${dir} ${formatNumber(kpi.target, lang)}${unit}`;
}

interface Cell {
  prims: Primitive[];
  height: number;
}

/** A free-text card at (x, top) with the given width. */
function cardBox(x: number, top: number, width: number, text: string, fill: string, ref: string): Cell {
  const t = textBlock({
    x: x + CARD_PAD,
    top: top + CARD_PAD,
    width: width - 2 * CARD_PAD,
    text,
    size: FONT.body,
    color: COLORS.text,
    background: fill,
    ref,
  });
  const height = Math.max(t.height, lh(FONT.body)) + 2 * CARD_PAD;
  const rect = cardFrame(x, top, width, height, fill, ref);
  return { prims: t.prim ? [rect, t.prim] : [rect], height };
}

/** The thin-bordered frame of a lane card or KPI block. */
function cardFrame(
  x: number,
  top: number,
  width: number,
  height: number,
  fill: string,
  ref: string,
): RectPrim {
  return {
    kind: 'rect',
    x,
    y: top,
    w: width,
    h: height,
    fill,
    stroke: COLORS.cardStroke,
    strokeWidth: 0.75,
    radius: 3,
    ref,
  };
}

function touchpointCard(
  tp: Touchpoint,
  x: number,
  top: number,
  labels: MapLabels,
  lang: Language,
  live?: PosterNumbers,
): Cell {
  const width = SLOT_WIDTH - 2 * PAD;
  const innerX = x + CARD_PAD;
  const innerW = width - 2 * CARD_PAD;
  const bg = COLORS.touchpointFill;
  const ref = `touchpoint:${tp.id}`;
  const texts: Primitive[] = [];
  let y = top + CARD_PAD;
  const add = (spec: Omit<TextSpec, 'top' | 'background'>, gapAfter = 0) => {
    const t = textBlock({ ...spec, top: y, background: bg });
    if (t.prim) texts.push(t.prim);
    y += t.height + gapAfter;
    return t;
  };
  if (tp.momentOfTruth) {
    add(
      {
        x: innerX,
        width: innerW,
        text: labels.momentOfTruth,
        size: FONT.meta,
        bold: true,
        color: COLORS.momentOfTruth,
      },
      2,
    );
  }
  add(
    {
      x: innerX,
      width: innerW,
      text: localized(tp, 'name', lang),
      size: FONT.touchpoint,
      bold: true,
      color: COLORS.text,
      ref,
    },
    2,
  );
  add({
    x: innerX,
    width: innerW,
    text: `${labels.channel[tp.channel]} · ${labels.mode[tp.mode]}`,
    size: FONT.meta,
    color: COLORS.muted,
  });
  const team = localized(tp, 'ownerTeam', lang);
  if (team !== '')
    add({ x: innerX, width: innerW, text: `${labels.owner}: ${team}`, size: FONT.meta, color: COLORS.muted });
  // Evidence: a marker (hollow, half-tone or solid circle) and its name, so it reads in grey print too.
  const r = 3.5;
  const markerCy = y + lh(FONT.meta) / 2;
  const evColor = COLORS.evidence[tp.evidence];
  texts.push({
    kind: 'circle',
    cx: innerX + r,
    cy: markerCy,
    r,
    fill: tp.evidence === 'hypothesis' ? null : evColor,
    stroke: evColor,
    strokeWidth: 1.25,
  });
  add({
    x: innerX + 2 * r + 5,
    width: innerW - 2 * r - 5,
    text: labels.evidence[tp.evidence],
    size: FONT.meta,
    color: COLORS.muted,
  });
  if (live) {
    y += 2;
    add({
      x: innerX,
      width: innerW,
      text: live.score,
      size: FONT.meta,
      bold: live.score !== labels.live.notMeasured,
      color: COLORS.text,
    });
    if (live.status)
      add({
        x: innerX,
        width: innerW,
        text: live.status,
        size: FONT.meta,
        bold: live.target === 'missed',
        color:
          live.target === 'met'
            ? COLORS.targetMet
            : live.target === 'missed'
              ? COLORS.targetMissed
              : COLORS.muted,
      });
  }
  const height = y - top + CARD_PAD;
  const rect: RectPrim = {
    kind: 'rect',
    x,
    y: top,
    w: width,
    h: height,
    fill: bg,
    stroke: tp.momentOfTruth ? COLORS.momentOfTruth : COLORS.touchpointStroke,
    strokeWidth: tp.momentOfTruth ? 2 : 1,
    radius: 4,
    ref,
  };
  return { prims: [rect, ...texts], height };
}

/** A block listing one touchpoint's KPIs, in that touchpoint's slot of the KPI lane. */
function kpiBlock(tp: Touchpoint, x: number, top: number, labels: MapLabels, lang: Language): Cell {
  const width = SLOT_WIDTH - 2 * PAD;
  const fill = CARD_FILL.kpis;
  const prims: Primitive[] = [];
  let y = top + CARD_PAD;
  const head = textBlock({
    x: x + CARD_PAD,
    top: y,
    width: width - 2 * CARD_PAD,
    text: localized(tp, 'name', lang),
    size: FONT.meta,
    bold: true,
    color: COLORS.muted,
    background: fill,
  });
  if (head.prim) prims.push(head.prim);
  y += head.height + 2;
  tp.kpis.forEach((kpi, i) => {
    const t = textBlock({
      x: x + CARD_PAD,
      top: y,
      width: width - 2 * CARD_PAD,
      text: kpiText(kpi, labels, lang),
      size: FONT.body,
      color: COLORS.text,
      background: fill,
      ref: `kpi:${tp.id}:${i}`,
    });
    if (t.prim) prims.push(t.prim);
    y += t.height;
  });
  const height = y - top + CARD_PAD;
  return { prims: [cardFrame(x, top, width, height, fill, `kpis:${tp.id}`), ...prims], height };
}

/** Lays out the whole map. Pure and deterministic: the same map and options give the same layout. */
export function layoutMap(map: JourneyMap, opts: LayoutOptions): MapLayout {
  const { lang } = opts;
  const labels = mapLabels(lang);
  const stages = [...map.stages].sort(byPosition);
  const lanes = [...map.lanes].sort(byPosition);
  const personas = [...map.personas].sort(byPosition);
  const stageIds = new Set(stages.map((s) => s.id));

  const tpsByStage = new Map<string, Touchpoint[]>(stages.map((s) => [s.id, []]));
  for (const tp of [...map.touchpoints].sort(byPosition)) tpsByStage.get(tp.stageId)?.push(tp);
  const orderedTouchpoints = stages.flatMap((s) => tpsByStage.get(s.id) ?? []);

  // ---- columns ------------------------------------------------------------------------
  const headerX = MARGIN;
  const bodyLeft = headerX + HEADER_WIDTH;
  const columns: LayoutColumn[] = [];
  const slotOf = new Map<string, { stageId: string; index: number; x: number }>();
  let x = bodyLeft;
  for (const s of stages) {
    const tps = tpsByStage.get(s.id) ?? [];
    const n = Math.max(1, tps.length);
    const slots = Array.from({ length: n }, (_, i) => x + i * SLOT_WIDTH);
    tps.forEach((tp, i) => {
      slotOf.set(tp.id, { stageId: s.id, index: i, x: slots[i] ?? x });
    });
    columns.push({ stageId: s.id, x, w: n * SLOT_WIDTH, slots });
    x += n * SLOT_WIDTH;
  }
  const bodyRight = x;
  const width = bodyRight + MARGIN;
  const slotCenter = (tpId: string) => {
    const slot = slotOf.get(tpId);
    return slot ? slot.x + SLOT_WIDTH / 2 : null;
  };

  const prims: Primitive[] = [];

  // ---- title --------------------------------------------------------------------------
  const title = localized(map.journey, 'name', lang);
  const titleWidth = Math.min(Math.max(bodyRight - headerX, 360), 1000);
  let y = MARGIN;
  const titleBlock = textBlock({
    x: headerX,
    top: y,
    width: titleWidth,
    text: title,
    size: FONT.title,
    bold: true,
    color: COLORS.text,
    background: COLORS.page,
    ref: 'title',
  });
  if (titleBlock.prim) prims.push(titleBlock.prim);
  y += titleBlock.height + 2;
  const date = formatDate(opts.date ?? map.journey.updatedAt, lang);
  const subtitle = textBlock({
    x: headerX,
    top: y,
    width: titleWidth,
    text: `${labels.variant[map.journey.variant]} · ${labels.updated} ${date}`,
    size: FONT.subtitle,
    color: COLORS.muted,
    background: COLORS.page,
    ref: 'subtitle',
  });
  if (subtitle.prim) prims.push(subtitle.prim);
  y += subtitle.height + 12;
  const stageTop = y;

  // ---- stage header row ----------------------------------------------------------------
  // A stage's name and description wrap to at most four slots: a long stage reads as a
  // header, not a single line thousands of points long, and stays whole when a poster cuts
  // the stage between bands.
  const stageTextWidth = (col: LayoutColumn) => Math.min(col.w, STAGE_TEXT_SLOTS * SLOT_WIDTH) - 2 * PAD;
  const stageCells = stages.map((s, i) => {
    const col = columns[i]!;
    const cell: Primitive[] = [];
    let cy = PAD;
    const name = textBlock({
      x: col.x + PAD,
      top: cy,
      width: stageTextWidth(col),
      text: localized(s, 'name', lang),
      size: FONT.stage,
      bold: true,
      color: COLORS.stageText,
      background: COLORS.stageFill,
      ref: `stage:${s.id}`,
    });
    if (name.prim) cell.push(name.prim);
    cy += name.height;
    const description = localized(s, 'description', lang);
    if (description !== '') {
      const d = textBlock({
        x: col.x + PAD,
        top: cy + 3,
        width: stageTextWidth(col),
        text: description,
        size: FONT.stageDescription,
        color: COLORS.stageText,
        background: COLORS.stageFill,
      });
      if (d.prim) cell.push(d.prim);
      cy += d.height + 3;
    }
    return { prims: cell, height: cy + PAD };
  });
  const stageHeight = Math.max(lh(FONT.stage) + 2 * PAD, ...stageCells.map((c) => c.height));
  stages.forEach((s, i) => {
    const col = columns[i]!;
    prims.push({
      kind: 'rect',
      x: col.x,
      y: stageTop,
      w: col.w,
      h: stageHeight,
      fill: COLORS.stageFill,
      stroke: COLORS.page,
      strokeWidth: 1,
      radius: 0,
      ref: `stage:${s.id}`,
    });
    for (const p of stageCells[i]?.prims ?? []) prims.push(shiftY(p, stageTop));
  });
  const bodyTop = stageTop + stageHeight;

  // ---- lanes -------------------------------------------------------------------------
  const cardsByCell = new Map<string, Card[]>();
  for (const c of [...map.cards].sort(byPosition)) {
    if (!stageIds.has(c.stageId)) continue;
    const k = `${c.laneId}/${c.stageId}`;
    const list = cardsByCell.get(k);
    if (list) list.push(c);
    else cardsByCell.set(k, [c]);
  }

  const rows: LayoutRow[] = [];
  const laneHeaderWidth = HEADER_WIDTH - 2 * PAD;
  let rowTop = bodyTop;
  lanes.forEach((lane, laneIndex) => {
    const rowBg = laneIndex % 2 === 0 ? COLORS.page : COLORS.rowAlt;
    // Header cell, built at y = 0.
    const header: Primitive[] = [];
    const isEmotion = lane.kind === 'emotions';
    const headerTextWidth = isEmotion ? laneHeaderWidth - 22 : laneHeaderWidth;
    const laneName = textBlock({
      x: headerX + PAD,
      top: PAD,
      width: headerTextWidth,
      text: localized(lane, 'name', lang),
      size: FONT.lane,
      bold: true,
      color: COLORS.text,
      background: COLORS.laneFill,
      ref: `lane:${lane.id}`,
    });
    if (laneName.prim) header.push(laneName.prim);
    let headerHeight = PAD + laneName.height;
    if (isEmotion)
      headerHeight = emotionLegend(header, headerHeight, headerTextWidth, personas, labels, lang);
    headerHeight += PAD;

    // Body cells, built at y = 0.
    const body: Primitive[] = [];
    let bodyHeight = 0;
    if (lane.kind === 'touchpoints') {
      for (const tp of orderedTouchpoints) {
        const slot = slotOf.get(tp.id);
        if (!slot) continue;
        const c = touchpointCard(tp, slot.x + PAD, PAD, labels, lang, opts.live?.get(tp.id));
        body.push(...c.prims);
        bodyHeight = Math.max(bodyHeight, c.height + 2 * PAD);
      }
    } else if (!isEmotion) {
      stages.forEach((s, i) => {
        const col = columns[i]!;
        const slotY = col.slots.map(() => PAD);
        const tps = tpsByStage.get(s.id) ?? [];
        if (lane.kind === 'kpis') {
          tps.forEach((tp, si) => {
            if (tp.kpis.length === 0) return;
            const c = kpiBlock(tp, (col.slots[si] ?? col.x) + PAD, slotY[si] ?? PAD, labels, lang);
            body.push(...c.prims);
            slotY[si] = (slotY[si] ?? PAD) + c.height + CARD_GAP;
          });
        }
        for (const card of cardsByCell.get(`${lane.id}/${s.id}`) ?? []) {
          const si = pickSlot(card, slotY, slotOf, s.id);
          const c = cardBox(
            (col.slots[si] ?? col.x) + PAD,
            slotY[si] ?? PAD,
            SLOT_WIDTH - 2 * PAD,
            localized(card, 'text', lang),
            CARD_FILL[lane.kind],
            `card:${card.id}`,
          );
          body.push(...c.prims);
          slotY[si] = (slotY[si] ?? PAD) + c.height + CARD_GAP;
        }
        for (const h of slotY) if (h > PAD) bodyHeight = Math.max(bodyHeight, h - CARD_GAP + PAD);
      });
    }
    const minHeight = isEmotion ? MIN_EMOTION_HEIGHT : MIN_ROW_HEIGHT;
    const h = Math.max(minHeight, headerHeight, bodyHeight);

    // Backgrounds first, then content.
    prims.push({
      kind: 'rect',
      x: headerX,
      y: rowTop,
      w: HEADER_WIDTH,
      h,
      fill: COLORS.laneFill,
      stroke: null,
      strokeWidth: 0,
      radius: 0,
      ref: `lane:${lane.id}`,
    });
    if (bodyRight > bodyLeft) {
      prims.push({
        kind: 'rect',
        x: bodyLeft,
        y: rowTop,
        w: bodyRight - bodyLeft,
        h,
        fill: rowBg,
        stroke: null,
        strokeWidth: 0,
        radius: 0,
      });
    }
    for (const p of header) prims.push(shiftY(p, rowTop));
    if (isEmotion) {
      emotionCurves(prims, map, lane, rowTop, h, orderedTouchpoints, personas, slotCenter, {
        headerRight: bodyLeft,
        bodyLeft,
        bodyRight,
        rowBg,
      });
    } else {
      for (const p of body) {
        // Text inside a cell sits on the card's fill, which was set when it was built.
        prims.push(shiftY(p, rowTop));
      }
    }
    rows.push({ laneId: lane.id, kind: lane.kind, y: rowTop, h });
    rowTop += h;
  });
  const bodyBottom = rowTop;

  // ---- grid lines ----------------------------------------------------------------------
  if (rows.length > 0) {
    for (const col of columns) {
      prims.push({
        kind: 'line',
        points: [
          [col.x, bodyTop],
          [col.x, bodyBottom],
        ],
        stroke: COLORS.grid,
        strokeWidth: 0.75,
        dash: null,
      });
    }
    prims.push({
      kind: 'line',
      points: [
        [bodyRight, bodyTop],
        [bodyRight, bodyBottom],
      ],
      stroke: COLORS.grid,
      strokeWidth: 0.75,
      dash: null,
    });
    for (const row of rows) {
      prims.push({
        kind: 'line',
        points: [
          [headerX, row.y + row.h],
          [bodyRight, row.y + row.h],
        ],
        stroke: COLORS.grid,
        strokeWidth: 0.75,
        dash: null,
      });
    }
  }

  return {
    width,
    height: bodyBottom + MARGIN,
    title,
    minFontSize: Math.min(...Object.values(FONT)),
    grid: {
      headerX,
      headerWidth: HEADER_WIDTH,
      bodyLeft,
      bodyRight,
      stageTop,
      bodyTop,
      bodyBottom,
      columns,
      rows,
    },
    primitives: prims,
  };
}

/** A card tied to a touchpoint of this stage goes under it; any other card to the shortest slot. */
function pickSlot(
  card: Card,
  slotY: number[],
  slotOf: Map<string, { stageId: string; index: number }>,
  stageId: string,
): number {
  if (card.touchpointId) {
    const slot = slotOf.get(card.touchpointId);
    if (slot && slot.stageId === stageId) return slot.index;
  }
  let best = 0;
  slotY.forEach((h, i) => {
    if (h < (slotY[best] ?? Number.POSITIVE_INFINITY)) best = i;
  });
  return best;
}

/** The legend of the emotion lane (team curve + one entry per persona); returns the new height. */
function emotionLegend(
  out: Primitive[],
  top: number,
  width: number,
  personas: JourneyMap['personas'],
  labels: MapLabels,
  lang: Language,
): number {
  let y = top + 6;
  const x = MARGIN + PAD;
  const entries = [
    { color: COLORS.teamCurve, name: labels.teamCurve, ref: 'legend:team' },
    ...personas.map((p) => ({ color: p.color, name: localized(p, 'name', lang), ref: `legend:${p.id}` })),
  ];
  for (const e of entries) {
    const t = textBlock({
      x: x + 20,
      top: y,
      width: width - 20,
      text: e.name,
      size: FONT.meta,
      color: COLORS.text,
      background: COLORS.laneFill,
      ref: e.ref,
    });
    const midY = y + lh(FONT.meta) / 2;
    out.push({
      kind: 'line',
      points: [
        [x, midY],
        [x + 14, midY],
      ],
      stroke: e.color,
      strokeWidth: 2.5,
      dash: null,
    });
    out.push({ kind: 'circle', cx: x + 7, cy: midY, r: 2.5, fill: e.color, stroke: null, strokeWidth: 0 });
    if (t.prim) out.push(t.prim);
    y += Math.max(t.height, lh(FONT.meta)) + 2;
  }
  return y;
}

/** Maps an emotion value (−2…+2) to y inside the emotion lane. */
export function emotionY(value: number, rowTop: number, rowHeight: number): number {
  const top = rowTop + PAD + 10;
  const bottom = rowTop + rowHeight - PAD - 10;
  const v = Math.max(-2, Math.min(2, value));
  return top + ((2 - v) / 4) * (bottom - top);
}

function emotionCurves(
  prims: Primitive[],
  map: JourneyMap,
  lane: Lane,
  rowTop: number,
  h: number,
  ordered: Touchpoint[],
  personas: JourneyMap['personas'],
  slotCenter: (tpId: string) => number | null,
  area: { headerRight: number; bodyLeft: number; bodyRight: number; rowBg: string },
): void {
  // Scale: faint lines at every step, a dashed zero line, tick labels at the header's right edge.
  for (let v = 2; v >= -2; v--) {
    const yy = emotionY(v, rowTop, h);
    if (area.bodyRight > area.bodyLeft) {
      prims.push({
        kind: 'line',
        points: [
          [area.bodyLeft, yy],
          [area.bodyRight, yy],
        ],
        stroke: v === 0 ? COLORS.grid : COLORS.faint,
        strokeWidth: v === 0 ? 1 : 0.5,
        dash: v === 0 ? [4, 3] : null,
      });
    }
    prims.push({
      kind: 'text',
      x: area.headerRight - 5,
      y: yy + FONT.meta * 0.35,
      lines: [v > 0 ? `+${v}` : String(v)],
      size: FONT.meta,
      lineHeight: lh(FONT.meta),
      bold: false,
      color: COLORS.muted,
      background: COLORS.laneFill,
      anchor: 'end',
    });
  }
  const curve = (points: Point[], color: string, width: number, ref: string) => {
    if (points.length >= 2)
      prims.push({ kind: 'line', points, stroke: color, strokeWidth: width, dash: null, ref });
    for (const [cx, cy] of points) {
      prims.push({ kind: 'circle', cx, cy, r: 3.5, fill: color, stroke: COLORS.page, strokeWidth: 1, ref });
    }
  };
  const teamPoints: Point[] = [];
  for (const tp of ordered) {
    const cx = slotCenter(tp.id);
    if (cx !== null && tp.emotion !== null) teamPoints.push([cx, emotionY(tp.emotion, rowTop, h)]);
  }
  for (const persona of personas) {
    const values = new Map<string, number>();
    for (const e of map.emotions) if (e.personaId === persona.id) values.set(e.touchpointId, e.value);
    const points: Point[] = [];
    for (const tp of ordered) {
      const cx = slotCenter(tp.id);
      const v = values.get(tp.id);
      if (cx !== null && v !== undefined) points.push([cx, emotionY(v, rowTop, h)]);
    }
    curve(points, persona.color, 2, `emotion:${persona.id}:${lane.id}`);
  }
  // The team's default curve on top, so it is never hidden by a persona's.
  curve(teamPoints, COLORS.teamCurve, 2.5, `emotion:team:${lane.id}`);
}

// ---- colour contrast (WCAG 2) ----------------------------------------------------------

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number.parseInt(v ?? '0', 16)) as [number, number, number];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
