import type { Lang } from '../i18n/lang';
import { columnLetter, sheetRef } from '../template/formulas';
import { CHECKIN_COLUMNS, mapColumnsByHeader, type CheckinColumnKey } from '../template/layout';
import { readOurSheet, valuesReader } from './sheet-lookup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Check-ins log as read for a check-in: its values (header first), column map and last used row. */
export interface CheckinLogSheet {
  sheetName: string;
  values: unknown[][];
  columns: Partial<Record<CheckinColumnKey, number>>;
  width: number;
  /** 1-based last row holding anything (1 when only the header exists). */
  lastRow: number;
}

/** Reads the whole log in one getValues; null when the workbook has no Check-ins sheet. */
export function readCheckinLog(ss: Spreadsheet, lang: Lang): CheckinLogSheet | null {
  const read = readOurSheet(ss, 'checkins', lang, {
    read: valuesReader(ss, `A:${columnLetter(CHECKIN_COLUMNS.length - 1)}`),
    isOurs: values => {
      const columns = mapColumnsByHeader(values[0] ?? [], CHECKIN_COLUMNS);
      return columns.krId !== undefined && columns.value !== undefined;
    },
  });
  if (!read) return null;
  const values = trimBlankRows(read.data);
  return {
    sheetName: read.name,
    values,
    columns: mapColumnsByHeader(values[0] ?? [], CHECKIN_COLUMNS),
    width: read.data[0]?.length ?? CHECKIN_COLUMNS.length,
    lastRow: Math.max(1, values.length),
  };
}

/**
 * Appends rows below the log's last row in one block: number formats first (plain text '@' on text columns, so a
 * comment such as '=1+1' or '+33 6…' is stored as typed, never read as a formula or a number), then the values.
 */
export function appendCheckinRows(
  ss: Spreadsheet,
  log: CheckinLogSheet,
  rows: unknown[][],
  formats: string[][]
) {
  if (rows.length === 0) return;
  const first = log.lastRow + 1;
  const a1 = `${sheetRef(log.sheetName)}!A${first}:${columnLetter(log.width - 1)}${first + rows.length - 1}`;
  ss.getRange(a1).setNumberFormats(formats).setValues(rows);
  log.values.push(...rows);
  log.lastRow += rows.length;
}

function trimBlankRows(values: unknown[][]): unknown[][] {
  let end = values.length;
  while (end > 1 && values[end - 1].every(cell => cell === '' || cell === null || cell === undefined)) end--;
  return values.slice(0, end);
}
