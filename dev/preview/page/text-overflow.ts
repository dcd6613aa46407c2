import type { CellView, GridView } from '../view-types';

const DEFAULT_WIDTH = 100;

function isEmpty(cell: CellView | null | undefined): boolean {
  return !cell || cell.t === '';
}

/**
 * How wide a cell's text may be drawn, in pixels. As in Sheets, left-aligned text that is not wrapped runs over
 * the empty cells to its right (a dashboard's section title stays readable in a narrow column); it stops at the
 * first cell with content, at the edge of the frozen columns and at the sheet's last column.
 * Returns the cell's own width when its text cannot overflow.
 */
export function overflowWidth(view: GridView, row: number, column: number): number {
  const width = (c: number) => view.columnWidths[c] || DEFAULT_WIDTH;
  const cell = view.cells[row]?.[column];
  if (!cell || cell.t === '' || cell.wrap || (cell.align && cell.align !== 'left')) return width(column);
  let total = width(column);
  for (let c = column + 1; c < view.columnCount; c++) {
    if (column < view.frozenColumns && c >= view.frozenColumns) break;
    if (!isEmpty(view.cells[row]?.[c])) break;
    total += width(c);
  }
  return total;
}
