import type { CallCounter } from './counter';
import type { Rect, SheetData } from './model';
import type { Workbook } from './workbook';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** What the service objects share: the workbook, the call counter and the script realm's constructors. */
export interface RuntimeContext {
  workbook: Workbook;
  counter: CallCounter;
  authMode: AuthModeName;
  userEmail: string;
  activeRange: { sheetId: number; rect: Rect } | null;
  /** wraps an implementation object: counted calls, "not implemented" for unknown methods */
  track<T extends object>(target: T, className: string): T;
  /** a Date of the script's realm (so `instanceof Date` holds inside dist code) */
  makeDate(ms: number): Date;
  sheetApi(sheet: SheetData): GoogleAppsScript.Spreadsheet.Sheet;
  rangeApi(sheet: SheetData, rect: Rect): GoogleAppsScript.Spreadsheet.Range;
  spreadsheetApi(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  validationApi(data: import('./model').ValidationData): GoogleAppsScript.Spreadsheet.DataValidation;
  rangeListApi(ranges: GoogleAppsScript.Spreadsheet.Range[]): GoogleAppsScript.Spreadsheet.RangeList;
  toast(entry: { message: string; title: string; timeoutSeconds: number | null }): void;
}
