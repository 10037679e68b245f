// Lists laid out in columns, for crm find, crm open and the import preview, padded by the one width
// of text on a terminal (binder/width.ts). Hand-made rather than cli-table3: that table costs a
// command some 17 ms to load and draw its first table, and its own width counts a ZWNJ as a cell,
// which put a Persian name's row one column short.
import { padCells, widestCells } from '../binder/width.js';
import { paint } from './style.js';

/** Rows under a bold header, each column as wide as its widest cell, two spaces between. */
export function columns(head: string[], rows: string[][]): string {
  const widths = head.map((title, i) => widestCells([title, ...rows.map((row) => row[i] ?? '')]));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : padCells(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [paint.bold(line(head)), ...rows.map(line)].join('\n');
}
