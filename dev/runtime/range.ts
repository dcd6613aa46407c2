// SpreadsheetApp Range: a fixed rectangle of a sheet; values and formulas go through the workbook's engine.
import { contains, intersects, rectToA1 } from './a1';
import type { RuntimeContext } from './context';
import { targetOf } from './counter';
import { formatValue } from './number-format';
import { shiftFormulaReferences } from './formula-text';
import type { CellData, CellStyle, Rect, SheetData, ValidationData } from './model';
import { addMetadata, metadataApi, metadataFinder } from './metadata';
import { assertEditable, newProtection } from './protection';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DEFAULT_NUMBER_FORMAT = '0.###############';
const STYLE_DEFAULTS: Required<
  Pick<
    CellStyle,
    | 'background'
    | 'fontWeight'
    | 'fontColor'
    | 'fontStyle'
    | 'fontSize'
    | 'fontFamily'
    | 'fontLine'
    | 'horizontalAlignment'
    | 'verticalAlignment'
    | 'wrap'
    | 'wrapStrategy'
  >
> = {
  background: '#ffffff',
  fontWeight: 'normal',
  fontColor: '#000000',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  fontLine: 'none',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  wrapStrategy: 'OVERFLOW',
};
type StyleKey = keyof typeof STYLE_DEFAULTS;

