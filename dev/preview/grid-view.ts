import { localeSyntax, textForEditor } from './cell-input';
import type { RawChart, RawSheet } from './read-sheet';
import type { CellView, ChartView, GridView } from './view-types';

function isBlank(color: string | null | undefined, blank: string): boolean {
  return !color || color.toLowerCase() === blank;
}

/** The text Sheets puts in the formula bar for a value cell: 45 % shows as 45%, 1.5 as 1,5 in French. */
function editorText(value: unknown, display: string, format: string, locale: string): string {
  if (value instanceof Date) return display;
  if (typeof value === 'boolean') return display;
  if (typeof value === 'number') {
    const decimal = localeSyntax(locale).decimal;
    const shown = format.includes('%') ? `${Number((value * 100).toPrecision(15))}%` : String(value);
    return decimal === ',' ? shown.replace('.', ',') : shown;
  }
  if (value === null || value === undefined) return '';
  return format === '@' ? String(value) : textForEditor(String(value), locale);
}

function alignment(value: unknown, stated: string): CellView['align'] {
  const s = stated.toLowerCase();
  if (s.includes('center')) return 'center';
  if (s.endsWith('right')) return 'right';
  if (s.endsWith('left')) return 'left';
  if (typeof value === 'number' || value instanceof Date) return 'right';
  if (typeof value === 'boolean') return 'center';
  return undefined;
}

function cellView(raw: RawSheet, r: number, c: number, locale: string): CellView | null {
  const value = raw.values[r]?.[c];
  const t = raw.display[r]?.[c] ?? (value === undefined || value === null ? '' : String(value));
  const formula = raw.formulas[r]?.[c] ?? '';
  const bg = raw.backgrounds[r]?.[c];
  const color = raw.fontColors[r]?.[c];
  const cell: CellView = { t };
  // the stored text is already the locale's syntax (as getFormula returns it)
  if (formula) cell.f = formula;
  else if (t !== '') cell.e = editorText(value, t, raw.numberFormats[r]?.[c] ?? '', locale);
  if (!isBlank(bg, '#ffffff')) cell.bg = bg as string;
  if (!isBlank(color, '#000000')) cell.color = color as string;
  if (raw.fontWeights[r]?.[c] === 'bold') cell.bold = true;
  if (raw.fontStyles[r]?.[c] === 'italic') cell.italic = true;
  const align = alignment(value, raw.alignments[r]?.[c] ?? '');
  if (align) cell.align = align;
  const valign = (raw.verticalAlignments[r]?.[c] ?? '').toLowerCase();
  if (valign === 'top' || valign === 'middle') cell.valign = valign;
  if (raw.wraps[r]?.[c]) cell.wrap = true;
  const tip = raw.errors[r]?.[c] ?? raw.notes[r]?.[c];
  if (tip) cell.tip = tip;
  return Object.keys(cell).length === 1 && t === '' ? null : cell;
}

function chartCell(value: unknown): string | number | null {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === '' || value === null || value === undefined) return null;
  return String(value);
}

function chartView(chart: RawChart): ChartView {
  const [header = [], ...rows] = chart.data;
  return {
    type: chart.type,
    title: chart.title,
    headers: header.map(h => String(chartCell(h) ?? '')),
    rows: rows.filter(row => row.some(v => v !== '' && v !== null)).map(row => row.map(chartCell)),
    row: chart.row,
    column: chart.column,
    width: chart.width,
    height: chart.height,
  };
}

export function toGridView(raw: RawSheet, locale: string): GridView {
  return {
    name: raw.name,
    rowCount: raw.rows,
    columnCount: raw.columns,
    frozenRows: raw.frozenRows,
    frozenColumns: raw.frozenColumns,
    columnWidths: raw.columnWidths,
    rowHeights: raw.rowHeights,
    cells: Array.from({ length: raw.rows }, (_, r) =>
      Array.from({ length: raw.columns }, (_, c) => cellView(raw, r, c, locale))
    ),
    charts: raw.charts.map(chartView),
  };
}
