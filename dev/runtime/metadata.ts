// Developer metadata on the spreadsheet, a sheet, whole rows or whole columns. Row/column locations move with
// inserted and deleted lines (Workbook.shiftAll).
import { intersects } from './a1';
import type { RuntimeContext } from './context';
import { targetOf } from './counter';
import type { MetadataData, MetadataLocation, Rect } from './model';

type GMeta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
const VISIBILITIES = ['DOCUMENT', 'PROJECT'];

export function addMetadata(
  ctx: RuntimeContext,
  location: MetadataLocation,
  key: string,
  valueOrVisibility?: unknown,
  visibility?: unknown
): MetadataData {
  let value: string | null = null;
  let vis = 'DOCUMENT';
  if (visibility !== undefined) {
    value = valueOrVisibility === null || valueOrVisibility === undefined ? null : String(valueOrVisibility);
    vis = String(visibility);
  } else if (typeof valueOrVisibility === 'string' && VISIBILITIES.includes(valueOrVisibility)) {
    // enums are strings in this runtime: a lone 'DOCUMENT'/'PROJECT' is read as the visibility overload
    vis = valueOrVisibility;
  } else if (valueOrVisibility !== undefined && valueOrVisibility !== null) {
    value = String(valueOrVisibility);
  }
  if (!key) throw new Error('Invalid argument: key');
  const data: MetadataData = { id: ctx.workbook.nextId(), key, value, visibility: vis, location };
  ctx.workbook.data.metadata.push(data);
  return data;
}

class DeveloperMetadataLocationImpl implements Partial<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation> {
  constructor(
    private readonly _ctx: RuntimeContext,
    private readonly _data: MetadataData
  ) {}
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return this._data.location.type as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }
  private _sheetData() {
    const loc = this._data.location;
    return 'sheetId' in loc ? this._ctx.workbook.sheetById(loc.sheetId) : undefined;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const s = this._sheetData();
    return (s ? this._ctx.sheetApi(s) : null) as GoogleAppsScript.Spreadsheet.Sheet;
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this._ctx.spreadsheetApi();
  }
  getColumn(): GoogleAppsScript.Spreadsheet.Range {
    const loc = this._data.location;
    const s = this._sheetData();
    if (loc.type !== 'COLUMN' || !s) return null as unknown as GoogleAppsScript.Spreadsheet.Range;
    return this._ctx.rangeApi(s, { row: 1, col: loc.start, rows: s.maxRows, cols: loc.count });
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range {
    const loc = this._data.location;
    const s = this._sheetData();
    if (loc.type !== 'ROW' || !s) return null as unknown as GoogleAppsScript.Spreadsheet.Range;
    return this._ctx.rangeApi(s, { row: loc.start, col: 1, rows: loc.count, cols: s.maxCols });
  }
}

class DeveloperMetadataImpl implements Partial<GMeta> {
  constructor(
    private readonly _ctx: RuntimeContext,
    readonly _data: MetadataData
  ) {}
  private _self(): GMeta {
    return this as unknown as GMeta;
  }
  getId(): number {
    return this._data.id;
  }
  getKey(): string {
    return this._data.key;
  }
  getValue(): string {
    return this._data.value as string;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return this._data.visibility as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return this._ctx.track(
      new DeveloperMetadataLocationImpl(this._ctx, this._data),
      'DeveloperMetadataLocation'
    ) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  }
  setKey(key: string): GMeta {
    this._data.key = key;
    return this._self();
  }
  setValue(value: string): GMeta {
    this._data.value = value === null ? null : String(value);
    return this._self();
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GMeta {
    this._data.visibility = String(visibility);
    return this._self();
  }
  remove(): void {
    const list = this._ctx.workbook.data.metadata;
    const i = list.indexOf(this._data);
    if (i >= 0) list.splice(i, 1);
  }
  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): GMeta {
    const r = targetOf(column) as unknown as { _sheet: { id: number }; _rect: Rect };
    this._data.location = { type: 'COLUMN', sheetId: r._sheet.id, start: r._rect.col, count: r._rect.cols };
    return this._self();
  }
  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): GMeta {
    const r = targetOf(row) as unknown as { _sheet: { id: number }; _rect: Rect };
    this._data.location = { type: 'ROW', sheetId: r._sheet.id, start: r._rect.row, count: r._rect.rows };
    return this._self();
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GMeta {
    const s = targetOf(sheet) as unknown as { _data: { id: number } };
    this._data.location = { type: 'SHEET', sheetId: s._data.id };
    return this._self();
  }
  moveToSpreadsheet(): GMeta {
    this._data.location = { type: 'SPREADSHEET' };
    return this._self();
  }
}

export function metadataApi(ctx: RuntimeContext, data: MetadataData): GMeta {
  return ctx.track(new DeveloperMetadataImpl(ctx, data), 'DeveloperMetadata') as unknown as GMeta;
}

export interface FinderScope {
  sheetId?: number;
  rect?: Rect;
  /** a whole sheet or the spreadsheet itself */
  own?: MetadataLocation;
}

function locationRect(loc: MetadataLocation, maxRows: number, maxCols: number): Rect | null {
  if (loc.type === 'ROW') return { row: loc.start, col: 1, rows: loc.count, cols: maxCols };
  if (loc.type === 'COLUMN') return { row: 1, col: loc.start, rows: maxRows, cols: loc.count };
  return null;
}

class DeveloperMetadataFinderImpl implements Partial<GFinder> {
  private _key?: string;
  private _value?: string;
  private _id?: number;
  private _type?: string;
  private _visibility?: string;
  private _intersecting = false;

  constructor(
    private readonly _ctx: RuntimeContext,
    private readonly _scope: FinderScope
  ) {}

  private _self(): GFinder {
    return this as unknown as GFinder;
  }
  withKey(key: string): GFinder {
    this._key = key;
    return this._self();
  }
  withValue(value: string): GFinder {
    this._value = value;
    return this._self();
  }
  withId(id: number): GFinder {
    this._id = id;
    return this._self();
  }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): GFinder {
    this._type = String(locationType);
    return this._self();
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GFinder {
    this._visibility = String(visibility);
    return this._self();
  }
  onIntersectingLocations(): GFinder {
    this._intersecting = true;
    return this._self();
  }

  find(): GMeta[] {
    const { sheetId, rect } = this._scope;
    const sheet = sheetId === undefined ? undefined : this._ctx.workbook.sheetById(sheetId);
    return this._ctx.workbook.data.metadata
      .filter(m => {
        if (this._key !== undefined && m.key !== this._key) return false;
        if (this._value !== undefined && m.value !== this._value) return false;
        if (this._id !== undefined && m.id !== this._id) return false;
        if (this._type !== undefined && m.location.type !== this._type) return false;
        if (this._visibility !== undefined && m.visibility !== this._visibility) return false;
        if (sheetId === undefined) return true;
        const loc = m.location;
        if (!('sheetId' in loc) || loc.sheetId !== sheetId) return false;
        if (!rect || !sheet) return true;
        const r = locationRect(loc, sheet.maxRows, sheet.maxCols);
        if (!r) return this._intersecting;
        return this._intersecting
          ? intersects(r, rect)
          : r.row === rect.row && r.col === rect.col && r.rows === rect.rows && r.cols === rect.cols;
      })
      .map(m => metadataApi(this._ctx, m));
  }
}

export function metadataFinder(ctx: RuntimeContext, scope: FinderScope): GFinder {
  return ctx.track(
    new DeveloperMetadataFinderImpl(ctx, scope),
    'DeveloperMetadataFinder'
  ) as unknown as GFinder;
}
