// The emulated spreadsheet: plain-data state (model.ts) kept in step with a HyperFormula instance that computes
// formulas. Rows/columns are 1-based here; HyperFormula addresses are 0-based.
import { DetailedCellError } from 'hyperformula';
import type { HyperFormula } from 'hyperformula';
import { columnLetter, quoteSheetName, shiftRect } from './a1';
import type { Axis } from './a1';
import { dateToSerial, isDate, serialToDate } from './dates';
import {
  createFormulaEngine,
  fromEngineFormula,
  hasOpenEndedRange,
  HF_ERROR_TO_SHEETS,
  toEngineFormula,
} from './formula-engine';
import type { CustomFunctionSpec, RawCellContent } from './formula-engine';
import {
  convertFormulaLocale,
  fromEngineSyntax,
  PARSE_ERROR_MESSAGE,
  storedFormulaText,
  toEngineSyntax,
} from './formula-locale';
import { newSheetData } from './model';
import type { CellData, Rect, Scalar, SheetData, WorkbookData } from './model';
import { defaultDateFormat, formatValue, isDateFormat, parseInput } from './number-format';

export interface WorkbookOptions {
  customFunctions: CustomFunctionSpec[];
  callCustomFunction(name: string, args: unknown[]): unknown;
  /** creates a Date of the script's realm */
  makeDate(ms: number): Date;
  now(): number;
  /** the syntax getFormula(s) returns: the locale's (default) or always en_US's */
  formulaSyntax?: 'locale' | 'en_US';
}

export interface CellErrorInfo {
  value: string;
  type: string;
  message: string;
}

/** Sheets' limit on one cell's content. */
export const MAX_CELL_CHARS = 50000;
/** Apps Script's message for a longer write (as reported in public threads; see PLATFORM.md). */
export const CELL_TOO_LONG =
  'Your input contains more than the maximum of 50000 characters in a single cell.';

const FORMAT_KEYS = ['nf', 'st', 'dv'] as const;

export class Workbook {
  readonly hf: HyperFormula;
  private hfIds = new Map<number, number>();
  private sheetsByHf = new Map<number, SheetData>();
  /**
   * Array formulas whose result is blocked by a typed cell (#REF! in Sheets), by HyperFormula address. HyperFormula
   * never re-expands such a formula once the blocking cell is cleared; Sheets does, so they are re-entered after
   * every write until they spill again.
   */
  private blockedSpills = new Map<string, { sheet: number; row: number; col: number }>();

  constructor(
    readonly data: WorkbookData,
    private readonly options: WorkbookOptions
  ) {
    this.hf = createFormulaEngine(options.customFunctions, {
      callCustomFunction: (name, args) => options.callCustomFunction(name, args),
      cellArgument: (hfSheet, row, col, value) => {
        const sheet = this.sheetsByHf.get(hfSheet);
        const cell = sheet?.cells[row]?.[col];
        if (typeof value === 'number' && isDateFormat(cell?.nf)) return this.serialToDate(value);
        return value;
      },
      plainArgument: value => value,
      resultToCell: value => (isDate(value) ? dateToSerial(value, this.data.timeZone) : String(value)),
      todaySerial: () => Math.floor(this.nowSerial()),
      nowSerial: () => this.nowSerial(),
      maxRows: hfSheet => this.sheetsByHf.get(hfSheet)?.maxRows ?? 1000,
    });
    this.hf.suspendEvaluation();
    for (const sheet of data.sheets) this.registerSheet(sheet);
    for (const sheet of data.sheets) {
      const contents = sheet.cells.map(row => (row ?? []).map(cell => this.engineContent(sheet, cell)));
      if (contents.length) this.hf.setSheetContent(this.hfId(sheet), contents);
    }
    for (const nr of data.namedRanges) this.addNamedExpression(nr.name, nr.sheetId, nr.rect);
    this.hf.resumeEvaluation();
    this.forEachFormulaCell((sheet, _cell, row, col) => {
      const address = { sheet: this.hfId(sheet), row: row - 1, col: col - 1 };
      this.noteSpill(address, this.hf.getCellValue(address));
    });
  }

