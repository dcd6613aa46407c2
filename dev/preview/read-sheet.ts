import type { Runtime, SheetView } from '../runtime';

export interface RawChart {
  type: string;
  title: string;
  /** The chart's source cells as computed values, header row first. */
  data: unknown[][];
  row: number;
  column: number;
  width: number;
  height: number;
}

/**
 * One sheet as the preview shows it (the used area plus a margin), as dense grids: what becomes page data
 * (sheet-view.ts) or an .xlsx sheet (xlsx-export.ts).
 */
export interface RawSheet {
  name: string;
  /** Size of the used area read (at least the frozen rows/columns). */
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  rowHeights: number[];
  values: unknown[][];
  display: string[][];
  /** Formulas in the spreadsheet locale's syntax, as getFormula returns them ('' when the cell holds a value). */
  formulas: string[][];
  numberFormats: string[][];
  /** Effective backgrounds, conditional-format colours included. */
  backgrounds: (string | null)[][];
  fontWeights: string[][];
  fontColors: (string | null)[][];
  fontStyles: string[][];
  alignments: string[][];
  verticalAlignments: string[][];
  wraps: boolean[][];
  /** An error's message (`#REF! Array result was not expanded...`), null elsewhere. */
  errors: (string | null)[][];
  notes: (string | null)[][];
  charts: RawChart[];
}

type RuntimeChart = SheetView['charts'][number];

const MIN_ROWS = 30;
const MIN_COLUMNS = 10;
const DEFAULT_CHART = { width: 480, height: 280 };
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

function grid<T>(rows: number, columns: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill));
}

function chartData(rt: Runtime, chart: RuntimeChart): unknown[][] {
  const sheets = rt.spreadsheet.getSheets();
  const blocks = chart.ranges.map(({ sheetId, rect }) => {
    const sheet = sheets.find(s => s.getSheetId() === sheetId);
    return sheet ? sheet.getRange(rect.row, rect.col, rect.rows, rect.cols).getValues() : [];
  });
  const height = Math.max(0, ...blocks.map(b => b.length));
  const rows = Array.from({ length: height }, (_, r) =>
    blocks.flatMap(b => b[r] ?? (b[0] ?? []).map(() => ''))
  );
  if (chart.numHeaders === 0 && rows.length) rows.unshift(rows[0].map((_, i) => (i ? `Series ${i}` : '')));
  return rows;
}

function readCharts(rt: Runtime, view: SheetView): RawChart[] {
  return view.charts.map(chart => ({
    type: chart.type,
    title: String(chart.options.title ?? ''),
    data: chartData(rt, chart),
    row: chart.position.row,
    column: chart.position.col,
    width: Number(chart.options.width) || DEFAULT_CHART.width,
    height: Number(chart.options.height) || DEFAULT_CHART.height,
  }));
}

/** The used area plus a margin (as Sheets shows empty rows below the data), charts included. */
function shownSize(view: SheetView, charts: RawChart[]) {
  const chartBottom = Math.max(0, ...charts.map(c => c.row + Math.ceil(c.height / 21)));
  const chartRight = Math.max(0, ...charts.map(c => c.column + Math.ceil(c.width / 100)));
  return {
    rows: Math.min(view.maxRows, Math.max(view.lastRow + 10, chartBottom + 2, view.frozenRows + 1, MIN_ROWS)),
    columns: Math.min(
      view.maxColumns,
      Math.max(view.lastColumn + 2, chartRight + 1, view.frozenColumns + 1, MIN_COLUMNS)
    ),
  };
}

function fromRuntimeView(rt: Runtime, view: SheetView): RawSheet {
  const charts = readCharts(rt, view);
  const { rows, columns } = shownSize(view, charts);
  const raw: RawSheet = {
    name: view.name,
    rows,
    columns,
    frozenRows: view.frozenRows,
    frozenColumns: view.frozenColumns,
    columnWidths: Array.from({ length: columns }, (_, c) => view.columnWidths[c] ?? 100),
    rowHeights: Array.from({ length: rows }, (_, r) => view.rowHeights[r] ?? 21),
    values: grid<unknown>(rows, columns, ''),
    display: grid(rows, columns, ''),
    formulas: grid(rows, columns, ''),
    numberFormats: grid(rows, columns, ''),
    backgrounds: grid<string | null>(rows, columns, null),
    fontWeights: grid(rows, columns, 'normal'),
    fontColors: grid<string | null>(rows, columns, null),
    fontStyles: grid(rows, columns, 'normal'),
    alignments: grid(rows, columns, ''),
    verticalAlignments: grid(rows, columns, ''),
    wraps: grid(rows, columns, false),
    errors: grid<string | null>(rows, columns, null),
    notes: grid<string | null>(rows, columns, null),
    charts,
  };
  for (const cell of view.cells) {
    const [r, c] = [cell.row - 1, cell.col - 1];
    if (r >= rows || c >= columns) continue;
    raw.values[r][c] =
      typeof cell.value === 'string' && ISO_DATE.test(cell.value) ? new Date(cell.value) : cell.value;
    raw.display[r][c] = cell.display;
    raw.formulas[r][c] = cell.formula ?? '';
    raw.numberFormats[r][c] = cell.numberFormat ?? '';
    raw.backgrounds[r][c] = cell.background;
    raw.fontWeights[r][c] = cell.fontWeight ?? 'normal';
    raw.fontColors[r][c] = cell.fontColor;
    raw.fontStyles[r][c] = cell.fontStyle ?? 'normal';
    raw.alignments[r][c] = cell.horizontalAlignment ?? '';
    raw.verticalAlignments[r][c] = cell.verticalAlignment ?? '';
    raw.wraps[r][c] = cell.wrap;
    raw.errors[r][c] = cell.error;
    raw.notes[r][c] = cell.note;
  }
  return raw;
}

/** One sheet's data for the grid and the export, conditional-format colours resolved by the runtime. */
export function readSheet(rt: Runtime, name: string): RawSheet {
  // Only the rows the grid shows are read: the used area, a margin, the frozen rows and the charts.
  const data = rt.workbook.sheetByName(name);
  const chartRows = (data?.charts ?? []).map(
    c => c.position.row + Math.ceil((Number(c.options.height) || DEFAULT_CHART.height) / 21) + 2
  );
  const limit = data
    ? Math.max(rt.workbook.lastRow(data) + 10, data.frozenRows + 1, MIN_ROWS, ...chartRows)
    : Infinity;
  return fromRuntimeView(rt, rt.sheetView(name, limit));
}
