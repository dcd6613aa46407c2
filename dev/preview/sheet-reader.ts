import type { RawChart, RawSheet } from './raw-sheet';
import type { PreviewRuntime } from './runtime-port';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MIN_ROWS = 30;
const MIN_COLUMNS = 10;

function attempt<T>(read: () => T, fallback: T): T {
  try {
    const value = read();
    return value === undefined || value === null ? fallback : value;
  } catch {
    return fallback;
  }
}

function grid<T>(rows: number, columns: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill));
}

/** How much of a sheet the preview shows: the used area plus a margin, like Sheets' empty rows below the data. */
function shownSize(sheet: Sheet, charts: RawChart[]): { rows: number; columns: number } {
  const lastRow = attempt(() => sheet.getLastRow(), 0);
  const lastColumn = attempt(() => sheet.getLastColumn(), 0);
  const maxRows = attempt(() => sheet.getMaxRows(), 1000);
  const maxColumns = attempt(() => sheet.getMaxColumns(), 26);
  const chartBottom = Math.max(0, ...charts.map(c => c.row + Math.ceil(c.height / 21)));
  const chartRight = Math.max(0, ...charts.map(c => c.column + Math.ceil(c.width / 100)));
  return {
    rows: Math.min(maxRows, Math.max(lastRow + 10, chartBottom + 2, MIN_ROWS)),
    columns: Math.min(maxColumns, Math.max(lastColumn + 2, chartRight + 1, MIN_COLUMNS)),
  };
}

function chartData(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): unknown[][] {
  const blocks = attempt(() => chart.getRanges(), []).map(range =>
    attempt(() => range.getValues(), [] as unknown[][])
  );
  if (blocks.length === 0) return [];
  const height = Math.max(...blocks.map(b => b.length));
  return Array.from({ length: height }, (_, r) => blocks.flatMap(b => b[r] ?? (b[0] ?? []).map(() => '')));
}

function readCharts(sheet: Sheet): RawChart[] {
  return attempt(() => sheet.getCharts(), []).map(chart => {
    const options = attempt(() => chart.getOptions(), null);
    const info = attempt(() => chart.getContainerInfo(), null);
    return {
      type: String(attempt<unknown>(() => chart.modify().getChartType(), 'UNKNOWN')),
      title: String(attempt(() => options?.get('title'), '') ?? ''),
      data: chartData(chart),
      row: attempt(() => info?.getAnchorRow() ?? 1, 1),
      column: attempt(() => info?.getAnchorColumn() ?? 1, 1),
      width: Number(attempt(() => options?.get('width'), 0)) || 480,
      height: Number(attempt(() => options?.get('height'), 0)) || 280,
    };
  });
}

/** Reads one sheet through the Spreadsheet service, the way an add-on would (a handful of batch calls). */
export function readSheetThroughService(rt: PreviewRuntime, name: string): RawSheet {
  const sheet = rt.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet named "${name}"`);
  const charts = readCharts(sheet);
  const { rows, columns } = shownSize(sheet, charts);
  const range = sheet.getRange(1, 1, rows, columns);
  return {
    name,
    rows,
    columns,
    frozenRows: attempt(() => sheet.getFrozenRows(), 0),
    frozenColumns: attempt(() => sheet.getFrozenColumns(), 0),
    columnWidths: Array.from({ length: columns }, (_, c) => attempt(() => sheet.getColumnWidth(c + 1), 100)),
    rowHeights: Array.from({ length: rows }, (_, r) => attempt(() => sheet.getRowHeight(r + 1), 21)),
    values: attempt(() => range.getValues(), grid(rows, columns, '')),
    display: attempt(() => range.getDisplayValues(), grid(rows, columns, '')),
    formulas: attempt(() => range.getFormulas(), grid(rows, columns, '')),
    numberFormats: attempt(() => range.getNumberFormats(), grid(rows, columns, '')),
    backgrounds: attempt<(string | null)[][]>(() => range.getBackgrounds(), grid(rows, columns, null)),
    fontWeights: attempt(() => range.getFontWeights(), grid(rows, columns, 'normal')),
    fontColors: attempt<(string | null)[][]>(() => range.getFontColors(), grid(rows, columns, null)),
    fontStyles: attempt(() => range.getFontStyles(), grid(rows, columns, 'normal')),
    alignments: attempt(() => range.getHorizontalAlignments(), grid(rows, columns, '')),
    wraps: attempt(() => range.getWraps(), grid(rows, columns, false)),
    charts,
  };
}