  private noteSpill(address: { sheet: number; row: number; col: number }, value: unknown): void {
    const key = `${address.sheet}:${address.row}:${address.col}`;
    if (value instanceof DetailedCellError && value.type === 'SPILL') this.blockedSpills.set(key, address);
    else this.blockedSpills.delete(key);
  }

  /** Re-enters the formulas a typed cell blocked, so they spill again once that cell is cleared. */
  private retryBlockedSpills(): void {
    for (const [key, address] of [...this.blockedSpills]) {
      const sheet = this.sheetsByHf.get(address.sheet);
      const cell = sheet ? this.cell(sheet, address.row + 1, address.col + 1) : undefined;
      if (!sheet || !cell?.f) {
        this.blockedSpills.delete(key);
        continue;
      }
      this.hf.setCellContents(address, this.engineContent(sheet, cell));
      this.noteSpill(address, this.hf.getCellValue(address));
    }
  }

  // ---- sheets

  get sheets(): SheetData[] {
    return this.data.sheets;
  }

  sheetById(id: number): SheetData | undefined {
    return this.data.sheets.find(s => s.id === id);
  }

  sheetByName(name: string): SheetData | undefined {
    return this.data.sheets.find(s => s.name === name);
  }

  nextId(): number {
    return this.data.nextId++;
  }

  hfId(sheet: SheetData): number {
    const id = this.hfIds.get(sheet.id);
    if (id === undefined) throw new Error(`Sheet ${sheet.name} has been deleted.`);
    return id;
  }

  private registerSheet(sheet: SheetData): void {
    const name = this.hf.addSheet(sheet.name);
    const hfId = this.hf.getSheetId(name)!;
    this.hfIds.set(sheet.id, hfId);
    this.sheetsByHf.set(hfId, sheet);
  }

