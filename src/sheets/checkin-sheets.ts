import type { Lang } from '../i18n/lang';
import { SHEET_NAMES, type SheetKey } from '../template/layout';
import { findSheet } from './okr-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Finding the add-on's sheets with few calls. Each Spreadsheet call costs tens of milliseconds and a check-in has a
 * call budget, so sheets are first tried by their default name in the workbook's language, then the other
 * language, and a sheet found by name must also have our header (the caller's `looksOurs`). Only when that fails
 * is the developer-metadata search used (findSheet: several calls), so a renamed sheet still works, just slower.
 */

const OTHER: Record<Lang, Lang> = { en: 'fr', fr: 'en' };

export function candidateNames(key: SheetKey, lang: Lang): string[] {
  return [SHEET_NAMES[key][lang], SHEET_NAMES[key][OTHER[lang]]];
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Our sheet for `key`, tried by name then by metadata. */
export function locateSheet(ss: Spreadsheet, key: SheetKey, lang: Lang): Sheet | null {
  for (const name of candidateNames(key, lang)) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return sheet;
  }
  return findSheet(ss, key);
}

/**
 * Reads columns `columns` (A1 columns such as 'A:K') of our sheet `key` with one range and one getValues when it
 * has its default name, falling back to the metadata search (then its whole data range).
 */
export function readByName(
  ss: Spreadsheet,
  key: SheetKey,
  lang: Lang,
  columns: string,
  looksOurs: (values: unknown[][]) => boolean
): { sheetName: string; values: unknown[][] } | null {
  for (const name of candidateNames(key, lang)) {
    let values: unknown[][];
    try {
      values = ss.getRange(`${quoteSheetName(name)}!${columns}`).getValues();
    } catch {
      continue; // no sheet of that name
    }
    if (looksOurs(values)) return { sheetName: name, values };
  }
  const sheet = findSheet(ss, key);
  if (!sheet) return null;
  return { sheetName: sheet.getName(), values: sheet.getDataRange().getValues() };
}
