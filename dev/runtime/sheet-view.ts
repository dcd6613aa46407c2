// Plain-data views of a sheet for the preview grid.
import { columnLetter, rectToA1 } from './a1';
import { resolveConditionalFormat } from './conditional-format';
import { isDate } from './dates';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './model';
import type { SheetData } from './model';
import type { Workbook } from './workbook';

export interface CellView {
  row: number;
  col: number;
  a1: string;
  /** computed value; dates as ISO strings */
  value: string | number | boolean;
  display: string;
  formula: string | null;
  numberFormat: string | null;
  note: string | null;
  background: string | null;
  fontWeight: string | null;
  fontStyle: string | null;
  fontColor: string | null;
  fontSize: number | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  wrap: boolean;
  validation: { type: string; values: unknown[]; allowInvalid: boolean; helpText: string | null } | null;
  /** top-left cell of a merge: its size; a cell hidden by a merge: 'covered' */
  merge: { rows: number; cols: number } | 'covered' | null;
  error: string | null;
}

export interface SheetView {
  id: number;
  name: string;
  index: number;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  tabColor: string | null;
  hidden: boolean;
  columnWidths: number[];
  hiddenColumns: number[];
  rowHeights: number[];
  columnLetters: string[];
  cells: CellView[];
  charts: SheetData['charts'];
}

/** `maxRows`: cells below it are left out (the preview shows the used area; a template formats 1,000 rows). */
export function sheetView(wb: Workbook, sheet: SheetData, maxRows = Infinity): SheetView {
  const lastRow = wb.lastRow(sheet);
  const lastCol = wb.lastColumn(sheet);
  const rows = Math.min(Math.max(lastRow, sheet.cells.length), Math.max(maxRows, lastRow, 1));
  // cells is sparse (a row never written is a hole), and map() skips holes, which would make Math.max NaN.
  const cols = Math.max(lastCol, ...Array.from(sheet.cells, r => r?.length ?? 0), 0);
  const rect = { row: 1, col: 1, rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
  const values = wb.values(sheet, rect);
  const display = wb.displayValues(sheet, rect);
  const merged = new Map<string, { rows: number; cols: number } | 'covered'>();
  for (const m of sheet.merges) {
    for (let r = 0; r < m.rows; r++)
      for (let c = 0; c < m.cols; c++) merged.set(`${m.row + r}:${m.col + c}`, 'covered');
    merged.set(`${m.row}:${m.col}`, { rows: m.rows, cols: m.cols });
  }
  const cells: CellView[] = [];
  for (let r = 1; r <= rect.rows; r++) {
    for (let c = 1; c <= rect.cols; c++) {
      const cell = wb.cell(sheet, r, c);
      const v = values[r - 1][c - 1];
      const merge = merged.get(`${r}:${c}`) ?? null;
      if (!cell && v === '' && !merge) continue;
      const cf = resolveConditionalFormat(wb, sheet, r, c, v);
      const error = typeof v === 'string' && v.startsWith('#') ? wb.cellError(sheet, r, c) : null;
      cells.push({
        row: r,
        col: c,
        a1: rectToA1({ row: r, col: c, rows: 1, cols: 1 }),
        value: isDate(v) ? v.toISOString() : (v as string | number | boolean),
        display: display[r - 1][c - 1],
        formula: cell?.f ?? null,
        numberFormat: cell?.nf ?? null,
        note: cell?.note ?? null,
        background: cf?.background ?? cell?.st?.background ?? null,
        fontWeight: cf?.bold ? 'bold' : (cell?.st?.fontWeight ?? null),
        fontStyle: cf?.italic ? 'italic' : (cell?.st?.fontStyle ?? null),
        fontColor: cf?.fontColor ?? cell?.st?.fontColor ?? null,
        fontSize: cell?.st?.fontSize ?? null,
        horizontalAlignment: cell?.st?.horizontalAlignment ?? null,
        verticalAlignment: cell?.st?.verticalAlignment ?? null,
        wrap: Boolean(cell?.st?.wrap || cell?.st?.wrapStrategy === 'WRAP'),
        validation: cell?.dv ? structuredClone(cell.dv) : null,
        merge,
        error: error ? `${error.value} ${error.message}`.trim() : null,
      });
    }
  }
  const widthCols = Math.max(cols, 1);
  return {
    id: sheet.id,
    name: sheet.name,
    index: wb.sheets.indexOf(sheet) + 1,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxCols,
    lastRow,
    lastColumn: lastCol,
    tabColor: sheet.tabColor,
    hidden: sheet.hidden,
    columnWidths: Array.from({ length: widthCols }, (_, i) => sheet.colInfo[i]?.size ?? DEFAULT_COLUMN_WIDTH),
    hiddenColumns: Array.from({ length: widthCols }, (_, i) => i + 1).filter(
      c => sheet.colInfo[c - 1]?.hidden
    ),
    rowHeights: Array.from(
      { length: Math.max(rows, 1) },
      (_, i) => sheet.rowInfo[i]?.size ?? DEFAULT_ROW_HEIGHT
    ),
    columnLetters: Array.from({ length: widthCols }, (_, i) => columnLetter(i + 1)),
    cells,
    charts: structuredClone(sheet.charts),
  };
}
