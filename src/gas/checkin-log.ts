import type { Lang } from '../i18n/lang';
import { DATE_FORMAT, PERCENT_FORMAT } from '../features/install/formats';
import { CHECKIN_COLUMNS, type CheckinColumnKey } from '../schema/layout';
import { mapColumnsByHeader } from '../schema/locate';
import { findColumns } from './column-metadata';
import type { SheetCalendar } from './sheet-calendar';
import { readOurSheet, sheetReader } from './sheet-lookup';
import type { WriteStep } from './write-steps';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Check-ins log as read for a check-in: its sheet, values (header first), columns and last used row. */
export interface CheckinLogSheet {
  sheet: Sheet;
  sheetName: string;
  /** The whole used range, header first; date cells are the local days they show (sheet-calendar.ts). */
  values: unknown[][];
  /** Found by developer metadata, then shipped labels (column-metadata.ts): user columns anywhere change nothing. */
  columns: Partial<Record<CheckinColumnKey, number>>;
  /** 1-based last row holding anything in one of our columns (1 when only the header exists). */
  lastRow: number;
}

interface LogRead {
  sheet: Sheet;
  values: unknown[][];
}

/** Reads the whole log in one getValues; null when the workbook has no Check-ins sheet. */
export function readCheckinLog(ss: Spreadsheet, lang: Lang, calendar: SheetCalendar): CheckinLogSheet | null {
  const read = readOurSheet<LogRead>(ss, 'checkins', lang, {
    read: sheetReader(ss, sheet => ({ sheet, values: sheet.getDataRange().getValues() })),
    isOurs: ({ values }) => {
      const columns = mapColumnsByHeader(values[0] ?? [], CHECKIN_COLUMNS);
      return columns.krId !== undefined && columns.value !== undefined;
    },
  });
  if (!read) return null;
  const { sheet, values } = read.data;
  const columns = findColumns(sheet, read.name, values[0] ?? [], CHECKIN_COLUMNS);
  const ours = Object.values(columns) as number[];
  let lastRow = values.length;
  while (lastRow > 1 && ours.every(c => isBlankCell(values[lastRow - 1][c]))) lastRow--;
  calendar.fromCells(values);
  return { sheet, sheetName: read.name, values, columns, lastRow: Math.max(1, lastRow) };
}

function isBlankCell(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined;
}

/** Number formats the log's own columns get on appended rows; other columns keep theirs. */
const LOG_FORMATS: Partial<Record<CheckinColumnKey, string>> = {
  date: DATE_FORMAT,
  progress: PERCENT_FORMAT,
};

/**
 * The writes that append `rows` below the log's last row, as undoable steps (write-steps.ts), each ONE
 * Spreadsheet call: grow the sheet first when it is too short (one insertRowsAfter), then per run of adjacent
 * columns of ours, its number formats and its values. Only our columns are written: a user's column in the log,
 * or their array formula spilling down it, is never touched. Text is already literal (literal-text.ts); dates are
 * local days, written as the instant that shows that day in the spreadsheet (sheet-calendar.ts).
 */
export function appendSteps(
  log: CheckinLogSheet,
  rows: readonly Record<CheckinColumnKey, unknown>[],
  maxRows: number,
  calendar: SheetCalendar
): WriteStep[] {
  if (rows.length === 0) return [];
  const steps: WriteStep[] = [];
  const first = log.lastRow + 1;
  const last = first + rows.length - 1;
  const { sheet, sheetName } = log;
  if (last > maxRows) {
    const added = last - maxRows;
    steps.push({
      where: `${sheetName}!${maxRows + 1}:${last}`,
      targets: [{ sheet: sheetName, row: maxRows + 1, col: 1, rows: added, cols: 1, structure: true }],
      run: () => sheet.insertRowsAfter(maxRows, added),
      undo: () => sheet.deleteRows(maxRows + 1, added),
    });
  }
  for (const run of columnRuns(log.columns)) {
    const range = () => sheet.getRange(first, run[0].index + 1, rows.length, run.length);
    const where = `${sheetName}!R${first}C${run[0].index + 1}:R${last}C${run[0].index + run.length}`;
    const targets = [
      {
        sheet: sheetName,
        row: first,
        col: run[0].index + 1,
        rows: rows.length,
        cols: run.length,
      },
    ];
    let before: string[][] | null = null;
    steps.push({
      where,
      targets,
      run: () => {
        const target = range();
        before = target.getNumberFormats();
        const formats = before.map(row => row.map((format, c) => LOG_FORMATS[run[c].key] ?? format));
        target.setNumberFormats(formats);
      },
      undo: () => {
        if (before) range().setNumberFormats(before);
      },
    });
    steps.push({
      where,
      run: () => range().setValues(rows.map(row => run.map(({ key }) => toSheetValue(row[key], calendar)))),
      undo: () => range().setValues(rows.map(() => run.map(() => ''))),
    });
  }
  return steps;
}

export function toSheetValue(value: unknown, calendar: SheetCalendar): unknown {
  return value instanceof Date ? calendar.toCell(value) : value;
}

/** Our columns in sheet order, split wherever a column that is not ours sits between two of them. */
function columnRuns(
  columns: Partial<Record<CheckinColumnKey, number>>
): { key: CheckinColumnKey; index: number }[][] {
  const sorted = (Object.entries(columns) as [CheckinColumnKey, number][])
    .filter(([, index]) => index !== undefined)
    .map(([key, index]) => ({ key, index }))
    .sort((a, b) => a.index - b.index);
  const runs: { key: CheckinColumnKey; index: number }[][] = [];
  for (const column of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].index + 1 === column.index) run.push(column);
    else runs.push([column]);
  }
  return runs;
}
