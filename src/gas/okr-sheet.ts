/**
 * Reading the add-on's sheets as plain data. This is the contract the check-in sidebar and the template use; every
 * sheet is found through src/gas/sheet-lookup.ts (default name first, checked, then developer metadata, so a
 * renamed sheet still works and a user's sheet that merely has our name is not taken for ours):
 *
 * - `findOkrTable(ss, lang)` / `readOkrTable(ss)`: the OKRs sheet read with ONE getValues: `columns` maps each
 *   column key to its 0-based index (by the column metadata, then any label it shipped under: src/schema/locate.ts);
 *   `rows` are the data rows (1-based `rowNumber`, raw `values`) that hold anything in a non-computed column. Use
 *   `toKeyResults(table.rows, table.columns)` from src/schema/okr-rows.ts for key results with their objective
 *   filled down. Null when the sheet is missing.
 * - `readSettingsSheet(ss, lang)`: the Settings sheet's labels and values (A1:B…) and its name;
 *   `readSettings(ss)`: the settings as typed values (dates are Date or null; language falls back to the locale).
 * - `ensureKrIds(ss, table, loggedIds)`: gives every row with a key result and a blank ID cell a new `KR-0001`-style
 *   id, writing only those cells, never reusing a number (the highest ever given is kept in spreadsheet developer
 *   metadata; IDs found only in the log count too). Updates `table.rows` in place and returns the new ids.
 */
import { langFromLocale, type Lang } from '../i18n/lang';
import { needsKrIds, planKrIds, rowRuns, unchangedCell } from '../schema/kr-ids';
import { OKR_COLUMNS, SETTING_ROWS, type OkrColumnKey, type SettingKey } from '../schema/layout';
import { computedIndexes, isBlank, type OkrColumns, type OkrRow } from '../schema/okr-rows';
import { parseSettings, type OkrSettings } from '../schema/settings';
import { locateByMetadataThenHeader } from '../schema/locate';
import { knownPositions } from './column-metadata';
import { readOurSheet, sheetReader } from './sheet-lookup';

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

/**
 * Splits a sheet's values into header, column map and the data rows that hold something a user typed. Columns are
 * found by `known` positions (the add-on's column metadata) first, then by any label they shipped under.
 */
export function toOkrTable(sheet: Sheet, values: unknown[][], known: OkrColumns = {}): OkrTable {
  const header = values[0] ?? [];
  const columns = locateByMetadataThenHeader(header, OKR_COLUMNS, known);
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
  /** The sheet's name (found by name or by metadata). */
  name: string;
}

export function findOkrTable(ss: Spreadsheet, lang: Lang): OkrTableRead | null {
  const found = readOurSheet<Omit<OkrTableRead, 'name'>>(ss, 'okrs', lang, {
    read: sheetReader(ss, (sheet, name) => {
      const range = sheet.getDataRange();
      const values = range.getValues();
      const known = knownPositions(sheet, name, OKR_COLUMNS, 'column', values[0] ?? []);
      return { table: toOkrTable(sheet, values, known), range };
    }),
    isOurs: ({ table }) => OKR_SIGNATURE.every(key => table.columns[key] !== undefined),
  });
  return found ? { ...found.data, name: found.name } : null;
}

export function readOkrTable(ss: Spreadsheet, lang: Lang = userLang()): OkrTable | null {
  return findOkrTable(ss, lang)?.table ?? null;
}

/** Rows read from the Settings sheet: its settings sit near the top, below a header. */
export const SETTINGS_READ_ROWS = SETTING_ROWS.length + 8;

export interface SettingsSheetRead {
  name: string;
  /** Columns A and B from row 1. */
  values: unknown[][];
  /** 1-based row of each setting: by the add-on's row metadata, else by its label in column A. */
  rows: Partial<Record<SettingKey, number>>;
}

/**
 * The Settings sheet's cells (labels in A, values in B), its name and the row of each setting, or null when it is
 * missing. Rows are found by the add-on's row metadata (one finder), then by any label it shipped under (any language).
 */
