// Export .xlsx is the workbook, not a dump: read back with exceljs, the file has the formulas Excel can compute
// (never one of our custom functions), the cached values of the others, number formats, calendar dates, frozen
// panes, widths, validation lists, conditional colours, the Dashboard's data, and text always as text.
import ExcelJS from 'exceljs';
import type { Runtime } from '../../../dev/runtime';
import { readSheet } from '../../../dev/preview/read-sheet';
import { sheetsToXlsx } from '../../../dev/preview/xlsx-export';
import { OKR_COLUMNS } from '../../../src/schema/layout';
import { STATUS_COLORS } from '../../../src/features/install/formats';
import type { PaceStatus } from '../../../src/core/pace';
import { labelsInEveryLang, statusLabel } from '../../../src/i18n/labels';
import { columnLetter } from '../../../src/schema/a1';
import { close, examplesWorkbook, loadClose, payloadFor, runQuarter } from '../../features/period/helpers';
import { sheetName } from '../../../src/i18n/schema-labels';
import { examplesRuntime } from '../../support/workbook';

async function exported(rt: Runtime): Promise<ExcelJS.Workbook> {
  const sheets = rt.workbook.data.sheets.map(data => ({ raw: readSheet(rt, data.name), data }));
  const workbook = new ExcelJS.Workbook();
  const ss = rt.spreadsheet;
  const buffer = await sheetsToXlsx(sheets, ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale());
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const letter = (key: string) => columnLetter(OKR_COLUMNS.findIndex(c => c.key === key));

describe.each([
  ['fr_FR', 'fr', 'Europe/Paris'],
  ['en_US', 'en', 'America/New_York'],
] as const)('export of an installed workbook in %s', (locale, lang, timeZone) => {
  let rt: Runtime;
  let book: ExcelJS.Workbook;
  const okrs = sheetName(lang, 'okrs');

  beforeAll(async () => {
    rt = examplesRuntime({ locale, timeZone });
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
    const dashboardName = sheetName(lang, 'dashboard');
    const dashboard = book.getWorksheet(dashboardName)!;
    const values = rt.sheetValues(dashboardName);
    const formulas = rt.sheetFormulas(dashboardName);
    let kept = 0;
    formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const cell = dashboard.getCell(r + 1, c + 1);
        if (/^=COUNTIF\(/.test(formula)) {
          kept++;
          // the whole Status column from its header row (H1:H, as every add-on formula reads), in Excel's
          // syntax: `,` between arguments whatever the spreadsheet's locale
          const status = letter('status');
          expect(cell.formula).toMatch(
            new RegExp(
              `^COUNTIF\\('?${sheetName(lang, 'okrs')}'?!${status}1:${status}1000, "[^"]+"\\)\\+COUNTIF\\(`
            )
          );
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
    const settingsName = sheetName(lang, 'settings');
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

  test('conditional colours are rules, not painted cells: the status colour chip on Status, in both languages', () => {
    const ws = book.getWorksheet(okrs)! as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
    };
    const status = letter('status');
    const rules = ws.conditionalFormattings.filter(cf => cf.ref.startsWith(`${status}`));
    const chips = new Map(
      rules.map(cf => {
        const rule = cf.rules[0] as ExcelJS.ExpressionRuleType;
        const fill = rule.style?.fill as ExcelJS.FillPattern;
        return [rule.formulae![0], [fill.bgColor?.argb, rule.style?.font?.color?.argb]];
      })
    );
    const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
    for (const key of Object.keys(STATUS_COLORS) as PaceStatus[]) {
      for (const label of labelsInEveryLang(statusLabel, key)) {
        const expression = [...chips.keys()].find(f => f.endsWith(`="${label}"`));
        expect(expression).toMatch(new RegExp(`^${status}\\d+="`));
        expect(chips.get(expression!)).toEqual([
          argb(STATUS_COLORS[key].background),
          argb(STATUS_COLORS[key].text),
        ]);
      }
    }
    // Progress wears no colour: its grade colours are gone (one legend, the status)
    const progress = letter('progress');
    expect(ws.conditionalFormattings.filter(cf => cf.ref.startsWith(`${progress}`))).toEqual([]);
    // the cell itself is not painted with the colour its status has today
    const values = rt.sheetValues(okrs);
    const statusIndex = OKR_COLUMNS.findIndex(c => c.key === 'status');
    const painted = values.findIndex((row, r) => r > 0 && row[statusIndex] !== '');
    expect(painted).toBeGreaterThan(0);
    expect(
      (ws.getCell(`${status}${painted + 1}`).fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none'
    ).toBe('none');
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

describe('export after a period close (History sheet, carried-over KRs, the new period)', () => {
  test.each([
    ['fr_FR', 'fr'],
    ['en_US', 'en'],
  ] as const)(
    '%s: every sheet, no custom function, every value the History and Dashboard show',
    async (locale, lang) => {
      const rt = examplesWorkbook(locale);
      runQuarter(rt, 3);
      const data = loadClose(rt);
      const result = close(
        rt,
        payloadFor(data, i => (i % 3 === 0 ? 'carryOver' : 'achieved'))
      );
      expect(result).toMatchObject({ closed: data.objectives.flatMap(o => o.krs).length });
      const book = await exported(rt);
      // Excel reserves "History" for itself: the English History sheet gets another name
      const history = lang === 'en' ? 'History_2' : sheetName(lang, 'history');
      expect(book.worksheets.map(w => w.name)).toContain(history);
      for (const ws of book.worksheets) {
        ws.eachRow(row =>
          row.eachCell(cell => {
            if (cell.formula) expect(cell.formula).not.toMatch(/OKR_|ARRAYFORMULA|FILTER|SEQUENCE|;|\{/i);
          })
        );
      }
      for (const [name, excelName] of [
        [sheetName(lang, 'history'), history],
        [sheetName(lang, 'dashboard'), sheetName(lang, 'dashboard')],
        [sheetName(lang, 'okrs'), sheetName(lang, 'okrs')],
      ]) {
        const ws = book.getWorksheet(excelName)!;
        const values = rt.sheetValues(name);
        let checked = 0;
        values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value === '' || value instanceof Date) return;
            const cell = ws.getCell(r + 1, c + 1);
            const got = cell.formula ? cell.result : cell.value;
            if (typeof value === 'number') expect(got).toBeCloseTo(value, 10);
            else expect(got).toBe(value);
            checked++;
          })
        );
        expect(checked).toBeGreaterThan(10);
      }
    }
  );
});
