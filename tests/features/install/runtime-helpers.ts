// The template tests' own helpers (the shared workbooks are in tests/support/workbook.ts).
import { createRuntime, type Runtime } from '../../../dev/runtime';
import { OKR_COLUMNS } from '../../../src/schema/layout';
import { columnLabel } from '../../../src/i18n/schema-labels';
import { NOW } from '../../support/workbook';

/** A new spreadsheet at NOW, the template not installed. */
export function newRuntime(locale = 'en_US'): Runtime {
  return createRuntime({ locale, now: NOW });
}

/** Appends key-result rows (objects keyed by column key) to the OKRs sheet at `firstRow`, like a user would. */
export function typeRows(
  rt: Runtime,
  sheetName: string,
  firstRow: number,
  records: Record<string, unknown>[]
) {
  const sheet = rt.spreadsheet.getSheetByName(sheetName)!;
  const header = rt.sheetValues(sheetName)[0];
  const index = (key: string) => {
    const spec = OKR_COLUMNS.find(c => c.key === key)!;
    return header.findIndex(h => h === columnLabel('en', spec) || h === columnLabel('fr', spec));
  };
  for (const [r, record] of records.entries()) {
    for (const [key, value] of Object.entries(record)) {
      sheet.getRange(firstRow + r, index(key) + 1).setValue(value);
    }
  }
}

/** The column (0-based) whose header is `text`. */
export function col(rt: Runtime, sheetName: string, text: string): number {
  return rt.sheetValues(sheetName)[0].indexOf(text);
}

/** 200 key results, 4 per objective, written in one call (as a big sheet would hold). */
export function fill200Krs(rt: Runtime, sheetName = 'OKRs'): void {
  const sheet = rt.spreadsheet.getSheetByName(sheetName)!;
  const rows: unknown[][] = [];
  for (let i = 0; i < 200; i++) {
    rows.push([
      '',
      i % 4 === 0 ? `Objective ${i / 4 + 1}` : '',
      `Reach ${100 + i} sign-ups`,
      `Owner ${i % 7}`,
      i % 5 === 0 ? 'Decrease' : 'Increase',
      i % 5 === 0 ? 200 : 10,
      100 + (i % 5 === 0 ? 0 : i),
      i % 5 === 0 ? 150 : 10 + i / 2,
    ]);
  }
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
}