export function readSettingsSheet(ss: Spreadsheet, lang: Lang): SettingsSheetRead | null {
  const found = readOurSheet<SettingsSheetRead>(ss, 'settings', lang, {
    read: sheetReader(ss, (sheet, name) => {
      const values = sheet.getRange(`A1:B${SETTINGS_READ_ROWS}`).getValues();
      const byMetadata = knownPositions(
        sheet,
        name,
        SETTING_ROWS,
        'row',
        values.map(row => row[0])
      );
      const rows = locateByMetadataThenHeader(
        values.map(row => row[0]),
        SETTING_ROWS,
        byMetadata
      );
      const oneBased: Partial<Record<SettingKey, number>> = {};
      for (const key of Object.keys(rows) as SettingKey[])
        if (rows[key]! < values.length) oneBased[key] = rows[key]! + 1;
      return { name: sheet.getName(), values, rows: oneBased };
    }),
    isOurs: read => Object.keys(read.rows).length >= 3,
  });
  return found ? { ...found.data, name: found.name } : null;
}

/** The settings; without a Settings sheet (or a language in it), `fallbackLang` (the user's locale) decides. */
export function readSettings(ss: Spreadsheet, fallbackLang: Lang = userLang()): OkrSettings {
  const read = readSettingsSheet(ss, fallbackLang);
  return parseSettings(read?.values ?? [], fallbackLang, read?.rows);
}

/** The user's language from their locale: Session costs no Spreadsheet call. */
export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}

export function lastIssuedMetadata(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  return ss.createDeveloperMetadataFinder().withKey(LAST_KR_ID_METADATA_KEY).find()[0] ?? null;
}

/** Above this many separate runs of blank ID cells, one spanning write (cells in between written unchanged). */
const MAX_ID_RUNS = 4;

/**
 * Gives an ID to every KR whose ID cell is blank (src/schema/kr-ids.ts), writing only those cells: one write
 * per run of consecutive rows, or, beyond MAX_ID_RUNS runs, one write spanning them where every cell in between
 * is written back unchanged (formulas as formulas, texts as literal text), so the number of calls stays constant.
 * `loggedIds` (read only when an ID must be given) are the IDs of the Check-ins log. `formulas` (the table's
 * formulas, index = rowNumber - 1) when the caller has them; else read for the span when needed.
 */
export function ensureKrIds(
  ss: Spreadsheet,
  table: OkrTable,
  loggedIds: () => readonly unknown[] = () => [],
  formulas?: readonly (readonly string[])[]
): { rowNumber: number; id: string }[] {
  const idIndex = table.columns.id;
  const krIndex = table.columns.keyResult;
  if (idIndex === undefined || krIndex === undefined) return [];
  const rows = table.rows.map(row => ({
    rowNumber: row.rowNumber,
    id: row.values[idIndex],
    keyResult: row.values[krIndex],
  }));
  // Which rows need an id does not depend on the last number given: metadata and log are read only when some do.
  if (!needsKrIds(rows)) return [];
  const metadata = lastIssuedMetadata(ss);
  const plan = planKrIds(rows, metadata ? Number(metadata.getValue()) || 0 : 0, loggedIds());

  const byRow = new Map(table.rows.map(row => [row.rowNumber, row]));
  for (const { rowNumber, id } of plan.assignments) {
    const row = byRow.get(rowNumber);
    if (row) row.values[idIndex] = id;
  }
  const issued = new Map(plan.assignments.map(a => [a.rowNumber, a.id]));
  const runs = rowRuns(plan.assignments.map(a => a.rowNumber));
  if (runs.length <= MAX_ID_RUNS) {
    for (const [first, last] of runs) {
      const column: unknown[][] = [];
      for (let r = first; r <= last; r++) column.push([issued.get(r)]);
      table.sheet.getRange(first, idIndex + 1, column.length, 1).setValues(column);
    }
  } else {
    const first = runs[0][0];
    const last = runs[runs.length - 1][1];
    const range = table.sheet.getRange(first, idIndex + 1, last - first + 1, 1);
    const spanFormulas = formulas ? null : range.getFormulas();
    const column: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      const fresh = issued.get(r);
      const formula = (spanFormulas ? spanFormulas[r - first]?.[0] : formulas![r - 1]?.[idIndex]) ?? '';
      column.push([fresh ?? unchangedCell(byRow.get(r)?.values[idIndex] ?? '', formula)]);
    }
    range.setValues(column);
  }

  if (metadata) metadata.setValue(String(plan.lastIssued));
  else ss.addDeveloperMetadata(LAST_KR_ID_METADATA_KEY, String(plan.lastIssued));
  return plan.assignments;
}
