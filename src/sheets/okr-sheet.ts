/**
 * Reading the add-on's sheets as plain data. This is the contract the check-in sidebar and the template use; every
 * sheet is found through src/sheets/sheet-lookup.ts (default name first, checked, then developer metadata, so a
 * renamed sheet still works and a user's sheet that merely has our name is not taken for ours):
 *
 * - `findOkrTable(ss, lang)` / `readOkrTable(ss)`: the OKRs sheet read with ONE getValues: `columns` maps each
 *   column key found in the header row (either language, any order) to its 0-based index; `rows` are the data rows
 *   (1-based `rowNumber`, raw `values`) that hold anything in a non-computed column. Use
 *   `toKeyResults(table.rows, table.columns)` from src/template/okr-rows.ts for key results with their objective
 *   filled down. Null when the sheet is missing.
 * - `readSettingsSheet(ss, lang)`: the Settings sheet's labels and values (A1:B…) and its name;
 *   `readSettings(ss)`: the settings as typed values (dates are Date or null; language falls back to the locale).
 * - `ensureKrIds(ss, table)`: gives every row with a key result but no id (or a duplicated id) a new `KR-0001`-style
 *   id with one batched write, never reusing a number (the highest ever given is kept in spreadsheet developer
 *   metadata). Updates `table.rows` in place and returns the new ids.
 */
import { langFromLocale, type Lang } from '../i18n/lang';
import { planKrIds } from '../template/kr-ids';
import { mapColumnsByHeader, OKR_COLUMNS, SETTING_ROWS, type OkrColumnKey } from '../template/layout';
import { isBlank, type OkrColumns, type OkrRow } from '../template/okr-rows';
import { mapSettingRows, parseSettings, type OkrSettings } from '../template/settings';
import { readOurSheet, sheetReader, valuesReader } from './sheet-lookup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Spreadsheet-level developer metadata holding the highest KR id number ever given. */
export const LAST_KR_ID_METADATA_KEY = 'okr-sheets.lastKrId';

export interface OkrTable {
  sheet: Sheet;
  columns: OkrColumns;
  header: unknown[];
  rows: OkrRow[];
}

function computedIndexes(columns: OkrColumns): Set<number | undefined> {
  return new Set(
    OKR_COLUMNS.filter(c => c.computed && columns[c.key] !== undefined).map(c => columns[c.key])
  );
}

/** Splits a sheet's values into header, column map and the data rows that hold something a user typed. */
export function toOkrTable(sheet: Sheet, values: unknown[][]): OkrTable {
  const header = values[0] ?? [];
  const columns = mapColumnsByHeader(header, OKR_COLUMNS);
  const computed = computedIndexes(columns);
  const rows: OkrRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.some((cell, index) => !computed.has(index) && !isBlank(cell))) {
      rows.push({ rowNumber: r + 1, values: row });
    }
  }
  return { sheet, columns, header, rows };
}

/** Headers a sheet must show to be taken for our OKRs sheet by its name (computed ones included). */
const OKR_SIGNATURE: readonly OkrColumnKey[] = ['id', 'keyResult', 'current', 'progress', 'status'];

/** The OKRs table and the range it was read from (for a caller that also needs its formulas). */
export interface OkrTableRead {
  table: OkrTable;
  range: Range;
}

export function findOkrTable(ss: Spreadsheet, lang: Lang): OkrTableRead | null {
  const found = readOurSheet<OkrTableRead>(ss, 'okrs', lang, {
    read: sheetReader(ss, sheet => {
      const range = sheet.getDataRange();
      return { table: toOkrTable(sheet, range.getValues()), range };
    }),
    isOurs: ({ table }) => OKR_SIGNATURE.every(key => table.columns[key] !== undefined),
  });
  return found?.data ?? null;
}

export function readOkrTable(ss: Spreadsheet, lang: Lang = userLang()): OkrTable | null {
  return findOkrTable(ss, lang)?.table ?? null;
}

/** Rows read from the Settings sheet: its settings sit near the top, below a header. */
const SETTINGS_A1 = `A1:B${SETTING_ROWS.length + 8}`;

/** The Settings sheet's cells (labels in A, values in B) and its name, or null when it is missing. */
export function readSettingsSheet(ss: Spreadsheet, lang: Lang): { name: string; values: unknown[][] } | null {
  const found = readOurSheet(ss, 'settings', lang, {
    read: valuesReader(ss, SETTINGS_A1),
    isOurs: values => Object.keys(mapSettingRows(values.map(row => row[0]))).length >= 3,
  });
  return found ? { name: found.name, values: found.data } : null;
}

/** The settings; without a Settings sheet (or a language in it), `fallbackLang` (the user's locale) decides. */
export function readSettings(ss: Spreadsheet, fallbackLang: Lang = userLang()): OkrSettings {
  return parseSettings(readSettingsSheet(ss, fallbackLang)?.values ?? [], fallbackLang);
}

/** The user's language from their locale: Session costs no Spreadsheet call. */
export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}

export function lastIssuedMetadata(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  return ss.createDeveloperMetadataFinder().withKey(LAST_KR_ID_METADATA_KEY).find()[0] ?? null;
}

export function ensureKrIds(ss: Spreadsheet, table: OkrTable): { rowNumber: number; id: string }[] {
  const idIndex = table.columns.id;
  const krIndex = table.columns.keyResult;
  if (idIndex === undefined || krIndex === undefined) return [];
  const rows = table.rows.map(row => ({
    rowNumber: row.rowNumber,
    id: row.values[idIndex],
    keyResult: row.values[krIndex],
  }));
  // Which rows need an id does not depend on the last number given: the metadata is read only when some do.
  if (planKrIds(rows, 0).assignments.length === 0) return [];
  const metadata = lastIssuedMetadata(ss);
  const plan = planKrIds(rows, metadata ? Number(metadata.getValue()) || 0 : 0);

  const byRow = new Map(table.rows.map(row => [row.rowNumber, row]));
  for (const { rowNumber, id } of plan.assignments) {
    const row = byRow.get(rowNumber);
    if (row) row.values[idIndex] = id;
  }
  // One write spanning the first to the last new id; rows in between keep the ids they already have.
  const first = plan.assignments[0].rowNumber;
  const last = plan.assignments[plan.assignments.length - 1].rowNumber;
  const column: unknown[][] = [];
  for (let r = first; r <= last; r++) column.push([byRow.get(r)?.values[idIndex] ?? '']);
  table.sheet.getRange(first, idIndex + 1, column.length, 1).setValues(column);

  if (metadata) metadata.setValue(String(plan.lastIssued));
  else ss.addDeveloperMetadata(LAST_KR_ID_METADATA_KEY, String(plan.lastIssued));
  return plan.assignments;
}
