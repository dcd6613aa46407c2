import { contains, intersects } from './a1';
import type { RuntimeContext } from './context';
import { targetOf } from './counter';
import type { ProtectionData, Rect, SheetData } from './model';

type GProtection = GoogleAppsScript.Spreadsheet.Protection;

class ProtectionImpl implements Partial<GProtection> {
  constructor(
    private readonly _ctx: RuntimeContext,
    readonly _data: ProtectionData
  ) {}
  private _self(): GProtection {
    return this as unknown as GProtection;
  }
  private _sheet(): SheetData {
    const s = this._ctx.workbook.sheetById(this._data.sheetId);
    if (!s) throw new Error('The protected range or sheet no longer exists.');
    return s;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this._data.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const s = this._sheet();
    return this._ctx.rangeApi(s, this._data.rect ?? { row: 1, col: 1, rows: s.maxRows, cols: s.maxCols });
  }
  getDescription(): string {
    return this._data.description;
  }
  setDescription(description: string): GProtection {
    this._data.description = String(description);
    return this._self();
  }
  isWarningOnly(): boolean {
    return this._data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this._data.warningOnly = Boolean(warningOnly);
    return this._self();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this._data.editors.map(
      email => ({ getEmail: () => email }) as unknown as GoogleAppsScript.Base.User
    );
  }
  addEditor(emailAddress: unknown): GProtection {
    const email =
      typeof emailAddress === 'string' ? emailAddress : (emailAddress as { getEmail(): string }).getEmail();
    if (!this._data.editors.includes(email)) this._data.editors.push(email);
    return this._self();
  }
  addEditors(emailAddresses: string[]): GProtection {
    for (const e of emailAddresses) this.addEditor(e);
    return this._self();
  }
  removeEditor(emailAddress: unknown): GProtection {
    const email =
      typeof emailAddress === 'string' ? emailAddress : (emailAddress as { getEmail(): string }).getEmail();
    this._data.editors = this._data.editors.filter(e => e !== email);
    return this._self();
  }
  removeEditors(emailAddresses: unknown[]): GProtection {
    for (const e of emailAddresses) this.removeEditor(e);
    return this._self();
  }
  canEdit(): boolean {
    return this._data.editors.includes(this._ctx.userEmail) || this._data.warningOnly;
  }
  canDomainEdit(): boolean {
    return this._data.domainEdit;
  }
  setDomainEdit(editable: boolean): GProtection {
    this._data.domainEdit = Boolean(editable);
    return this._self();
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GProtection {
    this._data.unprotected = ranges.map(r => ({ ...(targetOf(r) as unknown as { _rect: Rect })._rect }));
    return this._self();
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._data.unprotected.map(r => this._ctx.rangeApi(this._sheet(), r));
  }
  remove(): void {
    const list = this._ctx.workbook.data.protections;
    const i = list.indexOf(this._data);
    if (i >= 0) list.splice(i, 1);
  }
}

export function protectionApi(ctx: RuntimeContext, data: ProtectionData): GProtection {
  return ctx.track(new ProtectionImpl(ctx, data), 'Protection') as unknown as GProtection;
}

/** sheet.protect() / range.protect(): the current user becomes the only editor, as in Sheets. */
export function newProtection(
  ctx: RuntimeContext,
  type: 'RANGE' | 'SHEET',
  sheet: SheetData,
  rect: Rect | null
): GProtection {
  if (type === 'SHEET') {
    const existing = ctx.workbook.data.protections.find(p => p.type === 'SHEET' && p.sheetId === sheet.id);
    if (existing) return protectionApi(ctx, existing);
  }
  const data: ProtectionData = {
    id: ctx.workbook.nextId(),
    type,
    sheetId: sheet.id,
    rect,
    description: '',
    warningOnly: false,
    editors: [ctx.userEmail],
    domainEdit: true,
    unprotected: [],
  };
  ctx.workbook.data.protections.push(data);
  return protectionApi(ctx, data);
}

/** Apps Script's error for a write into a protected range or sheet the user may not edit. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * Throws as Sheets does when the user may not edit `rect` of `sheet` (null: the sheet's structure, e.g. inserting
 * rows; only a sheet protection refuses those): a protection that is not warning-only and does not list the user as an editor covers it. Cells inside an
 * unprotected range of a sheet protection stay editable.
 */
export function assertEditable(ctx: RuntimeContext, sheet: SheetData, rect: Rect | null): void {
  for (const p of ctx.workbook.data.protections) {
    if (p.sheetId !== sheet.id || p.warningOnly || p.editors.includes(ctx.userEmail)) continue;
    if (p.type === 'RANGE') {
      if (p.rect && rect && intersects(p.rect, rect)) throw new Error(PROTECTED_MESSAGE);
    } else if (!rect || !p.unprotected.some(u => contains(u, rect))) {
      throw new Error(PROTECTED_MESSAGE);
    }
  }
}