export function dimensionError(kind: 'rows' | 'columns', has: number, expected: number): Error {
  return new Error(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${has} but the range has ${expected}.`
  );
}

export class RangeImpl implements Partial<GRange> {
  constructor(
    private readonly _ctx: RuntimeContext,
    readonly _sheet: SheetData,
    readonly _rect: Rect
  ) {}

  private get _wb() {
    const wb = this._ctx.workbook;
    wb.hfId(this._sheet); // throws if the sheet was deleted
    return wb;
  }

  private _self(): GRange {
    return this as unknown as GRange;
  }

  private _editable(): void {
    assertEditable(this._ctx, this._sheet, this._rect);
  }

  private _checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data))
      throw new Error("Exception: The parameters (String) don't match the method signature.");
    if (data.length !== this._rect.rows) throw dimensionError('rows', data.length, this._rect.rows);
    for (const row of data) {
      const n = Array.isArray(row) ? row.length : 0;
      if (n !== this._rect.cols) throw dimensionError('columns', n, this._rect.cols);
    }
    return data as unknown[][];
  }

  private _cells<T>(fn: (cell: CellData | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this._rect.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this._rect.cols; c++)
        row.push(fn(this._wb.cell(this._sheet, this._rect.row + r, this._rect.col + c)));
      out.push(row);
    }
    return out;
  }

  private _first<T>(fn: (cell: CellData | undefined) => T): T {
    return fn(this._wb.cell(this._sheet, this._rect.row, this._rect.col));
  }

  // ---- geometry

  getRow(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.col;
  }
  getRowIndex(): number {
    return this._rect.row;
  }
  getNumRows(): number {
    return this._rect.rows;
  }
  getNumColumns(): number {
    return this._rect.cols;
  }
  getHeight(): number {
    return this._rect.rows;
  }
  getWidth(): number {
    return this._rect.cols;
  }
  getLastRow(): number {
    return this._rect.row + this._rect.rows - 1;
  }
  getLastColumn(): number {
    return this._rect.col + this._rect.cols - 1;
  }
  getA1Notation(): string {
    return rectToA1(this._rect);
  }
  getSheet(): GSheet {
    return this._ctx.sheetApi(this._sheet);
  }
  getGridId(): number {
    return this._sheet.id;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return this._ctx.rangeApi(this._sheet, {
      row: this._rect.row + rowOffset,
      col: this._rect.col + columnOffset,
      rows: numRows ?? this._rect.rows,
      cols: numColumns ?? this._rect.cols,
    });
  }

  getCell(row: number, column: number): GRange {
    return this._ctx.rangeApi(this._sheet, {
      row: this._rect.row + row - 1,
      col: this._rect.col + column - 1,
      rows: 1,
      cols: 1,
    });
  }

  activate(): GRange {
    this._ctx.workbook.data.activeSheetId = this._sheet.id;
    this._ctx.activeRange = { sheetId: this._sheet.id, rect: { ...this._rect } };
    return this._self();
  }

  // ---- values and formulas

  getValues(): unknown[][] {
    return this._wb.values(this._sheet, this._rect);
  }
  getValue(): unknown {
    return this._wb.values(this._sheet, { ...this._rect, rows: 1, cols: 1 })[0][0];
  }
  getDisplayValues(): string[][] {
    return this._wb.displayValues(this._sheet, this._rect);
  }
  getDisplayValue(): string {
    return this._wb.displayValues(this._sheet, { ...this._rect, rows: 1, cols: 1 })[0][0];
  }

  isBlank(): boolean {
    return (
      this.getValues().every(row => row.every(v => v === '')) &&
      this._cells(c => c?.f).every(r => r.every(f => !f))
    );
  }

  setValues(values: unknown[][]): GRange {
    this._editable();
    const data = this._checkShape(values);
    const wb = this._wb;
    wb.checkInputs(data.flat());
    wb.updateContents(this._sheet, this._rect, (cell, r, c) => wb.writeInput(cell, data[r][c]));
    return this._self();
  }

  setValue(value: unknown): GRange {
    this._editable();
    const wb = this._wb;
    wb.checkInputs([value]);
    wb.updateContents(this._sheet, this._rect, cell => wb.writeInput(cell, value));
    return this._self();
  }

  getFormulas(): string[][] {
    return this._cells(c => this._wb.formulaText(c?.f));
  }
  getFormula(): string {
    return this._first(c => this._wb.formulaText(c?.f));
  }
  getFormulasR1C1(): string[][] {
    return this._cells(c => this._wb.formulaText(c?.f));
  }

  setFormulas(formulas: string[][]): GRange {
    this._editable();
    const data = this._checkShape(formulas);
    const wb = this._wb;
    wb.updateContents(this._sheet, this._rect, (cell, r, c) =>
      wb.writeFormula(cell, String(data[r][c] ?? ''))
    );
    return this._self();
  }

  setFormula(formula: string): GRange {
    this._editable();
    const wb = this._wb;
    wb.updateContents(this._sheet, this._rect, (cell, r, c) =>
      wb.writeFormula(cell, shiftFormulaReferences(formula, r, c))
    );
    return this._self();
  }

  // ---- number formats and notes

  getNumberFormats(): string[][] {
    return this._cells(c => c?.nf ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this._first(c => c?.nf ?? DEFAULT_NUMBER_FORMAT);
  }

  setNumberFormat(numberFormat: string): GRange {
    this._editable();
    this._wb.updateFormats(this._sheet, this._rect, cell => setNf(cell, numberFormat));
    return this._self();
  }

  setNumberFormats(numberFormats: unknown[][]): GRange {
    this._editable();
    const data = this._checkShape(numberFormats);
    this._wb.updateFormats(this._sheet, this._rect, (cell, r, c) => setNf(cell, String(data[r][c] ?? '')));
    return this._self();
  }

  getNotes(): string[][] {
    return this._cells(c => c?.note ?? '');
  }
  getNote(): string {
    return this._first(c => c?.note ?? '');
  }

  setNote(note: string | null): GRange {
    this._wb.updateFormats(this._sheet, this._rect, cell => setNote(cell, note));
    return this._self();
  }

  setNotes(notes: unknown[][]): GRange {
    const data = this._checkShape(notes);
    this._wb.updateFormats(this._sheet, this._rect, (cell, r, c) =>
      setNote(cell, data[r][c] as string | null)
    );
    return this._self();
  }

  clearNote(): GRange {
    return this.setNote(null);
  }

  // ---- styles

  private _setStyle(key: StyleKey, value: unknown): GRange {
    this._wb.updateFormats(this._sheet, this._rect, cell => setStyle(cell, key, value));
    return this._self();
  }

  private _setStyles(key: StyleKey, values: unknown[][]): GRange {
    const data = this._checkShape(values);
    this._wb.updateFormats(this._sheet, this._rect, (cell, r, c) => setStyle(cell, key, data[r][c]));
    return this._self();
  }

  private _getStyles<T>(key: StyleKey): T[][] {
    return this._cells(c => (c?.st?.[key] ?? STYLE_DEFAULTS[key]) as T);
  }

  setBackground(color: string | null): GRange {
    return this._setStyle('background', color);
  }
  setBackgrounds(color: string[][]): GRange {
    return this._setStyles('background', color);
  }
  setBackgroundRGB(red: number, green: number, blue: number): GRange {
    return this._setStyle(
      'background',
      '#' + [red, green, blue].map(n => n.toString(16).padStart(2, '0')).join('')
    );
  }
  getBackground(): string {
    return this._getStyles<string>('background')[0][0];
  }
  getBackgrounds(): string[][] {
    return this._getStyles('background');
  }
  setFontWeight(fontWeight: string | null): GRange {
    return this._setStyle('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: unknown[][]): GRange {
    return this._setStyles('fontWeight', fontWeights);
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this._getStyles<GoogleAppsScript.Spreadsheet.FontWeight>('fontWeight')[0][0];
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._getStyles('fontWeight');
  }
  setFontColor(color: string | null): GRange {
    return this._setStyle('fontColor', color);
  }
  setFontColors(colors: unknown[][]): GRange {
    return this._setStyles('fontColor', colors);
  }
  getFontColor(): string {
    return this._getStyles<string>('fontColor')[0][0];
  }
  getFontColors(): string[][] {
    return this._getStyles('fontColor');
  }
  setFontStyle(fontStyle: string | null): GRange {
    return this._setStyle('fontStyle', fontStyle);
  }
  setFontStyles(fontStyles: unknown[][]): GRange {
    return this._setStyles('fontStyle', fontStyles);
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this._getStyles<GoogleAppsScript.Spreadsheet.FontStyle>('fontStyle')[0][0];
  }
  setFontSize(size: number): GRange {
    return this._setStyle('fontSize', size);
  }
  setFontSizes(sizes: unknown[][]): GRange {
    return this._setStyles('fontSize', sizes);
  }
  getFontSize(): number {
    return this._getStyles<number>('fontSize')[0][0];
  }
  setFontFamily(fontFamily: string | null): GRange {
    return this._setStyle('fontFamily', fontFamily);
  }
  getFontFamily(): string {
    return this._getStyles<string>('fontFamily')[0][0];
  }
  setFontLine(fontLine: string | null): GRange {
    return this._setStyle('fontLine', fontLine);
  }
  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this._getStyles<GoogleAppsScript.Spreadsheet.FontLine>('fontLine')[0][0];
  }
  setHorizontalAlignment(alignment: string | null): GRange {
    return this._setStyle('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: unknown[][]): GRange {
    return this._setStyles('horizontalAlignment', alignments);
  }
  getHorizontalAlignment(): string {
    return this._getStyles<string>('horizontalAlignment')[0][0];
  }
  setVerticalAlignment(alignment: string | null): GRange {
    return this._setStyle('verticalAlignment', alignment);
  }
  setVerticalAlignments(alignments: unknown[][]): GRange {
    return this._setStyles('verticalAlignment', alignments);
  }
  getVerticalAlignment(): string {
    return this._getStyles<string>('verticalAlignment')[0][0];
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this._setStyle('wrap', isWrapEnabled);
  }
  setWraps(isWrapEnabled: unknown[][]): GRange {
    return this._setStyles('wrap', isWrapEnabled);
  }
  getWrap(): boolean {
    return this._getStyles<boolean>('wrap')[0][0];
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    return this._setStyle('wrapStrategy', String(strategy));
  }
  setWrapStrategies(strategies: unknown[][]): GRange {
    return this._setStyles('wrapStrategy', strategies);
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this._getStyles<string>(
      'wrapStrategy'
    )[0][0] as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }

  setBorder(...args: unknown[]): GRange {
    this._wb.updateFormats(this._sheet, this._rect, cell => {
      cell.st = {
        ...cell.st,
        border: args.map(a => (a === undefined ? null : typeof a === 'object' && a !== null ? String(a) : a)),
      };
    });
    return this._self();
  }

  // ---- clearing

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): GRange {
    this._editable();
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    const contents = !any || o.contentsOnly;
    const formats = !any || o.formatOnly;
    const apply = (cell: CellData) => {
      if (formats) {
        delete cell.nf;
        delete cell.st;
      }
      if (o.commentsOnly) delete cell.note;
      if (o.validationsOnly) delete cell.dv;
      if (contents) {
        delete cell.v;
        delete cell.f;
      }
    };
    if (contents) this._wb.updateContents(this._sheet, this._rect, apply);
    else this._wb.updateFormats(this._sheet, this._rect, apply);
    if (formats) this._sheet.merges = this._sheet.merges.filter(m => !contains(this._rect, m));
    return this._self();
  }

  clearContent(): GRange {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): GRange {
    return this.clear({ formatOnly: true });
  }
  clearDataValidations(): GRange {
    this._wb.updateFormats(this._sheet, this._rect, cell => delete cell.dv);
    return this._self();
  }

  // ---- merges

  merge(): GRange {
    this._sheet.merges = this._sheet.merges.filter(m => !intersects(m, this._rect));
    if (this._rect.rows * this._rect.cols > 1) this._sheet.merges.push({ ...this._rect });
    const wb = this._wb;
    wb.updateContents(this._sheet, this._rect, (cell, r, c) => {
      if (r || c) {
        delete cell.v;
        delete cell.f;
      }
    });
    return this._self();
  }

  mergeAcross(): GRange {
    for (let r = 0; r < this._rect.rows; r++) {
      (targetOf(this.offset(r, 0, 1, this._rect.cols)) as unknown as RangeImpl).merge();
    }
    return this._self();
  }

  mergeVertically(): GRange {
    for (let c = 0; c < this._rect.cols; c++) {
      (targetOf(this.offset(0, c, this._rect.rows, 1)) as unknown as RangeImpl).merge();
    }
    return this._self();
  }

  breakApart(): GRange {
    this._sheet.merges = this._sheet.merges.filter(m => !intersects(m, this._rect));
    return this._self();
  }

  getMergedRanges(): GRange[] {
    return this._sheet.merges
      .filter(m => intersects(m, this._rect))
      .map(m => this._ctx.rangeApi(this._sheet, m));
  }

  isPartOfMerge(): boolean {
    return this._sheet.merges.some(m => intersects(m, this._rect));
  }

  // ---- data validation

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    const data = rule ? validationData(rule) : undefined;
    this._wb.updateFormats(this._sheet, this._rect, cell => {
      if (data) cell.dv = structuredClone(data);
      else delete cell.dv;
    });
    return this._self();
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GRange {
    const data = this._checkShape(rules);
    this._wb.updateFormats(this._sheet, this._rect, (cell, r, c) => {
      const rule = data[r][c] as GoogleAppsScript.Spreadsheet.DataValidation | null;
      if (rule) cell.dv = structuredClone(validationData(rule));
      else delete cell.dv;
    });
    return this._self();
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this._first(c => (c?.dv ? this._ctx.validationApi(c.dv) : null));
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this._cells(c => (c?.dv ? this._ctx.validationApi(c.dv) : null));
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRange {
    const dv: ValidationData = {
      type: 'CHECKBOX',
      values:
        checkedValue === undefined
          ? []
          : uncheckedValue === undefined
            ? [checkedValue]
            : [checkedValue, uncheckedValue],
      allowInvalid: false,
      helpText: null,
    };
    const wb = this._wb;
    wb.updateContents(this._sheet, this._rect, cell => {
      cell.dv = structuredClone(dv);
      if (cell.v === undefined && !cell.f)
        cell.v = uncheckedValue === undefined ? false : (uncheckedValue as string);
    });
    return this._self();
  }

  removeCheckboxes(): GRange {
    const wb = this._wb;
    wb.updateContents(this._sheet, this._rect, cell => {
      if (cell.dv?.type !== 'CHECKBOX') return;
      delete cell.dv;
      delete cell.v;
    });
    return this._self();
  }

  check(): GRange {
    return this.setValue(true);
  }
  uncheck(): GRange {
    return this.setValue(false);
  }

  // ---- protection and metadata

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return newProtection(this._ctx, 'RANGE', this._sheet, { ...this._rect });
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): GRange {
    const whole = this._wholeLines();
    if (!whole) {
      throw new Error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.'
      );
    }
    addMetadata(this._ctx, whole, key, valueOrVisibility, visibility);
    return this._self();
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const whole = this._wholeLines();
    if (!whole) return [];
    return this._ctx.workbook.data.metadata
      .filter(m => m.location.type === whole.type && m.location.sheetId === this._sheet.id)
      .filter(m => {
        const loc = m.location as { start: number; count: number };
        return loc.start >= whole.start && loc.start + loc.count <= whole.start + whole.count;
      })
      .map(m => metadataApi(this._ctx, m));
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinder(this._ctx, { sheetId: this._sheet.id, rect: { ...this._rect } });
  }

  private _wholeLines() {
    const r = this._rect;
    if (r.col === 1 && r.cols >= this._sheet.maxCols)
      return { type: 'ROW' as const, sheetId: this._sheet.id, start: r.row, count: r.rows };
    if (r.row === 1 && r.rows >= this._sheet.maxRows)
      return { type: 'COLUMN' as const, sheetId: this._sheet.id, start: r.col, count: r.cols };
    return null;
  }

  // ---- misc

  sort(sortSpecObj: unknown): GRange {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map(s =>
      typeof s === 'number' ? { column: s, ascending: true } : (s as { column: number; ascending?: boolean })
    );
    const values = this.getValues();
    const rows = this._cells(c => (c ? structuredClone(c) : undefined));
    const order = values.map((_, i) => i);
    const cmp = (a: unknown, b: unknown) => {
      if (a === b) return 0;
      if (a === '') return 1;
      if (b === '') return -1;
      const ka = a instanceof Object ? +(a as Date) : a;
      const kb = b instanceof Object ? +(b as Date) : b;
      if (typeof ka === typeof kb) return (ka as number) < (kb as number) ? -1 : 1;
      return typeof ka === 'number' ? -1 : 1;
    };
    order.sort((i, j) => {
      for (const s of specs) {
        const k = s.column - this._rect.col;
        const d = cmp(values[i][k], values[j][k]);
        if (d) return s.ascending === false ? -d : d;
      }
      return i - j;
    });
    const wb = this._wb;
    wb.updateContents(this._sheet, this._rect, (cell, r, c) => {
      const src = rows[order[r]][c];
      for (const key of Object.keys(cell) as (keyof CellData)[]) delete cell[key];
      if (src) Object.assign(cell, src);
    });
    return this._self();
  }

  copyTo(destination: GRange, options?: unknown): void {
    void options;
    const dest = targetOf(destination) as unknown as RangeImpl;
    const formulas = this._cells(c => c?.f ?? '');
    const cells = this._cells(c => (c ? structuredClone(c) : undefined));
    const rect = { ...dest._rect, rows: this._rect.rows, cols: this._rect.cols };
    const wb = this._wb;
    wb.updateContents(dest._sheet, rect, (cell, r, c) => {
      for (const key of Object.keys(cell) as (keyof CellData)[]) delete cell[key];
      const src = cells[r][c];
      if (src) Object.assign(cell, src);
      if (formulas[r][c])
        cell.f = shiftFormulaReferences(formulas[r][c], rect.row - this._rect.row, rect.col - this._rect.col);
    });
  }

  /** Formats a value as this range's first cell would display it (used by the preview). */
  _display(value: string | number | boolean): string {
    return formatValue(
      value,
      this._first(c => c?.nf),
      this._ctx.workbook.data.locale
    );
  }
}

function setNf(cell: CellData, nf: string): void {
  if (!nf || nf === DEFAULT_NUMBER_FORMAT || /^general$/i.test(nf)) delete cell.nf;
  else cell.nf = nf;
}

function setNote(cell: CellData, note: unknown): void {
  if (note === null || note === undefined || note === '') delete cell.note;
  else cell.note = String(note);
}

function setStyle(cell: CellData, key: StyleKey, value: unknown): void {
  const st: CellStyle = { ...cell.st };
  if (value === null || value === undefined || value === '') delete st[key];
  else
    (st as Record<string, unknown>)[key] =
      key === 'fontSize' ? Number(value) : key === 'wrap' ? Boolean(value) : String(value);
  if (Object.keys(st).length) cell.st = st;
  else delete cell.st;
}

function validationData(rule: GoogleAppsScript.Spreadsheet.DataValidation): ValidationData {
  const impl = targetOf(rule) as unknown as { _data?: ValidationData };
  if (!impl._data) throw new Error('Invalid argument: rule');
  return impl._data;
}
