// SpreadsheetApp Sheet.
import { parseA1, splitSheetPrefix } from './a1';
import { chartApi, chartBuilder, chartData } from './charts';
import { cfRuleApi, cfRuleData } from './conditional-format';
import type { RuntimeContext } from './context';
import { targetOf } from './counter';
import { addMetadata, metadataApi, metadataFinder } from './metadata';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './model';
import type { LineInfo, Rect, SheetData } from './model';
import { assertEditable, newProtection, protectionApi } from './protection';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

export class SheetImpl implements Partial<GSheet> {
  constructor(
    private readonly _ctx: RuntimeContext,
    readonly _data: SheetData
  ) {}

  private get _wb() {
    this._ctx.workbook.hfId(this._data);
    return this._ctx.workbook;
  }
  private _self(): GSheet {
    return this as unknown as GSheet;
  }
  private _range(rect: Rect): GRange {
    const s = this._data;
    if (rect.rows < 1 || rect.cols < 1)
      throw new Error('The number of rows in the range must be at least 1.');
    if (
      rect.row < 1 ||
      rect.col < 1 ||
      rect.row + rect.rows - 1 > s.maxRows ||
      rect.col + rect.cols - 1 > s.maxCols
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this._ctx.rangeApi(s, rect);
  }

  getName(): string {
    return this._data.name;
  }
  setName(name: string): GSheet {
    this._wb.renameSheet(this._data, String(name));
    return this._self();
  }
  getSheetId(): number {
    return this._data.id;
  }
  getSheetName(): string {
    return this._data.name;
  }
  getIndex(): number {
    return this._ctx.workbook.sheets.indexOf(this._data) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this._ctx.spreadsheetApi();
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  activate(): GSheet {
    this._ctx.workbook.data.activeSheetId = this._data.id;
    return this._self();
  }
  isSheetHidden(): boolean {
    return this._data.hidden;
  }
  hideSheet(): GSheet {
    this._data.hidden = true;
    return this._self();
  }
  showSheet(): GSheet {
    this._data.hidden = false;
    return this._self();
  }
  setTabColor(color: string | null): GSheet {
    this._data.tabColor = color || null;
    return this._self();
  }
  getTabColor(): string | null {
    return this._data.tabColor;
  }

  getRange(a: unknown, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof a === 'string') {
      const { sheetName, ref } = splitSheetPrefix(a);
      if (sheetName !== null && sheetName !== this._data.name) throw new Error('Range not found');
      return this._range(parseA1(ref, this._data.maxRows, this._data.maxCols));
    }
    if (typeof a !== 'number' || typeof column !== 'number') {
      throw new Error("The parameters don't match the method signature for Sheet.getRange.");
    }
    return this._range({ row: a, col: column, rows: numRows ?? 1, cols: numColumns ?? 1 });
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return this._ctx.rangeListApi(a1Notations.map(a1 => this.getRange(a1)));
  }

  getDataRange(): GRange {
    return this._range({
      row: 1,
      col: 1,
      rows: Math.max(1, this.getLastRow()),
      cols: Math.max(1, this.getLastColumn()),
    });
  }

  getLastRow(): number {
    return this._wb.lastRow(this._data);
  }
  getLastColumn(): number {
    return this._wb.lastColumn(this._data);
  }
  getMaxRows(): number {
    return this._data.maxRows;
  }
  getMaxColumns(): number {
    return this._data.maxCols;
  }

  // ---- rows and columns

  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    assertEditable(this._ctx, this._data, null);
    this._checkLine('row', beforePosition);
    this._wb.insertLines(this._data, 'row', beforePosition, howMany, beforePosition + howMany);
    return this._self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    assertEditable(this._ctx, this._data, null);
    this._checkLine('row', afterPosition);
    this._wb.insertLines(this._data, 'row', afterPosition + 1, howMany, afterPosition);
    return this._self();
  }
  insertRows(rowIndex: number, numRows?: number): void {
    this.insertRowsBefore(rowIndex, numRows ?? 1);
  }
  moveRows(rowSpec: GoogleAppsScript.Spreadsheet.Range, destinationIndex: number): void {
    const rows = rowSpec as unknown as { getRow(): number; getNumRows(): number };
    if (
      !Number.isInteger(destinationIndex) ||
      destinationIndex < 1 ||
      destinationIndex > this._data.maxRows + 1
    )
      throw new Error('Those rows are out of bounds.');
    this._wb.moveRows(this._data, rows.getRow(), rows.getNumRows(), destinationIndex);
  }
  deleteRow(rowPosition: number): GSheet {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): GSheet {
    assertEditable(this._ctx, this._data, null);
    this._wb.deleteLines(this._data, 'row', rowPosition, howMany);
    return this._self();
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    this._checkLine('col', beforePosition);
    this._wb.insertLines(this._data, 'col', beforePosition, howMany, beforePosition + howMany);
    return this._self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this._checkLine('col', afterPosition);
    this._wb.insertLines(this._data, 'col', afterPosition + 1, howMany, afterPosition);
    return this._self();
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.insertColumnsBefore(columnIndex, numColumns ?? 1);
  }
  deleteColumn(columnPosition: number): GSheet {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): GSheet {
    this._wb.deleteLines(this._data, 'col', columnPosition, howMany);
    return this._self();
  }

