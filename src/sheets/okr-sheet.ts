/**
 * Reading the add-on's sheets as plain data. This is the contract the check-in sidebar and the template use:
 *
 * - `findSheet(ss, key)`: our sheet for a SheetKey, found by the developer metadata SHEET_METADATA_KEY = key (a
 *   renamed sheet still works; a sheet merely named like ours but without the metadata is not ours), or null.
 * - `readOkrTable(ss)`: the OKRs sheet read with ONE getValues: `columns` maps each column key found in the header
 *   row (either language, any order) to its 0-based index; `rows` are the data rows (1-based `rowNumber`, raw
 *   `values`) that hold anything in a non-computed column. Use `toKeyResults(table.rows, table.columns)` from
 *   src/template/okr-rows.ts for key results with their objective filled down. Null when the sheet is missing.
 * - `readSettings(ss)`: the Settings sheet as typed values (dates are Date or null; language falls back to the
 *   user's locale).
 * - `ensureKrIds(ss, table)`: gives every row with a key result but no id (or a duplicated id) a new `KR-0001`-style
 *   id with one batched write, never reusing a number (the highest ever given is kept in spreadsheet developer
 *   metadata). Updates `table.rows` in place and returns the new ids.
 */
import { langFromLocale } from '../i18n/lang';
import { planKrIds } from '../template/kr-ids';
import { mapColumnsByHeader, OKR_COLUMNS, SHEET_METADATA_KEY, type SheetKey } from '../template/layout';
import { isBlank, type OkrColumns, type OkrRow } from '../template/okr-rows';
import { parseSettings, type OkrSettings } from '../template/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Spreadsheet-level developer metadata holding the highest KR id number ever given. */
export const LAST_KR_ID_METADATA_KEY = 'okr-sheets.lastKrId';

export interface OkrTable {
  sheet: Sheet;
  columns: OkrColumns;
  header: unknown[];
  rows: OkrRow[];
}

export function findSheet(ss: Spreadsheet, key: SheetKey): Sheet | null {
  const found = ss.createDeveloperMetadataFinder().withKey(SHEET_METADATA_KEY).withValue(key).find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

const COMPUTED_INDEXES = (columns: OkrColumns) =>
  new Set(OKR_COLUMNS.filter(c => c.computed && columns[c.key] !== undefined).map(c => columns[c.key]));

/** Splits a sheet's values into header, column map and the data rows that hold something a user typed. */
export function toOkrTable(sheet: Sheet, values: unknown[][]): OkrTable {
  const header = values[0] ?? [];
  const columns = mapColumnsByHeader(header, OKR_COLUMNS);
  const computed = COMPUTED_INDEXES(columns);
  const rows: OkrRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.some((cell, index) => !computed.has(index) && !isBlank(cell))) {
      rows.push({ rowNumber: r + 1, values: row });
    }
  }
  return { sheet, columns, header, rows };
}

export function readOkrTable(ss: Spreadsheet): OkrTable | null {
  const sheet = findSheet(ss, 'okrs');
  if (!sheet) return null;
  return toOkrTable(sheet, sheet.getDataRange().getValues());
}

/** The settings; without a Settings sheet (or a language in it), the user's locale decides the language. */
export function readSettings(ss: Spreadsheet): OkrSettings & { sheet: Sheet | null } {
  const sheet = findSheet(ss, 'settings');
  const values = sheet ? sheet.getDataRange().getValues() : [];
  return { ...parseSettings(values, langFromLocale(Session.getActiveUserLocale())), sheet };
}

function lastIssuedMetadata(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  return ss.createDeveloperMetadataFinder().withKey(LAST_KR_ID_METADATA_KEY).find()[0] ?? null;
}

export function ensureKrIds(ss: Spreadsheet, table: OkrTable): { rowNumber: number; id: string }[] {
  const idIndex = table.columns.id;
  const krIndex = table.columns.keyResult;
  if (idIndex === undefined || krIndex === undefined) return [];
  const metadata = lastIssuedMetadata(ss);
  const stored = metadata ? Number(metadata.getValue()) || 0 : 0;
  const plan = planKrIds(
    table.rows.map(row => ({
      rowNumber: row.rowNumber,
      id: row.values[idIndex],
      keyResult: row.values[krIndex],
    })),
    stored
  );
  if (plan.assignments.length === 0) return [];

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
