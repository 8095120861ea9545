/** A table cell as exported: numbers raw (a dot for decimals), text as written, null empty. */
export type Cell = string | number | null;

/** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) unless it is a plain number. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+([.,]\d+)?%?$/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, newline or edge space; formula-like text gets a leading apostrophe. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole table as CSV: the header row, then the rows, CRLF line ends (RFC 4180). */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [columns, ...rows]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** A file name from a title: lower case letters, digits and dashes. */
export function fileName(title: string, ext: 'csv' | 'png'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'chart'}.${ext}`;
}
