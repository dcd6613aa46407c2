import ExcelJS from 'exceljs';
import type { RawSheet } from './read-sheet';

// Functions Excel and LibreOffice evaluate the same way as Sheets. A formula using anything else (the add-on's
// custom functions, SPARKLINE, ARRAYFORMULA, open-ended ranges like H2:H) is exported as its computed value only.
const PORTABLE_FUNCTIONS = new Set(
  (
    'SUM AVERAGE MIN MAX COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS SUMIF SUMIFS AVERAGEIF AVERAGEIFS IF IFERROR ' +
    'IFS AND OR NOT ROUND ROUNDUP ROUNDDOWN ABS INT MOD TODAY DATE YEAR MONTH DAY WEEKDAY ISOWEEKNUM WEEKNUM ' +
    'TEXT LEN LEFT RIGHT MID TRIM UPPER LOWER CONCATENATE ISBLANK ISNUMBER ISTEXT VLOOKUP HLOOKUP INDEX MATCH ' +
    'MEDIAN PRODUCT POWER SQRT'
  ).split(' ')
);

export function isPortableFormula(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (/\b[A-Z]{1,3}\d+:[A-Z]{1,3}(?![A-Z0-9])/i.test(code)) return false;
  for (const match of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    if (!PORTABLE_FUNCTIONS.has(match[1].toUpperCase())) return false;
  }
  return true;
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

function cellValue(value: unknown, display: string): ExcelJS.CellValue {
  if (value instanceof Date) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined || value === '') return display || null;
  return String(value);
}

/** Every sheet as an .xlsx workbook: values (formula results), portable formulas, formats, widths, frozen panes. */
export async function sheetsToXlsx(sheets: RawSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'okr-sheets preview';
  const used = new Set<string>();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(excelSheetName(sheet.name, used));
    if (sheet.frozenRows || sheet.frozenColumns) {
      ws.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
    }
    sheet.columnWidths.forEach((px, c) => {
      if (px) ws.getColumn(c + 1).width = Math.max(2, Math.round((px / 7) * 10) / 10);
    });
    for (let r = 0; r < sheet.rows; r++) {
      for (let c = 0; c < sheet.columns; c++) {
        const value = sheet.values[r]?.[c];
        const display = sheet.display[r]?.[c] ?? '';
        const formula = sheet.formulas[r]?.[c] ?? '';
        const format = sheet.numberFormats[r]?.[c] ?? '';
        const bg = argb(sheet.backgrounds[r]?.[c]);
        const bold = sheet.fontWeights[r]?.[c] === 'bold';
        const italic = sheet.fontStyles[r]?.[c] === 'italic';
        const color = argb(sheet.fontColors[r]?.[c]);
        const align = sheet.alignments[r]?.[c];
        const wrap = sheet.wraps[r]?.[c];
        const hasContent = value !== '' && value !== null && value !== undefined;
        const styled = (bg && bg !== 'FFFFFFFF') || bold || italic || (color && color !== 'FF000000');
        if (!hasContent && !formula && !styled) continue;
        const cell = ws.getCell(r + 1, c + 1);
        const result = cellValue(value, display);
        cell.value =
          formula && isPortableFormula(formula.replace(/^=/, ''))
            ? ({ formula: formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue)
            : result;
        if (format && !/^general$/i.test(format)) cell.numFmt = format;
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
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
