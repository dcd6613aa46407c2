// SpreadsheetApp, Spreadsheet, NamedRange and RangeList.
import { parseA1, rectToA1, splitSheetPrefix } from './a1';
import type { RuntimeContext } from './context';
import { targetOf } from './counter';
import { addMetadata, metadataApi, metadataFinder } from './metadata';
import type { NamedRangeData, Rect, SheetData } from './model';
import { protectionApi } from './protection';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

class NamedRangeImpl implements Partial<GoogleAppsScript.Spreadsheet.NamedRange> {
  constructor(
    private readonly _ctx: RuntimeContext,
    readonly _data: NamedRangeData
  ) {}
  getName(): string {
    return this._data.name;
  }
  getRange(): GRange {
    const sheet = this._ctx.workbook.sheetById(this._data.sheetId);
    if (!sheet) throw new Error('Range not found');
    return this._ctx.rangeApi(sheet, this._data.rect);
  }
  setName(name: string): GoogleAppsScript.Spreadsheet.NamedRange {
    const wb = this._ctx.workbook;
    wb.removeNamedExpression(this._data.name);
    this._data.name = name;
    wb.addNamedExpression(name, this._data.sheetId, this._data.rect);
    return this as unknown as GoogleAppsScript.Spreadsheet.NamedRange;
  }
  setRange(range: GRange): GoogleAppsScript.Spreadsheet.NamedRange {
    const r = targetOf(range) as unknown as { _sheet: SheetData; _rect: Rect };
    const wb = this._ctx.workbook;
    wb.removeNamedExpression(this._data.name);
    this._data.sheetId = r._sheet.id;
    this._data.rect = { ...r._rect };
    wb.addNamedExpression(this._data.name, this._data.sheetId, this._data.rect);
    return this as unknown as GoogleAppsScript.Spreadsheet.NamedRange;
  }
  remove(): void {
    const wb = this._ctx.workbook;
    wb.removeNamedExpression(this._data.name);
    wb.data.namedRanges = wb.data.namedRanges.filter(n => n !== this._data);
  }
}

export class SpreadsheetImpl implements Partial<GSpreadsheet> {
  constructor(private readonly _ctx: RuntimeContext) {}
  private get _wb() {
    return this._ctx.workbook;
  }
  private get _d() {
    return this._ctx.workbook.data;
  }
  private _self(): GSpreadsheet {
    return this as unknown as GSpreadsheet;
  }