  private _checkLine(axis: 'row' | 'col', n: number): void {
    const max = axis === 'row' ? this._data.maxRows : this._data.maxCols;
    if (!Number.isInteger(n) || n < 1 || n > max) {
      throw new Error(`Those ${axis === 'row' ? 'rows' : 'columns'} are out of bounds.`);
    }
  }

  appendRow(rowContents: unknown[]): GSheet {
    assertEditable(this._ctx, this._data, null);
    this._wb.checkInputs(rowContents);
    const row = this.getLastRow() + 1;
    const cols = rowContents.length;
    if (row > this._data.maxRows)
      this._wb.insertLines(this._data, 'row', this._data.maxRows + 1, row - this._data.maxRows);
    if (cols > this._data.maxCols)
      this._wb.insertLines(this._data, 'col', this._data.maxCols + 1, cols - this._data.maxCols);
    const wb = this._wb;
    if (cols)
      wb.updateContents(this._data, { row, col: 1, rows: 1, cols }, (cell, _r, c) =>
        wb.writeInput(cell, rowContents[c])
      );
    return this._self();
  }

  clear(options?: unknown): GSheet {
    (
      targetOf(
        this._range({ row: 1, col: 1, rows: this._data.maxRows, cols: this._data.maxCols })
      ) as unknown as { clear(o?: unknown): void }
    ).clear(options);
    return this._self();
  }
  clearContents(): GSheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): GSheet {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): GSheet {
    return this.clear({ commentsOnly: true });
  }

  // ---- frozen lines, sizes, visibility

  setFrozenRows(rows: number): void {
    this._data.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this._data.frozenCols = columns;
  }
  getFrozenRows(): number {
    return this._data.frozenRows;
  }
  getFrozenColumns(): number {
    return this._data.frozenCols;
  }

  private _line(axis: 'row' | 'col', n: number): LineInfo {
    const list = axis === 'row' ? this._data.rowInfo : this._data.colInfo;
    return (list[n - 1] ??= {});
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = 0; c < numColumns; c++) this._line('col', startColumn + c).size = width;
    return this._self();
  }
  getColumnWidth(columnPosition: number): number {
    return this._data.colInfo[columnPosition - 1]?.size ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumn(columnPosition: number): GSheet {
    void columnPosition;
    return this._self();
  }
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    void startColumn;
    void numColumns;
    return this._self();
  }
  setRowHeight(rowPosition: number, height: number): GSheet {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    for (let r = 0; r < numRows; r++) this._line('row', startRow + r).size = height;
    return this._self();
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): GSheet {
    return this.setRowHeights(startRow, numRows, height);
  }
  getRowHeight(rowPosition: number): number {
    return this._data.rowInfo[rowPosition - 1]?.size ?? DEFAULT_ROW_HEIGHT;
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    for (let c = 0; c < (numColumns ?? 1); c++) this._line('col', columnIndex + c).hidden = true;
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    for (let c = 0; c < (numColumns ?? 1); c++) this._line('col', columnIndex + c).hidden = false;
  }
  hideRows(rowIndex: number, numRows?: number): void {
    for (let r = 0; r < (numRows ?? 1); r++) this._line('row', rowIndex + r).hidden = true;
  }
  showRows(rowIndex: number, numRows?: number): void {
    for (let r = 0; r < (numRows ?? 1); r++) this._line('row', rowIndex + r).hidden = false;
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return Boolean(this._data.colInfo[columnPosition - 1]?.hidden);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return Boolean(this._data.rowInfo[rowPosition - 1]?.hidden);
  }

  // ---- conditional formats, protections, metadata

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this._data.cfRules.map(r => cfRuleApi(this._ctx, structuredClone(r), this._data.id));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this._data.cfRules = rules.map(r => structuredClone(cfRuleData(r)));
  }
  clearConditionalFormatRules(): void {
    this._data.cfRules = [];
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return newProtection(this._ctx, 'SHEET', this._data, null);
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return this._ctx.workbook.data.protections
      .filter(p => p.sheetId === this._data.id && p.type === String(type))
      .map(p => protectionApi(this._ctx, p));
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): GSheet {
    addMetadata(this._ctx, { type: 'SHEET', sheetId: this._data.id }, key, valueOrVisibility, visibility);
    return this._self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this._ctx.workbook.data.metadata
      .filter(m => m.location.type === 'SHEET' && m.location.sheetId === this._data.id)
      .map(m => metadataApi(this._ctx, m));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinder(this._ctx, { sheetId: this._data.id });
  }

  // ---- charts

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return chartBuilder(this._ctx, this._data.id);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const data = structuredClone(chartData(chart));
    data.id = this._ctx.workbook.nextId();
    this._data.charts.push(data);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this._data.charts.map(c => chartApi(this._ctx, this._data.id, c));
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const data = chartData(chart);
    const i = this._data.charts.findIndex(c => c.id === data.id);
    if (i < 0) throw new Error('The chart does not exist on this sheet.');
    this._data.charts[i] = structuredClone(data);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = chartData(chart).id;
    this._data.charts = this._data.charts.filter(c => c.id !== id);
  }

  sort(columnPosition: number, ascending?: boolean): GSheet {
    const frozen = this._data.frozenRows;
    const last = this.getLastRow();
    if (last > frozen) {
      (
        targetOf(
          this._range({ row: frozen + 1, col: 1, rows: last - frozen, cols: this._data.maxCols })
        ) as unknown as { sort(s: unknown): void }
      ).sort({
        column: columnPosition,
        ascending: ascending ?? true,
      });
    }
    return this._self();
  }
}
