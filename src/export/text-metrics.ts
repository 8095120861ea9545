/**
 * Deterministic text measurement for the built-in Helvetica, used to wrap text before any
 * renderer sees it (the layout is device independent, so wrapping cannot ask a font engine).
 *
 * Widths are Helvetica's advance widths in 1/1000 em for printable ASCII (32…126). Letters
 * with diacritics (ä, ö, å, é …) measure as their base letter; anything else counts as an
 * "n"-wide glyph. Bold is estimated as 12 % wider, which is close to Helvetica-Bold on
 * average text; wrapping keeps a small safety margin on top of that.
 */
const ASCII_WIDTHS: readonly number[] = [
  // space ! " # $ % & ' ( ) * + , - . /
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  // 0-9
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  // : ; < = > ? @
  278, 278, 584, 584, 584, 556, 1015,
  // A-Z
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
  667, 944, 667, 667, 611,
  // [ \ ] ^ _ `
  278, 278, 278, 469, 556, 333,
  // a-z
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556,
  500, 722, 500, 500, 500,
  // { | } ~
  334, 260, 334, 584,
];

const DEFAULT_WIDTH = 556;
const BOLD_FACTOR = 1.12;
/** Wrapping aims a little short of the real width, so small estimate errors never overflow. */
const SAFETY = 0.97;

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32] ?? DEFAULT_WIDTH;
  if (code === 0xa0) return 278;
  const base = ch.normalize('NFD').charAt(0);
  const baseCode = base.charCodeAt(0);
  if (base !== ch && baseCode >= 32 && baseCode <= 126) return ASCII_WIDTHS[baseCode - 32] ?? DEFAULT_WIDTH;
  if (ch === 'ß') return 611;
  if (ch === 'æ' || ch === 'Æ' || ch === 'œ' || ch === 'Œ') return 1000;
  if (ch === '—' || ch === '…') return 1000;
  return DEFAULT_WIDTH;
}

/** Estimated width in points of `text` set in Helvetica (or Helvetica-Bold) at `size` pt. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * size * (bold ? BOLD_FACTOR : 1);
}

/**
 * Wraps `text` into lines no wider than `maxWidth` points: explicit newlines are kept,
 * lines break at spaces, and a single word longer than the line is broken between letters.
 * Empty input gives no lines.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const limit = maxWidth * SAFETY;
  const fits = (s: string) => textWidth(s, size, bold) <= limit;
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== '');
    if (words.length === 0) {
      if (out.length > 0) out.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') out.push(line);
      line = '';
      if (fits(word)) {
        line = word;
        continue;
      }
      // A word longer than the line: break it between letters.
      let piece = '';
      for (const ch of word) {
        if (piece !== '' && !fits(piece + ch)) {
          out.push(piece);
          piece = '';
        }
        piece += ch;
      }
      line = piece;
    }
    if (line !== '') out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
