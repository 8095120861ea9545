import type { Cell } from './csv.js';

/** A column of a chart's table view; numbers show with `digits` decimals (or as a share 0…1 when `share`). */
export interface Column {
  label: string;
  digits?: number;
  share?: boolean;
}

/** What a chart shows, as a table: the table view, the CSV export and what screen readers get. */
export interface TableData {
  columns: Column[];
  rows: Cell[][];
}