  getId(): string {
    return this._d.id;
  }
  getName(): string {
    return this._d.name;
  }
  rename(newName: string): void {
    this._d.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._d.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this._d.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._ctx.workbook.setLocale(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this._d.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._d.timeZone = timezone;
  }
  getOwner(): GoogleAppsScript.Base.User {
    return { getEmail: () => this._ctx.userEmail } as unknown as GoogleAppsScript.Base.User;
  }

  getSheets(): GSheet[] {
    return this._wb.sheets.map(s => this._ctx.sheetApi(s));
  }
  getNumSheets(): number {
    return this._wb.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    const s = this._wb.sheetByName(name);
    return s ? this._ctx.sheetApi(s) : null;
  }
  getSheetById(id: number): GSheet | null {
    const s = this._wb.sheetById(id);
    return s ? this._ctx.sheetApi(s) : null;
  }
  insertSheet(a?: unknown, b?: unknown): GSheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    if (name === undefined) {
      let n = this._wb.sheets.length + 1;
      while (this._wb.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this._wb.addSheet(name, index);
    this._d.activeSheetId = sheet.id;
    return this._ctx.sheetApi(sheet);
  }
  deleteSheet(sheet: GSheet): void {
    this._wb.deleteSheet((targetOf(sheet) as unknown as { _data: SheetData })._data);
  }
  deleteActiveSheet(): GSheet {
    const active = this._wb.sheetById(this._d.activeSheetId)!;
    this._wb.deleteSheet(active);
    return this.getActiveSheet();
  }
  getActiveSheet(): GSheet {
    const s = this._wb.sheetById(this._d.activeSheetId) ?? this._wb.sheets[0];
    return this._ctx.sheetApi(s);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this._d.activeSheetId = (targetOf(sheet) as unknown as { _data: SheetData })._data.id;
    return sheet;
  }
  getActiveRange(): GRange | null {
    const a = this._ctx.activeRange;
    const sheet = a ? this._wb.sheetById(a.sheetId) : this._wb.sheetById(this._d.activeSheetId);
    if (!sheet) return null;
    return this._ctx.rangeApi(
      sheet,
      a && a.sheetId === sheet.id ? a.rect : { row: 1, col: 1, rows: 1, cols: 1 }
    );
  }
  getActiveCell(): GRange {
    const r = this.getActiveRange() as GRange;
    return (targetOf(r) as unknown as { getCell(a: number, b: number): GRange }).getCell(1, 1);
  }
  setActiveRange(range: GRange): GRange {
    (targetOf(range) as unknown as { activate(): void }).activate();
    return range;
  }
  moveActiveSheet(pos: number): void {
    const sheets = this._wb.sheets;
    const s = this._wb.sheetById(this._d.activeSheetId)!;
    sheets.splice(sheets.indexOf(s), 1);
    sheets.splice(pos - 1, 0, s);
  }

  getRange(a1Notation: string): GRange {
    const { sheetName, ref } = splitSheetPrefix(a1Notation);
    const sheet =
      sheetName === null ? this._wb.sheetById(this._d.activeSheetId) : this._wb.sheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return (targetOf(this._ctx.sheetApi(sheet)) as unknown as { getRange(a: string): GRange }).getRange(ref);
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return this._ctx.rangeListApi(
      a1Notations.map(a => (targetOf(this._self()) as unknown as SpreadsheetImpl).getRange(a))
    );
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._ctx.toast({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? null });
  }

  // ---- named ranges

  setNamedRange(name: string, range: GRange): void {
    if (!/^[A-Za-z_][\w.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name)) {
      throw new Error(
        `Named range names must only contain letters, numbers and underscores, and cannot start with a number or be a cell reference: ${name}`
      );
    }
    const r = targetOf(range) as unknown as { _sheet: SheetData; _rect: Rect };
    this.removeNamedRange(name);
    const data = { name, sheetId: r._sheet.id, rect: { ...r._rect } };
    this._d.namedRanges.push(data);
    this._wb.addNamedExpression(name, data.sheetId, data.rect);
  }
  getRangeByName(name: string): GRange | null {
    const n = this._d.namedRanges.find(x => x.name === name);
    const sheet = n && this._wb.sheetById(n.sheetId);
    return n && sheet ? this._ctx.rangeApi(sheet, n.rect) : null;
  }
  removeNamedRange(name: string): void {
    if (!this._d.namedRanges.some(n => n.name === name)) return;
    this._wb.removeNamedExpression(name);
    this._d.namedRanges = this._d.namedRanges.filter(n => n.name !== name);
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this._d.namedRanges.map(
      n =>
        this._ctx.track(
          new NamedRangeImpl(this._ctx, n),
          'NamedRange'
        ) as unknown as GoogleAppsScript.Spreadsheet.NamedRange
    );
  }

  // ---- metadata and protections

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): GSpreadsheet {
    addMetadata(this._ctx, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this._self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this._d.metadata
      .filter(m => m.location.type === 'SPREADSHEET')
      .map(m => metadataApi(this._ctx, m));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinder(this._ctx, {});
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return this._d.protections.filter(p => p.type === String(type)).map(p => protectionApi(this._ctx, p));
  }

  // Sheet-level shortcuts Spreadsheet exposes for its active sheet
  private _active(): GSheet {
    return targetOf(this.getActiveSheet());
  }
  getLastRow(): number {
    return this._active().getLastRow();
  }
  getLastColumn(): number {
    return this._active().getLastColumn();
  }
  getDataRange(): GRange {
    return this._active().getDataRange();
  }
  appendRow(rowContents: unknown[]): GSheet {
    return this._active().appendRow(rowContents);
  }
  getFormUrl(): string | null {
    return null;
  }
}

class RangeListImpl implements Partial<GoogleAppsScript.Spreadsheet.RangeList> {
  constructor(readonly _ranges: GRange[]) {}
  private _each(
    fn: (r: Record<string, (...a: unknown[]) => unknown>) => void
  ): GoogleAppsScript.Spreadsheet.RangeList {
    for (const r of this._ranges) fn(targetOf(r) as unknown as Record<string, (...a: unknown[]) => unknown>);
    return this as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  getRanges(): GRange[] {
    return [...this._ranges];
  }
  activate(): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.activate());
  }
  clear(options?: unknown): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.clear(options));
  }
  clearContent(): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.clearContent());
  }
  clearFormat(): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.clearFormat());
  }
  setValue(value: unknown): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setValue(value));
  }
  setFormula(formula: string): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setFormula(formula));
  }
  setBackground(color: string): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setBackground(color));
  }
  setFontWeight(w: GoogleAppsScript.Spreadsheet.FontWeight | null): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setFontWeight(w));
  }
  setFontColor(c: string): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setFontColor(c));
  }
  setNumberFormat(f: string): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setNumberFormat(f));
  }
  setHorizontalAlignment(
    a: 'left' | 'center' | 'normal' | 'right' | null
  ): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setHorizontalAlignment(a));
  }
  setNote(n: string): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setNote(n));
  }
  setWrap(w: boolean): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setWrap(w));
  }
  setFontStyle(s: GoogleAppsScript.Spreadsheet.FontStyle | null): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setFontStyle(s));
  }
  setDataValidation(rule: unknown): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.setDataValidation(rule));
  }
  insertCheckboxes(): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each(r => r.insertCheckboxes());
  }
}

export function rangeListApi(ctx: RuntimeContext, ranges: GRange[]): GoogleAppsScript.Spreadsheet.RangeList {
  return ctx.track(
    new RangeListImpl(ranges),
    'RangeList'
  ) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
}

export { rectToA1, parseA1 };
