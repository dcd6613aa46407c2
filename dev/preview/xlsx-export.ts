import ExcelJS from 'exceljs';
import { columnLetter } from '../runtime/a1';
import { wallClock } from '../runtime/dates';
import { fromEngineSyntax, toEngineSyntax } from '../runtime/formula-locale';
import type { ConditionalRuleData, Rect, SheetData, ValidationData } from '../runtime/model';
import type { RawSheet } from './read-sheet';

// The workbook as an .xlsx for Excel, LibreOffice or Google Drive: formulas where Excel computes them the same way
// (with their cached result, in Excel's syntax), the computed value where it cannot (our OKR_ custom functions,
// ARRAYFORMULA, SEQUENCE, FILTER, array literals...), number formats, calendar dates, frozen panes, widths,
// validation lists and conditional colours (the Status chips). Text is always written as text: a text starting
// with "=" never becomes a formula.

// Functions Excel and LibreOffice evaluate as Sheets does. Anything else is exported as its value.
const PORTABLE_FUNCTIONS = new Set(
  (
    'SUM AVERAGE MIN MAX COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS SUMIF SUMIFS AVERAGEIF AVERAGEIFS IF IFERROR ' +
    'IFNA IFS AND OR NOT ROUND ROUNDUP ROUNDDOWN ABS INT MOD TODAY DATE YEAR MONTH DAY WEEKDAY ISOWEEKNUM ' +
    'WEEKNUM TEXT LEN LEFT RIGHT MID TRIM UPPER LOWER CONCATENATE REPT ISBLANK ISNUMBER ISTEXT VLOOKUP HLOOKUP ' +
    'INDEX MATCH MEDIAN PRODUCT POWER SQRT SUMPRODUCT'
  ).split(' ')
);

export interface ExportSheet {
  /** What the grid shows: computed values, display texts, formulas, formats. */
  raw: RawSheet;
  /** The sheet's stored data: its own styles (without conditional colours), rules, row count. */
  data: SheetData;
}

/**
 * The formula as Excel should get it (English syntax, no "="), or null when Excel or LibreOffice would not
 * compute the same result: then the cell gets its value. `formula` is in the spreadsheet locale's syntax (what
 * getFormula returns: `;` between arguments and `1,5` in French); Excel's file format wants `,` and `1.5`.
 * Open-ended ranges (H1:H) end at the sheet's last row.
 */
export function portableFormula(
  formula: string,
  rowsOf: (sheet: string | null) => number | null,
  locale = 'en_US'
): string | null {
  const engine = toEngineSyntax(formula, locale);
  if (!('text' in engine)) return null; // a parse error (#ERROR!): the cell gets its value
  const code = fromEngineSyntax(engine.text, 'en_US').replace(/^=/, '');
  if (/[{}]/.test(code.replace(/"(?:[^"]|"")*"/g, '""'))) return null;
  let bad = false;
  const withoutStrings = code.replace(/"(?:[^"]|"")*"/g, '""');
  for (const match of withoutStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    if (!PORTABLE_FUNCTIONS.has(match[1].toUpperCase())) return null;
  }
  // Open-ended column ranges, with an optional sheet prefix: 'Sheet name'!M2:M or Sheet!M2:M or M2:M.
  const out = code.replace(
    /("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+:\$?([A-Z]{1,3}))(?![\w$(])/g,
    (all, text: string | undefined, prefix: string | undefined, range: string) => {
      if (text !== undefined) return all;
      const sheet = prefix
        ? prefix
            .slice(0, -1)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'")
        : null;
      const rows = rowsOf(sheet);
      if (rows === null) bad = true;
      return `${prefix ?? ''}${range}${rows ?? ''}`;
    }
  );
  return bad ? null : out;
}

/** Kept for the unit test of which functions travel: the formula computes the same in Excel. */
export function isPortableFormula(formula: string): boolean {
  return portableFormula(formula, () => 1000) !== null;
}

function argb(color: string | null | undefined): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(String(color ?? '').trim());
  return m ? `FF${m[1].toUpperCase()}` : null;
}

function excelSheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    base = base.slice(0, 31 - String(n).length - 1);
    candidate = `${base}_${n}`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Sheets' date pattern letters (M/d/yyyy, H:mm) as Excel's (m/d/yyyy, h:mm); other formats are the same. */