  addSheet(name: string, index?: number, rows?: number, cols?: number): SheetData {
    if (this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = newSheetData(this.nextId(), name, rows, cols);
    const at =
      index === undefined ? this.data.sheets.length : Math.max(0, Math.min(index, this.data.sheets.length));
    this.data.sheets.splice(at, 0, sheet);
    this.rewriteFormulasAround(() => this.registerSheet(sheet));
    return sheet;
  }

  deleteSheet(sheet: SheetData): void {
    if (this.data.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    const hfId = this.hfId(sheet);
    this.rewriteFormulasAround(() => {
      this.hf.removeSheet(hfId);
      this.data.sheets.splice(this.data.sheets.indexOf(sheet), 1);
    });
    this.hfIds.delete(sheet.id);
    this.sheetsByHf.delete(hfId);
    this.data.namedRanges = this.data.namedRanges.filter(n => n.sheetId !== sheet.id);
    this.data.metadata = this.data.metadata.filter(
      m => !('sheetId' in m.location) || m.location.sheetId !== sheet.id
    );
    this.data.protections = this.data.protections.filter(p => p.sheetId !== sheet.id);
    for (const s of this.data.sheets)
      for (const c of s.charts) c.ranges = c.ranges.filter(r => r.sheetId !== sheet.id);
    if (this.data.activeSheetId === sheet.id) this.data.activeSheetId = this.data.sheets[0].id;
  }

  renameSheet(sheet: SheetData, name: string): void {
    if (name === sheet.name) return;
    if (this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.rewriteFormulasAround(() => {
      this.hf.renameSheet(this.hfId(sheet), name);
      sheet.name = name;
    });
  }

  // ---- cells

  cell(sheet: SheetData, row: number, col: number): CellData | undefined {
    return sheet.cells[row - 1]?.[col - 1] ?? undefined;
  }

  ensureCell(sheet: SheetData, row: number, col: number): CellData {
    const r = (sheet.cells[row - 1] ??= []);
    return (r[col - 1] ??= {});
  }

  /** Applies `fn` to every cell of the rectangle (creating them); formats only: the engine is not touched. */
  updateFormats(sheet: SheetData, rect: Rect, fn: (cell: CellData, r: number, c: number) => void): void {
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) fn(this.ensureCell(sheet, rect.row + r, rect.col + c), r, c);
    }
  }

  /** Applies `fn` to every cell of the rectangle, then gives the new contents to the formula engine at once. */
  updateContents(sheet: SheetData, rect: Rect, fn: (cell: CellData, r: number, c: number) => void): void {
    const contents: RawCellContent[][] = [];
    let clears = false;
    let formulas = false;
    for (let r = 0; r < rect.rows; r++) {
      const row: RawCellContent[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const cell = this.ensureCell(sheet, rect.row + r, rect.col + c);
        const had = cell.f !== undefined || cell.v !== undefined;
        fn(cell, r, c);
        const content = this.engineContent(sheet, cell);
        if (had && content === null) clears = true;
        if (typeof content === 'string' && content.startsWith('=')) formulas = true;
        row.push(content);
      }
      contents.push(row);
    }
    const origin = { sheet: this.hfId(sheet), row: rect.row - 1, col: rect.col - 1 };
    // HyperFormula fills a block in reading order, and an array formula written above cells the same write empties
    // stays unexpanded; Sheets expands it. So such a write goes in without its formulas first.
    const withoutFormulas = () =>
      contents.map(row => row.map(c => (typeof c === 'string' && c.startsWith('=') ? null : c)));
    const cleared = clears && formulas ? this.hf.setCellContents(origin, withoutFormulas()) : [];
    const changes = [...cleared, ...this.hf.setCellContents(origin, contents)];
    for (const change of changes) if ('address' in change) this.noteSpill(change.address, change.value);
    if (this.blockedSpills.size) this.retryBlockedSpills();
  }

  /** Throws Apps Script's error, before anything is written, when one of the inputs is longer than a cell holds. */
  checkInputs(inputs: readonly unknown[]): void {
    for (const input of inputs) {
      if (typeof input === 'string' && input.length > MAX_CELL_CHARS) throw new Error(CELL_TOO_LONG);
    }
  }

  /** Stores what a script wrote with setValue(s), interpreting it as Sheets does. */
  writeInput(cell: CellData, input: unknown): void {
    delete cell.f;
    delete cell.v;
    if (input === null || input === undefined || input === '') return;
    if (typeof input === 'number' || typeof input === 'boolean') {
      cell.v = input;
    } else if (isDate(input)) {
      const serial = dateToSerial(input, this.data.timeZone);
      cell.v = serial;
      if (!isDateFormat(cell.nf)) cell.nf = defaultDateFormat(this.data.locale, serial % 1 !== 0);
    } else {
      const text = String(input);
      // A leading '=' makes a formula whatever the cell's format, '@' included (the Apps Script reference
      // documents no exception); a leading apostrophe makes literal text, read back without it.
      if (cell.nf === '@' && !(text.startsWith('=') && text.length > 1)) {
        cell.v = text.startsWith("'") ? text.slice(1) : text;
        return;
      }
      const parsed = parseInput(text, this.data.locale);
      if (parsed.formula !== undefined) cell.f = storedFormulaText(parsed.formula, this.data.locale);
      else if (parsed.value !== undefined && parsed.value !== '') cell.v = parsed.value;
      if (parsed.format && !cell.nf) cell.nf = parsed.format;
    }
  }

  writeFormula(cell: CellData, formula: string): void {
    delete cell.v;
    delete cell.f;
    if (!formula) return;
    cell.f = storedFormulaText(formula.startsWith('=') ? formula : `=${formula}`, this.data.locale);
  }

  /** A formula's text as getFormula(s) returns it (see WorkbookOptions.formulaSyntax); '' for none. */
  formulaText(formula: string | undefined): string {
    if (!formula) return '';
    return this.options.formulaSyntax === 'en_US'
      ? convertFormulaLocale(formula, this.data.locale, 'en_US')
      : formula;
  }

  /** The spreadsheet's locale changes: formula texts are shown in the new locale's syntax, as in Sheets. */
  setLocale(locale: string): void {
    const from = this.data.locale;
    if (from === locale) return;
    this.forEachFormulaCell((_sheet, cell) => {
      cell.f = convertFormulaLocale(cell.f!, from, locale);
    });
    this.data.locale = locale;
  }

  /** The formula's text in HyperFormula's syntax, or null when Sheets cannot parse it in this locale. */
  private engineSyntax(formula: string): string | null {
    const out = toEngineSyntax(formula, this.data.locale);
    return 'text' in out ? out.text : null;
  }

  engineContent(sheet: SheetData, cell: CellData | null | undefined): RawCellContent {
    if (!cell) return null;
    if (cell.f) {
      const engine = this.engineSyntax(cell.f);
      // unparsable text: HyperFormula's own parse error (#ERROR!), the message is Sheets' (cellError)
      if (engine === null) return '=(';
      return toEngineFormula(engine, name => (name ? (this.sheetByName(name) ?? sheet) : sheet).maxRows);
    }
    if (cell.v === undefined || cell.v === '') return null;
    if (typeof cell.v === 'string') return `'${cell.v}`;
    return cell.v;
  }

  // ---- reading

  private rawValues(sheet: SheetData, rect: Rect): unknown[][] {
    const hfId = this.hfId(sheet);
    return this.hf.getRangeValues({
      start: { sheet: hfId, row: rect.row - 1, col: rect.col - 1 },
      end: { sheet: hfId, row: rect.row + rect.rows - 2, col: rect.col + rect.cols - 2 },
    });
  }

  private isDateResult(sheet: SheetData, cell: CellData | undefined, row: number, col: number): boolean {
    if (cell?.nf) return isDateFormat(cell.nf);
    if (!cell?.f) return false;
    const type = this.hf.getCellValueDetailedType({ sheet: this.hfId(sheet), row: row - 1, col: col - 1 });
    return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME';
  }

  /** What getValues returns: computed values, '' for blanks, Dates for date-formatted numbers, error strings. */
  values(sheet: SheetData, rect: Rect): unknown[][] {
    return this.rawValues(sheet, rect).map((row, r) =>
      row.map((computed, c) => {
        const cell = this.cell(sheet, rect.row + r, rect.col + c);
        // literals come from the store (exact), formula and spilled results from the engine
        const raw = cell && !cell.f && cell.v !== undefined ? cell.v : computed;
        if (raw === null || raw === undefined) return '';
        if (raw instanceof DetailedCellError) return HF_ERROR_TO_SHEETS[raw.type] ?? '#ERROR!';
        if (typeof raw === 'number' && this.isDateResult(sheet, cell, rect.row + r, rect.col + c)) {
          return this.serialToDate(raw);
        }
        return raw;
      })
    );
  }

  /** What getDisplayValues returns: values formatted with each cell's number format and the locale. */
  displayValues(sheet: SheetData, rect: Rect): string[][] {
    return this.rawValues(sheet, rect).map((row, r) =>
      row.map((raw, c) => {
        if (raw instanceof DetailedCellError) return HF_ERROR_TO_SHEETS[raw.type] ?? '#ERROR!';
        const cell = this.cell(sheet, rect.row + r, rect.col + c);
        let nf = cell?.nf;
        if (!nf && typeof raw === 'number' && this.isDateResult(sheet, cell, rect.row + r, rect.col + c)) {
          nf = defaultDateFormat(this.data.locale, raw % 1 !== 0);
        }
        return formatValue(raw as Scalar | null, nf, this.data.locale);
      })
    );
  }

  cellError(sheet: SheetData, row: number, col: number): CellErrorInfo | null {
    const raw = this.hf.getCellValue({ sheet: this.hfId(sheet), row: row - 1, col: col - 1 });
    if (!(raw instanceof DetailedCellError)) return null;
    const formula = this.cell(sheet, row, col)?.f;
    const blocker = raw.type === 'SPILL' ? this.spillBlocker(sheet, row, col) : null;
    const message =
      formula && this.engineSyntax(formula) === null
        ? PARSE_ERROR_MESSAGE
        : blocker
          ? `Array result was not expanded because it would overwrite data in ${columnLetter(col)}${blocker}.`
          : raw.message;
    return { value: HF_ERROR_TO_SHEETS[raw.type] ?? '#ERROR!', type: raw.type, message };
  }

  /** Row of the first cell holding content below a blocked one-column spill (what Sheets names in its message). */
  private spillBlocker(sheet: SheetData, row: number, col: number): number | null {
    for (let r = row + 1; r <= sheet.cells.length; r++) {
      const cell = this.cell(sheet, r, col);
      if (cell?.f || (cell?.v !== undefined && cell.v !== '')) return r;
    }
    return null;
  }

  /** Last row and column with content (a value, a formula result or a spilled result), from one engine read. */
  extent(sheet: SheetData): { lastRow: number; lastColumn: number } {
    const values = this.hf.getSheetValues(this.hfId(sheet));
    let lastRow = 0;
    let lastColumn = 0;
    values.forEach((row, r) => {
      for (let c = row.length - 1; c >= 0; c--) {
        const v = row[c];
        // a formula result "" counts, as in Sheets (ARRAYFORMULA(IF(..., "", ...)) makes getLastRow() the sheet end)
        if (v !== null && v !== undefined) {
          lastRow = r + 1;
          if (c + 1 > lastColumn) lastColumn = c + 1;
          break;
        }
      }
    });
    return { lastRow, lastColumn };
  }

  lastRow(sheet: SheetData): number {
    return this.extent(sheet).lastRow;
  }

  lastColumn(sheet: SheetData): number {
    return this.extent(sheet).lastColumn;
  }

  serialToDate(serial: number): Date {
    return serialToDate(serial, this.data.timeZone, this.options.makeDate);
  }

  private nowSerial(): number {
    return dateToSerial(new Date(this.options.now()), this.data.timeZone);
  }

  // ---- named ranges

  addNamedExpression(name: string, sheetId: number, rect: Rect): void {
    const sheet = this.sheetById(sheetId);
    if (!sheet) return;
    const ref = `=${quoteSheetName(sheet.name)}!$${columnLetter(rect.col)}$${rect.row}:$${columnLetter(rect.col + rect.cols - 1)}$${rect.row + rect.rows - 1}`;
    if (this.hf.isItPossibleToAddNamedExpression(name, ref)) this.hf.addNamedExpression(name, ref);
  }

  removeNamedExpression(name: string): void {
    if (this.hf.getNamedExpression(name)) this.hf.removeNamedExpression(name);
  }

  // ---- structure

  insertLines(sheet: SheetData, axis: Axis, at: number, count: number, inheritFrom?: number): void {
    if (count <= 0) return;
    const hfId = this.hfId(sheet);
    const oldRows = sheet.maxRows;
    this.rewriteFormulasAround(
      () => {
        if (axis === 'row') {
          this.hf.addRows(hfId, [at - 1, count]);
          if (at - 1 < sheet.cells.length) sheet.cells.splice(at - 1, 0, ...new Array(count));
          if (at - 1 < sheet.rowInfo.length) sheet.rowInfo.splice(at - 1, 0, ...new Array(count));
          sheet.maxRows += count;
        } else {
          this.hf.addColumns(hfId, [at - 1, count]);
          for (const row of sheet.cells)
            if (row && at - 1 < row.length) row.splice(at - 1, 0, ...new Array(count));
          if (at - 1 < sheet.colInfo.length) sheet.colInfo.splice(at - 1, 0, ...new Array(count));
          sheet.maxCols += count;
        }
        this.shiftAll(sheet, axis, at, count);
      },
      sheet,
      oldRows
    );
    if (inheritFrom !== undefined) this.inheritFormats(sheet, axis, at, count, inheritFrom);
  }

  deleteLines(sheet: SheetData, axis: Axis, at: number, count: number): void {
    if (count <= 0) return;
    const max = axis === 'row' ? sheet.maxRows : sheet.maxCols;
    if (at < 1 || at + count - 1 > max) throw new Error('Those rows are out of bounds.');
    if (count >= max) {
      throw new Error(
        axis === 'row'
          ? 'Sorry, it is not possible to delete all non-frozen rows.'
          : 'Sorry, it is not possible to delete all non-frozen columns.'
      );
    }
    const hfId = this.hfId(sheet);
    const oldRows = sheet.maxRows;
    this.rewriteFormulasAround(
      () => {
        if (axis === 'row') {
          this.hf.removeRows(hfId, [at - 1, count]);
          sheet.cells.splice(at - 1, count);
          sheet.rowInfo.splice(at - 1, count);
          sheet.maxRows -= count;
        } else {
          this.hf.removeColumns(hfId, [at - 1, count]);
          for (const row of sheet.cells) if (row) row.splice(at - 1, count);
          sheet.colInfo.splice(at - 1, count);
          sheet.maxCols -= count;
        }
        this.shiftAll(sheet, axis, at, -count);
      },
      sheet,
      oldRows
    );
  }

  /**
   * Sheet.moveRows: `count` rows from `start` go before row `destination` (both 1-based, before the move). Emulated
   * as insert + copy + delete (HyperFormula cannot move rows an array formula spills over, which Sheets can):
   * values, formulas, formats and row sizes move, other references move as for an insertion and a deletion (so a
   * range starting at the destination row, `A2:A`, moves down: Sheets probably keeps it), and a reference to a
   * moved cell becomes #REF! (in Sheets it follows the cell). Merges, conditional formats,
   * protections and row metadata of the moved rows are not carried.
   */
  moveRows(sheet: SheetData, start: number, count: number, destination: number): void {
    if (count <= 0 || (destination >= start && destination <= start + count)) return;
    const cells = Array.from({ length: count }, (_, r) => structuredClone(sheet.cells[start - 1 + r] ?? []));
    const info = Array.from({ length: count }, (_, r) => sheet.rowInfo[start - 1 + r]);
    this.insertLines(sheet, 'row', destination, count);
    const width = Math.max(0, ...cells.map(row => row.length));
    if (width > 0)
      this.updateContents(sheet, { row: destination, col: 1, rows: count, cols: width }, (cell, r, c) => {
        for (const key of Object.keys(cell) as (keyof CellData)[]) delete cell[key];
        if (cells[r][c]) Object.assign(cell, cells[r][c]);
      });
    info.forEach((line, r) => (sheet.rowInfo[destination - 1 + r] = line));
    this.deleteLines(sheet, 'row', destination < start ? start + count : start, count);
  }

  private inheritFormats(sheet: SheetData, axis: Axis, at: number, count: number, from: number): void {
    const max = axis === 'row' ? sheet.maxCols : sheet.maxRows;
    for (let i = 1; i <= max; i++) {
      const src = axis === 'row' ? this.cell(sheet, from, i) : this.cell(sheet, i, from);
      if (!src || FORMAT_KEYS.every(k => src[k] === undefined)) continue;
      for (let k = 0; k < count; k++) {
        const dst = axis === 'row' ? this.ensureCell(sheet, at + k, i) : this.ensureCell(sheet, i, at + k);
        if (src.nf !== undefined) dst.nf = src.nf;
        if (src.st !== undefined) dst.st = { ...src.st };
        if (src.dv !== undefined) dst.dv = structuredClone(src.dv);
      }
    }
  }

  private shiftAll(sheet: SheetData, axis: Axis, at: number, count: number): void {
    const shift = (rect: Rect) => shiftRect(rect, axis, at, count);
    const shiftList = (rects: Rect[]) => rects.map(shift).filter((r): r is Rect => r !== null);
    sheet.merges = shiftList(sheet.merges);
    for (const rule of sheet.cfRules) rule.ranges = shiftList(rule.ranges);
    sheet.cfRules = sheet.cfRules.filter(r => r.ranges.length > 0);
    for (const s of this.data.sheets) {
      for (const chart of s.charts) {
        chart.ranges = chart.ranges
          .map(r => (r.sheetId === sheet.id ? { sheetId: r.sheetId, rect: shift(r.rect) } : r))
          .filter((r): r is { sheetId: number; rect: Rect } => r.rect !== null);
      }
    }
    for (const chart of sheet.charts) {
      const key = axis === 'row' ? 'row' : 'col';
      if (chart.position[key] >= at) chart.position[key] = Math.max(at, chart.position[key] + count);
    }
    this.data.namedRanges = this.data.namedRanges.filter(n => {
      if (n.sheetId !== sheet.id) return true;
      const r = shift(n.rect);
      if (r) n.rect = r;
      return r !== null;
    });
    this.data.metadata = this.data.metadata.filter(m => {
      const loc = m.location;
      if (loc.type !== (axis === 'row' ? 'ROW' : 'COLUMN') || loc.sheetId !== sheet.id) return true;
      const r = shiftRect({ row: loc.start, col: 1, rows: loc.count, cols: 1 }, 'row', at, count);
      if (!r) return false;
      loc.start = r.row;
      loc.count = r.rows;
      return true;
    });
    this.data.protections = this.data.protections.filter(p => {
      if (p.sheetId !== sheet.id) return true;
      p.unprotected = shiftList(p.unprotected);
      if (!p.rect) return true;
      const r = shift(p.rect);
      if (r) p.rect = r;
      return r !== null;
    });
  }

  /**
   * Runs a change that makes HyperFormula rewrite formulas (inserted/deleted lines, renamed/deleted sheets) and
   * carries the rewrite over to the formula texts users see, keeping open-ended ranges (H2:H) open-ended.
   */
  private rewriteFormulasAround(change: () => void, resized?: SheetData, oldRows?: number): void {
    const before = new Map<CellData, string | undefined>();
    this.forEachFormulaCell((sheet, cell, row, col) => before.set(cell, this.engineFormula(sheet, row, col)));
    this.hf.suspendEvaluation();
    try {
      change();
      this.forEachFormulaCell((sheet, cell, row, col) => {
        const now = this.engineFormula(sheet, row, col);
        const prev = before.get(cell);
        if (!now) return;
        const open = hasOpenEndedRange(cell.f!);
        if (prev === now && !open) return;
        if (prev !== now)
          cell.f = fromEngineSyntax(
            open
              ? fromEngineFormula(now, (name, endRow) => {
                  const target = name ? this.sheetByName(name) : sheet;
                  if (!target) return false;
                  const limit =
                    target === resized && oldRows !== undefined
                      ? Math.min(oldRows, target.maxRows)
                      : target.maxRows;
                  return endRow >= limit;
                })
              : now,
            this.data.locale
          );
        if (open) {
          const wanted = this.engineContent(sheet, cell);
          if (wanted !== now)
            this.hf.setCellContents({ sheet: this.hfId(sheet), row: row - 1, col: col - 1 }, wanted);
        }
      });
    } finally {
      this.hf.resumeEvaluation();
    }
  }

  private engineFormula(sheet: SheetData, row: number, col: number): string | undefined {
    const id = this.hfIds.get(sheet.id);
    if (id === undefined) return undefined;
    try {
      return this.hf.getCellFormula({ sheet: id, row: row - 1, col: col - 1 });
    } catch {
      return undefined;
    }
  }

  private forEachFormulaCell(fn: (sheet: SheetData, cell: CellData, row: number, col: number) => void): void {
    for (const sheet of this.data.sheets) {
      sheet.cells.forEach((cells, r) =>
        cells?.forEach((cell, c) => cell?.f && fn(sheet, cell, r + 1, c + 1))
      );
    }
  }
}
