// Export .xlsx is the workbook, not a dump: read back with exceljs, the file has the formulas Excel can compute
// (never one of our custom functions), the cached values of the others, number formats, calendar dates, frozen
// panes, widths, validation lists, conditional colours, the Dashboard's data, and text always as text.
import ExcelJS from 'exceljs';
import { createRuntime, type Runtime } from '../../dev/runtime';
import { readSheet } from '../../dev/preview/read-sheet';
import { sheetsToXlsx } from '../../dev/preview/xlsx-export';
import { OKR_COLUMNS, SHEET_NAMES } from '../../src/template/layout';
import { columnLetter } from '../../src/template/formulas';

const NOW = new Date('2026-11-24T10:00:00Z');

async function exported(rt: Runtime): Promise<ExcelJS.Workbook> {
  const sheets = rt.workbook.data.sheets.map(data => ({ raw: readSheet(rt, data.name), data }));
  const workbook = new ExcelJS.Workbook();
  const buffer = await sheetsToXlsx(sheets, rt.spreadsheet.getSpreadsheetTimeZone());
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function installed(locale: string, timeZone: string): Runtime {
  const rt = createRuntime({ locale, timeZone, now: NOW });
  rt.call('installTemplate');
  rt.call('insertExampleOkrs');
  return rt;
}

const letter = (key: string) => columnLetter(OKR_COLUMNS.findIndex(c => c.key === key));

describe.each([
  ['fr_FR', 'fr', 'Europe/Paris'],
  ['en_US', 'en', 'America/New_York'],
] as const)('export of an installed workbook in %s', (locale, lang, timeZone) => {
  let rt: Runtime;
  let book: ExcelJS.Workbook;
  const okrs = SHEET_NAMES.okrs[lang];

  beforeAll(async () => {
    rt = installed(locale, timeZone);
    const sheet = rt.spreadsheet.getSheetByName(okrs)!;
    sheet.getRange(`${letter('notes')}2`).setValue("'=cmd|' /C calc'!A0");
    sheet.getRange(`${letter('notes')}3`).setValue("'007");
    sheet.getRange(`${letter('notes')}4`).setValue('=1+1');
    book = await exported(rt);
  });

  test('every sheet, with frozen panes and column widths', () => {
    expect(book.worksheets.map(w => w.name)).toEqual(rt.spreadsheet.getSheets().map(s => s.getName()));
    const ws = book.getWorksheet(okrs)!;
    const data = rt.spreadsheet.getSheetByName(okrs)!;
    expect(ws.views[0]).toMatchObject({
      state: 'frozen',
      xSplit: data.getFrozenColumns(),
      ySplit: data.getFrozenRows(),
    });
    const keyResult = ws.getColumn(letter('keyResult')).width!;
    expect(keyResult).toBeCloseTo(
      data.getColumnWidth(OKR_COLUMNS.findIndex(c => c.key === 'keyResult') + 1) / 7,
      0
    );
  });

  test('no formula names a custom function; those cells carry the values the spreadsheet computed', () => {
    for (const ws of book.worksheets) {
      ws.eachRow(row =>
        row.eachCell(cell => {
          if (cell.formula) expect(cell.formula).not.toMatch(/OKR_|ARRAYFORMULA|FILTER|\{/i);
        })
      );
    }
    const ws = book.getWorksheet(okrs)!;
    const values = rt.sheetValues(okrs);
    const progress = OKR_COLUMNS.findIndex(c => c.key === 'progress');
    const status = OKR_COLUMNS.findIndex(c => c.key === 'status');
    for (let r = 2; r <= 4; r++) {
      expect(ws.getCell(r, progress + 1).value).toBeCloseTo(values[r - 1][progress] as number, 12);
      expect(ws.getCell(r, progress + 1).numFmt).toMatch(/%/);
      expect(ws.getCell(r, status + 1).value).toBe(values[r - 1][status]);
    }
    expect(ws.getCell(1, progress + 1).value).toBe(values[0][progress]);
  });

  test('formulas Excel computes are kept, with their cached results; the Dashboard has its data', () => {
    const dashboardName = SHEET_NAMES.dashboard[lang];
    const dashboard = book.getWorksheet(dashboardName)!;
    const values = rt.sheetValues(dashboardName);
    const formulas = rt.sheetFormulas(dashboardName);
    let kept = 0;
    formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const cell = dashboard.getCell(r + 1, c + 1);
        if (/^=COUNTIF\(/.test(formula)) {
          kept++;
          expect(cell.formula).toMatch(new RegExp(`^COUNTIF\\('?${SHEET_NAMES.okrs[lang]}'?!M2:M1000,`));
          expect(cell.result).toBe(values[r][c]);
        }
      })
    );
    expect(kept).toBeGreaterThan(0);
    // every value the Dashboard shows (spilled FILTER results, the weekly series) is in the file
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === '' || value instanceof Date) return;
        const cell = dashboard.getCell(r + 1, c + 1);
        const got = cell.formula ? cell.result : cell.value;
        if (typeof value === 'number') expect(got).toBeCloseTo(value, 10);
        else expect(got).toBe(value);
      })
    );
  });

  test('dates are the calendar dates the spreadsheet shows in its time zone, with a date format', () => {
    const settingsName = SHEET_NAMES.settings[lang];
    const settings = book.getWorksheet(settingsName)!;
    const values = rt.sheetValues(settingsName);
    const display = rt.sheetDisplayValues(settingsName);
    let dates = 0;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!(value instanceof Date)) return;
        dates++;
        const cell = settings.getCell(r + 1, c + 1);
        expect(cell.value).toBeInstanceOf(Date);
        const day = cell.value as Date;
        const [a, b, y] = (display[r][c].match(/\d+/g) ?? []).map(Number);
        const [month, dayOfMonth] = lang === 'fr' ? [b, a] : [a, b];
        expect([day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]).toEqual([
          y,
          month,
          dayOfMonth,
        ]);
        expect(cell.numFmt).toMatch(/d/);
        expect(cell.numFmt).toMatch(/m/);
      })
    );
    expect(dates).toBeGreaterThanOrEqual(2);
  });

  test('validation lists and number ranges, on every row the template validates', () => {
    const ws = book.getWorksheet(okrs)!;
    const kinds = ws.getCell(`${letter('kind')}2`).dataValidation;
    expect(kinds.type).toBe('list');
    const spec = rt.spreadsheet
      .getSheetByName(okrs)!
      .getRange(`${letter('kind')}2`)
      .getDataValidation()!;
    const items = (spec.getCriteriaValues()[0] as string[]).join(',');
    expect(kinds.formulae).toEqual([`"${items}"`]);
    expect(ws.getCell(`${letter('kind')}900`).dataValidation?.type).toBe('list');
    expect(ws.getCell(`${letter('confidence')}5`).dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 10],
    });
  });

  test('conditional colours are rules, not painted cells: red, yellow, green on Progress', () => {
    const ws = book.getWorksheet(okrs)! as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
    };
    const progress = letter('progress');
    const rules = ws.conditionalFormattings.filter(cf => cf.ref.startsWith(`${progress}1:`));
    const colours = rules.map(cf => {
      const fill = cf.rules[0].style?.fill as ExcelJS.FillPattern;
      return fill.bgColor?.argb;
    });
    expect(colours).toEqual(['FFF4C7C3', 'FFFCE8B2', 'FFB7E1CD']);
    expect((rules[0].rules[0] as ExcelJS.ExpressionRuleType).formulae![0]).toMatch(/ISNUMBER/);
    // the cell itself is not painted with the colour its value has today
    expect((ws.getCell(`${progress}2`).fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe(
      'none'
    );
  });

  test('text is always text, even when it starts with =; a typed formula stays a formula', () => {
    const ws = book.getWorksheet(okrs)!;
    const notes = letter('notes');
    expect(ws.getCell(`${notes}2`).value).toBe("=cmd|' /C calc'!A0");
    expect(ws.getCell(`${notes}2`).formula).toBeUndefined();
    expect(ws.getCell(`${notes}2`).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(`${notes}3`).value).toBe('007');
    expect(ws.getCell(`${notes}4`).formula).toBe('1+1');
    expect(ws.getCell(`${notes}4`).result).toBe(2);
  });
});