function excelFormat(format: string): string {
  if (!/[dy]/i.test(format.replace(/"[^"]*"/g, ''))) return format;
  return format.replace(/("[^"]*")|(AM\/PM|A\/P)|([A-Za-z])/g, (all, text, ampm, letter: string) =>
    text || ampm ? all : letter.toLowerCase()
  );
}

/** A date as the calendar date and time the spreadsheet shows (its own time zone), which is what Excel stores. */
function excelDate(date: Date, timeZone: string): Date {
  const w = wallClock(date, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms));
}

const EXCEL_ERRORS = new Set(['#REF!', '#N/A', '#NAME?', '#DIV/0!', '#VALUE!', '#NUM!', '#NULL!']);

/** `error`: the cell computed to an error (else a text such as "#N/A" typed by a user stays text). */
function cellValue(value: unknown, timeZone: string, error: boolean): ExcelJS.CellValue {
  if (value instanceof Date) return excelDate(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined || value === '') return null;
  if (error) return { error: EXCEL_ERRORS.has(String(value)) ? value : '#VALUE!' } as ExcelJS.CellErrorValue;
  // A string is written as a shared string, text in Excel whatever it starts with ("=cmd|...", "+1", "@x").
  return String(value);
}

function rangeA1(rect: Rect): string {
  const start = `${columnLetter(rect.col)}${rect.row}`;
  const end = `${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows - 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** A Sheets condition as an Excel expression on the rule's top-left cell (blank and text cells never match a
 * number condition, as in Sheets, hence the ISNUMBER guards). */
function conditionExpression(rule: ConditionalRuleData): string | null {
  const c = rule.condition;
  const anchor = rule.ranges[0];
  if (!c || !anchor) return null;
  const cell = `${columnLetter(anchor.col)}${anchor.row}`;
  const [a, b] = c.values.map(v => (typeof v === 'number' ? String(v) : JSON.stringify(String(v ?? ''))));
  const num = (test: string) => `AND(ISNUMBER(${cell}),${test})`;
  const text = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const raw = c.values.map(v => String(v ?? ''));
  switch (c.type) {
    case 'CELL_EMPTY':
      return `LEN(${cell})=0`;
    case 'CELL_NOT_EMPTY':
      return `LEN(${cell})>0`;
    case 'NUMBER_BETWEEN':
      return num(`${cell}>=${a},${cell}<=${b}`);
    case 'NUMBER_NOT_BETWEEN':
      return num(`OR(${cell}<${a},${cell}>${b})`);
    case 'NUMBER_EQUAL_TO':
      return num(`${cell}=${a}`);
    case 'NUMBER_NOT_EQUAL_TO':
      return num(`${cell}<>${a}`);
    case 'NUMBER_GREATER_THAN':
      return num(`${cell}>${a}`);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num(`${cell}>=${a}`);
    case 'NUMBER_LESS_THAN':
      return num(`${cell}<${a}`);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num(`${cell}<=${a}`);
    case 'TEXT_CONTAINS':
      return `ISNUMBER(SEARCH(${text(raw[0])},${cell}))`;
    case 'TEXT_DOES_NOT_CONTAIN':
      return `ISERROR(SEARCH(${text(raw[0])},${cell}))`;
    case 'TEXT_EQUAL_TO':
      return `${cell}=${text(raw[0])}`;
    case 'TEXT_STARTS_WITH':
      return `LEFT(${cell},${raw[0].length})=${text(raw[0])}`;
    case 'TEXT_ENDS_WITH':
      return `RIGHT(${cell},${raw[0].length})=${text(raw[0])}`;
    case 'CUSTOM_FORMULA':
      return String(c.values[0] ?? '').replace(/^=/, '') || null;
    default:
      return null;
  }
}

function conditionalFormats(ws: ExcelJS.Worksheet, rules: ConditionalRuleData[]): void {
  rules.forEach((rule, i) => {
    const formula = conditionExpression(rule);
    if (!formula || rule.gradient) return;
    const style: Partial<ExcelJS.Style> = {};
    const bg = argb(rule.format.background);
    const color = argb(rule.format.fontColor);
    if (bg) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: bg }, fgColor: { argb: bg } };
    if (color || rule.format.bold || rule.format.italic) {
      style.font = {
        ...(color ? { color: { argb: color } } : {}),
        ...(rule.format.bold ? { bold: true } : {}),
        ...(rule.format.italic ? { italic: true } : {}),
      };
    }
    ws.addConditionalFormatting({
      ref: rule.ranges.map(rangeA1).join(' '),
      rules: [{ type: 'expression', formulae: [formula], style, priority: i + 1 }],
    });
  });
}

/** A Sheets validation as Excel's, or null for kinds Excel has no equivalent for. */
function excelValidation(dv: ValidationData): ExcelJS.DataValidation | null {
  const strict = { showErrorMessage: !dv.allowInvalid, allowBlank: true };
  const help = dv.helpText ? { prompt: dv.helpText, showInputMessage: true } : {};
  const [a, b] = dv.values;
  switch (dv.type) {
    case 'VALUE_IN_LIST': {
      const items = (Array.isArray(a) ? a : []).map(String);
      const list = items.join(',');
      if (!items.length || items.some(item => /[,"]/.test(item)) || list.length > 250) return null;
      return { type: 'list', formulae: [`"${list}"`], ...strict, ...help };
    }
    case 'NUMBER_BETWEEN':
      return { type: 'decimal', operator: 'between', formulae: [Number(a), Number(b)], ...strict, ...help };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [Number(a)], ...strict, ...help };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return { type: 'decimal', operator: 'lessThanOrEqual', formulae: [Number(a)], ...strict, ...help };
    default:
      return null;
  }
}

/**
 * Every sheet as an .xlsx workbook. `timeZone` is the spreadsheet's: dates keep the calendar day it shows;
 * `locale` is the spreadsheet's, whose syntax its formulas are written in.
 */
export async function sheetsToXlsx(
  sheets: ExportSheet[],
  timeZone: string,
  locale = 'en_US'
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'okr-sheets preview';
  // Excel recomputes the portable formulas on open; the cached results are what the spreadsheet showed.
  workbook.calcProperties = { fullCalcOnLoad: true };
  // Excel reserves the sheet name "History" (its change-tracking sheet): the period close's History sheet of an
  // English workbook is exported as History_2, and formulas naming it as their values.
  const used = new Set<string>(['history']);
  const names = new Map(sheets.map(({ raw }) => [raw.name, excelSheetName(raw.name, used)]));
  const maxRows = new Map(sheets.map(({ raw, data }) => [raw.name, data.maxRows]));
  for (const { raw: sheet, data } of sheets) {
    const ws = workbook.addWorksheet(names.get(sheet.name)!);
    // a formula naming a sheet that had to be renamed for Excel would point elsewhere: value only
    const rowsOf = (name: string | null) =>
      name === null ? data.maxRows : names.get(name) === name ? (maxRows.get(name) ?? null) : null;
    if (sheet.frozenRows || sheet.frozenColumns) {
      ws.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
    }
    sheet.columnWidths.forEach((px, c) => {
      if (px) ws.getColumn(c + 1).width = Math.max(2, Math.round((px / 7) * 10) / 10);
    });
    for (let r = 0; r < sheet.rows; r++) {
      for (let c = 0; c < sheet.columns; c++) {
        const value = sheet.values[r]?.[c];
        const formula = sheet.formulas[r]?.[c] ?? '';
        const format = sheet.numberFormats[r]?.[c] ?? '';
        const own = data.cells[r]?.[c]?.st;
        const bg = argb(own?.background);
        const color = argb(own?.fontColor);
        const bold = own?.fontWeight === 'bold';
        const italic = own?.fontStyle === 'italic';
        const align = sheet.alignments[r]?.[c];
        const wrap = sheet.wraps[r]?.[c];
        const hasContent = value !== '' && value !== null && value !== undefined;
        const styled = (bg && bg !== 'FFFFFFFF') || bold || italic || (color && color !== 'FF000000');
        if (!hasContent && !formula && !styled && !format) continue;
        const cell = ws.getCell(r + 1, c + 1);
        const result = cellValue(value, timeZone, Boolean(sheet.errors[r]?.[c]));
        const portable = formula ? portableFormula(formula, rowsOf, locale) : null;
        cell.value = portable ? ({ formula: portable, result } as ExcelJS.CellFormulaValue) : result;
        if (format && !/^general$/i.test(format)) cell.numFmt = excelFormat(format);
        else if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
        if (bg && bg !== 'FFFFFFFF') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } };
        if (bold || italic || (color && color !== 'FF000000')) {
          cell.font = { bold, italic, ...(color ? { color: { argb: color } } : {}) };
        }
        if (align === 'left' || align === 'center' || align === 'right' || wrap) {
          cell.alignment = {
            ...(align === 'left' || align === 'center' || align === 'right' ? { horizontal: align } : {}),
            ...(wrap ? { wrapText: true } : {}),
          };
        }
      }
    }
    // validation covers the whole column the template set it on, beyond the rows in use
    data.cells.forEach((row, r) =>
      row?.forEach((stored, c) => {
        const validation = stored?.dv ? excelValidation(stored.dv) : null;
        if (validation) ws.getCell(r + 1, c + 1).dataValidation = validation;
      })
    );
    conditionalFormats(ws, data.cfRules);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
