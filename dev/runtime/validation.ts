// Data validation rules and their builder (a local object in Apps Script: its calls are not Spreadsheet calls).
import type { RuntimeContext } from './context';
import { targetOf } from './counter';
import type { Rect, ValidationData } from './model';
import { rectToA1, quoteSheetName } from './a1';

type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GRule = GoogleAppsScript.Spreadsheet.DataValidation;

class DataValidationImpl implements Partial<GRule> {
  constructor(
    private readonly _ctx: RuntimeContext,
    readonly _data: ValidationData
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this._data.type as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this._data.values.map(v => {
      if (v && typeof v === 'object' && 'rangeSheetId' in v) {
        const ref = v as { rangeSheetId: number; rect: Rect };
        const sheet = this._ctx.workbook.sheetById(ref.rangeSheetId);
        return sheet ? this._ctx.rangeApi(sheet, ref.rect) : null;
      }
      if (v && typeof v === 'object' && 'date' in v) return this._ctx.makeDate((v as { date: number }).date);
      return Array.isArray(v) ? [...v] : v;
    });
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string {
    return this._data.helpText as string;
  }
  copy(): GBuilder {
    return validationBuilder(this._ctx, structuredClone(this._data));
  }
}

class DataValidationBuilderImpl implements Partial<GBuilder> {
  constructor(
    private readonly _ctx: RuntimeContext,
    private _data: ValidationData
  ) {}
  private _self(): GBuilder {
    return this as unknown as GBuilder;
  }
  private _set(type: string, values: unknown[]): GBuilder {
    this._data.type = type;
    this._data.values = values;
    return this._self();
  }
  private _date(d: Date): { date: number } {
    return { date: d.getTime() };
  }
  requireValueInList(values: string[], showDropdown?: boolean): GBuilder {
    return this._set('VALUE_IN_LIST', [[...values].map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): GBuilder {
    const r = targetOf(range) as unknown as { _sheet: { id: number; name: string }; _rect: Rect };
    return this._set('VALUE_IN_RANGE', [
      {
        rangeSheetId: r._sheet.id,
        rect: { ...r._rect },
        a1: `${quoteSheetName(r._sheet.name)}!${rectToA1(r._rect)}`,
      },
      showDropdown ?? true,
    ]);
  }
  requireNumberBetween(start: number, end: number): GBuilder {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): GBuilder {
    return this._set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): GBuilder {
    return this._set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number): GBuilder {
    return this._set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): GBuilder {
    return this._set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): GBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): GBuilder {
    return this._set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): GBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GBuilder {
    return this._set(
      'CHECKBOX',
      [checkedValue, uncheckedValue].filter(v => v !== undefined)
    );
  }
  requireDate(): GBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): GBuilder {
    return this._set('DATE_AFTER', [this._date(date)]);
  }
  requireDateBefore(date: Date): GBuilder {
    return this._set('DATE_BEFORE', [this._date(date)]);
  }
  requireDateOnOrAfter(date: Date): GBuilder {
    return this._set('DATE_ON_OR_AFTER', [this._date(date)]);
  }
  requireDateOnOrBefore(date: Date): GBuilder {
    return this._set('DATE_ON_OR_BEFORE', [this._date(date)]);
  }
  requireDateBetween(start: Date, end: Date): GBuilder {
    return this._set('DATE_BETWEEN', [this._date(start), this._date(end)]);
  }
  requireDateEqualTo(date: Date): GBuilder {
    return this._set('DATE_EQUAL_TO', [this._date(date)]);
  }
  requireFormulaSatisfied(formula: string): GBuilder {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  requireTextContains(text: string): GBuilder {
    return this._set('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): GBuilder {
    return this._set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): GBuilder {
    return this._set('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): GBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): GBuilder {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  setAllowInvalid(allowInvalidData: boolean): GBuilder {
    this._data.allowInvalid = Boolean(allowInvalidData);
    return this._self();
  }
  setHelpText(helpText: string): GBuilder {
    this._data.helpText = String(helpText);
    return this._self();
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): GBuilder {
    return this._set(String(criteria), [...args]);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this._data.type as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._data.values];
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string {
    return this._data.helpText as string;
  }
  build(): GRule {
    if (!this._data.type) throw new Error('You must specify a criteria type.');
    return this._ctx.validationApi(structuredClone(this._data));
  }
}

export function validationApi(ctx: RuntimeContext, data: ValidationData): GRule {
  return ctx.track(new DataValidationImpl(ctx, data), 'DataValidation') as unknown as GRule;
}

export function validationBuilder(ctx: RuntimeContext, data?: ValidationData): GBuilder {
  return ctx.track(
    new DataValidationBuilderImpl(ctx, data ?? { type: '', values: [], allowInvalid: true, helpText: null }),
    'DataValidationBuilder'
  ) as unknown as GBuilder;
}
