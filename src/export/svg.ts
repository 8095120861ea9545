import type { JourneyMap } from '../domain/journey/journey.schema.js';
import type { Language } from '../domain/journey/vocabulary.js';
import { mapLabels } from './labels.js';
import {
  COLORS,
  type LayoutOptions,
  layoutMap,
  MARGIN,
  type MapLayout,
  type Primitive,
  type TextPrim,
} from './layout.js';
import { qrRects } from './qr.js';

export interface SvgOptions {
  lang: Language;
  /** The live map's address: adds a footer with a QR code and a link. */
  url?: string;
  /** ISO date printed under the title; defaults to the journey's `updatedAt`. */
  date?: string;
  /** Live numbers per touchpoint id, printed on the cards. */
  live?: LayoutOptions['live'];
}

const FONT_FAMILY = 'Helvetica, Arial, sans-serif';
const QR_SIZE = 96;

/** Whether XML 1.0 allows the code point at all (C0 controls other than tab/LF/CR, U+FFFE/FFFF and lone surrogates are out). */
function xmlAllowed(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

function stripInvalidXml(value: string): string {
  let out = '';
  for (const ch of value) if (xmlAllowed(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** Escapes text for XML content and attribute values; drops characters XML cannot carry. */
export function escapeXml(value: string): string {
  return stripInvalidXml(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const num = (v: number) => String(Math.round(v * 100) / 100);
const paint = (c: string | null) => (c === null ? 'none' : escapeXml(c));

function renderText(p: TextPrim): string {
  const anchor = p.anchor === 'start' ? '' : ` text-anchor="${p.anchor}"`;
  const weight = p.bold ? ' font-weight="bold"' : '';
  const spans = p.lines
    .map((line, i) => `<tspan x="${num(p.x)}" y="${num(p.y + i * p.lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-size="${num(p.size)}"${weight} fill="${paint(p.color)}"${anchor}>${spans}</text>`;
}

function renderPrimitive(p: Primitive): string {
  switch (p.kind) {
    case 'rect': {
      const rx = p.radius > 0 ? ` rx="${num(p.radius)}"` : '';
      const stroke =
        p.stroke === null ? '' : ` stroke="${paint(p.stroke)}" stroke-width="${num(p.strokeWidth)}"`;
      return `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.w)}" height="${num(p.h)}"${rx} fill="${paint(p.fill)}"${stroke}/>`;
    }
    case 'text':
      return renderText(p);
    case 'line': {
      const points = p.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
      const dash = p.dash ? ` stroke-dasharray="${p.dash.map(num).join(' ')}"` : '';
      return `<polyline points="${points}" fill="none" stroke="${paint(p.stroke)}" stroke-width="${num(p.strokeWidth)}" stroke-linejoin="round" stroke-linecap="round"${dash}/>`;
    }
    case 'circle': {
      const stroke =
        p.stroke === null ? '' : ` stroke="${paint(p.stroke)}" stroke-width="${num(p.strokeWidth)}"`;
      return `<circle cx="${num(p.cx)}" cy="${num(p.cy)}" r="${num(p.r)}" fill="${paint(p.fill)}"${stroke}/>`;
    }
  }
}

/** The footer under the map: caption and address on the left of a QR code at the right edge. */
function footer(layout: MapLayout, url: string, lang: Language): { prims: Primitive[]; height: number } {
  const labels = mapLabels(lang);
  const top = layout.height;
  const qrX = layout.width - MARGIN - QR_SIZE;
  const prims: Primitive[] = [...qrRects(url, qrX, top, QR_SIZE)];
  const textRight = qrX - 10;
  prims.push({
    kind: 'text',
    x: textRight,
    y: top + QR_SIZE / 2 - 2,
    lines: [labels.openLiveMap],
    size: 12,
    lineHeight: 15,
    bold: true,
    color: COLORS.text,
    background: COLORS.page,
    anchor: 'end',
  });
  prims.push({
    kind: 'text',
    x: textRight,
    y: top + QR_SIZE / 2 + 13,
    lines: [url],
    size: 9,
    lineHeight: 11.25,
    bold: false,
    color: COLORS.muted,
    background: COLORS.page,
    anchor: 'end',
  });
  return { prims, height: QR_SIZE + MARGIN };
}

/** Draws an already computed layout as a standalone SVG document. */
export function layoutToSvg(layout: MapLayout, opts: SvgOptions): string {
  const labels = mapLabels(opts.lang);
  const extra = opts.url ? footer(layout, opts.url, opts.lang) : null;
  const width = layout.width;
  const height = layout.height + (extra?.height ?? 0);
  const body = layout.primitives.map(renderPrimitive);
  let foot = '';
  if (extra && opts.url) {
    const drawn = extra.prims.map(renderPrimitive).join('');
    // Link only web addresses: a `javascript:` href in a standalone SVG would run script.
    foot = /^https?:\/\//i.test(opts.url) ? `<a href="${escapeXml(opts.url)}">${drawn}</a>` : drawn;
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}pt" height="${num(height)}pt" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="polku-map-title" font-family="${FONT_FAMILY}">`,
    `<title id="polku-map-title">${escapeXml(`${layout.title} — ${labels.journeyMap}`)}</title>`,
    `<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="${COLORS.page}"/>`,
    ...body,
    foot,
    '</svg>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/** The journey map as a self-contained SVG document (UTF-8, sizes in points). */
export function renderMapSvg(map: JourneyMap, opts: SvgOptions): string {
  const layoutOpts: LayoutOptions = { lang: opts.lang };
  if (opts.date !== undefined) layoutOpts.date = opts.date;
  if (opts.live) layoutOpts.live = opts.live;
  return layoutToSvg(layoutMap(map, layoutOpts), opts);
}
