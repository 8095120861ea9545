import QRCode from 'qrcode';
import type { RectPrim } from './layout.js';

/** The QR code of `text` as a square matrix of dark (true) / light (false) modules. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const rows: boolean[][] = [];
  for (let r = 0; r < n; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < n; c++) row.push(modules.data[r * n + c] === 1);
    rows.push(row);
  }
  return rows;
}

/** Modules of light margin around the code, as the QR specification asks. */
export const QUIET_ZONE = 4;

/**
 * The QR code of `text` as rectangles filling a `size`-pt square at (x, y), quiet zone
 * included: one white background and one black rectangle per horizontal run of dark modules.
 */
export function qrRects(text: string, x: number, y: number, size: number): RectPrim[] {
  const matrix = qrMatrix(text);
  const n = matrix.length + 2 * QUIET_ZONE;
  const m = size / n;
  const rect = (rx: number, ry: number, w: number, h: number, fill: string): RectPrim => ({
    kind: 'rect',
    x: rx,
    y: ry,
    w,
    h,
    fill,
    stroke: null,
    strokeWidth: 0,
    radius: 0,
  });
  const out: RectPrim[] = [rect(x, y, size, size, '#ffffff')];
  matrix.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const dark = row[c] === true;
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        out.push(rect(x + (QUIET_ZONE + start) * m, y + (QUIET_ZONE + r) * m, (c - start) * m, m, '#000000'));
        start = -1;
      }
    }
  });
  return out;
}
