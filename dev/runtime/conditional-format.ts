// Conditional-format rules, their builder (local in Apps Script: not counted as Spreadsheet calls) and the
// evaluation the preview uses to colour cells.
import { DetailedCellError } from 'hyperformula';
import { contains } from './a1';
import type { RuntimeContext } from './context';
import { targetOf } from './counter';
import { shiftFormulaReferences } from './formula-text';
import type { ConditionalRuleData, Rect, SheetData } from './model';
import type { Workbook } from './workbook';

type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

class BooleanConditionImpl {
  constructor(private readonly _rule: ConditionalRuleData) {}
  getCriteriaType(): string {
    return this._rule.condition?.type ?? '';
  }
  getCriteriaValues(): unknown[] {
    return [...(this._rule.condition?.values ?? [])];
  }
  getBackground(): string | null {
    return this._rule.format.background ?? null;
  }
  getFontColor(): string | null {
    return this._rule.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._rule.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._rule.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this._rule.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this._rule.format.underline ?? null;
  }
}

class ConditionalFormatRuleImpl implements Partial<GRule> {
  constructor(
    private readonly _ctx: RuntimeContext,
    readonly _data: ConditionalRuleData,
    private readonly _sheetId: number | null
  ) {}
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const sheet = this._sheetId === null ? undefined : this._ctx.workbook.sheetById(this._sheetId);
    return sheet ? this._data.ranges.map(r => this._ctx.rangeApi(sheet, r)) : [];
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    if (!this._data.condition) return null;
    return this._ctx.track(
      new BooleanConditionImpl(this._data),
      'BooleanCondition'
    ) as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    const g = this._data.gradient;
    if (!g) return null;
    return this._ctx.track(
      {
        getMinColor: () => g.min?.[0] ?? '',
        getMinType: () => g.min?.[1] ?? '',
        getMinValue: () => g.min?.[2] ?? '',
        getMidColor: () => g.mid?.[0] ?? '',
        getMidType: () => g.mid?.[1] ?? '',
        getMidValue: () => g.mid?.[2] ?? '',
        getMaxColor: () => g.max?.[0] ?? '',
        getMaxType: () => g.max?.[1] ?? '',
        getMaxValue: () => g.max?.[2] ?? '',
      },
      'GradientCondition'
    ) as unknown as GoogleAppsScript.Spreadsheet.GradientCondition;
  }
  copy(): GBuilder {
    return cfBuilder(this._ctx, structuredClone(this._data), this._sheetId);
  }
}

class ConditionalFormatRuleBuilderImpl implements Partial<GBuilder> {
  constructor(
    private readonly _ctx: RuntimeContext,
    private readonly _data: ConditionalRuleData,
    private _sheetId: number | null
  ) {}
  private _self(): GBuilder {
    return this as unknown as GBuilder;
  }
  private _when(type: string, ...values: unknown[]): GBuilder {
    this._data.condition = { type, values };
    delete this._data.gradient;
    return this._self();
  }
  whenCellEmpty(): GBuilder {
    return this._when('CELL_EMPTY');
  }
  whenCellNotEmpty(): GBuilder {
    return this._when('CELL_NOT_EMPTY');
  }
  whenFormulaSatisfied(formula: string): GBuilder {
    return this._when('CUSTOM_FORMULA', formula);
  }
  whenNumberBetween(start: number, end: number): GBuilder {
    return this._when('NUMBER_BETWEEN', start, end);
  }
  whenNumberNotBetween(start: number, end: number): GBuilder {
    return this._when('NUMBER_NOT_BETWEEN', start, end);
  }
  whenNumberEqualTo(n: number): GBuilder {
    return this._when('NUMBER_EQUAL_TO', n);
  }
  whenNumberNotEqualTo(n: number): GBuilder {
    return this._when('NUMBER_NOT_EQUAL_TO', n);
  }
  whenNumberGreaterThan(n: number): GBuilder {
    return this._when('NUMBER_GREATER_THAN', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): GBuilder {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  whenNumberLessThan(n: number): GBuilder {
    return this._when('NUMBER_LESS_THAN', n);
  }
  whenNumberLessThanOrEqualTo(n: number): GBuilder {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  whenTextContains(text: string): GBuilder {
    return this._when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): GBuilder {
    return this._when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextEqualTo(text: string): GBuilder {
    return this._when('TEXT_EQUAL_TO', text);
  }
  whenTextStartsWith(text: string): GBuilder {
    return this._when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): GBuilder {
    return this._when('TEXT_ENDS_WITH', text);
  }
  setBackground(color: string | null): GBuilder {
    return this._fmt('background', color);
  }
  setFontColor(color: string | null): GBuilder {
    return this._fmt('fontColor', color);
  }
  setBold(bold: boolean | null): GBuilder {
    return this._fmt('bold', bold);
  }
  setItalic(italic: boolean | null): GBuilder {
    return this._fmt('italic', italic);
  }
  setStrikethrough(s: boolean | null): GBuilder {
    return this._fmt('strikethrough', s);
  }
  setUnderline(u: boolean | null): GBuilder {
    return this._fmt('underline', u);
  }
  private _fmt(key: keyof ConditionalRuleData['format'], value: unknown): GBuilder {
    if (value === null || value === undefined) delete this._data.format[key];
    else (this._data.format as Record<string, unknown>)[key] = value;
    return this._self();
  }
  private _gradient(point: 'min' | 'mid' | 'max', color: string, type: unknown, value: unknown): GBuilder {
    this._data.gradient = { ...this._data.gradient, [point]: [color, String(type), String(value ?? '')] };
    this._data.condition = null;
    return this._self();
  }
  setGradientMinpoint(color: string): GBuilder {
    return this._gradient('min', color, 'MIN', '');
  }
  setGradientMaxpoint(color: string): GBuilder {
    return this._gradient('max', color, 'MAX', '');
  }
  setGradientMinpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string
  ): GBuilder {
    return this._gradient('min', color, type, value);
  }
  setGradientMidpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string
  ): GBuilder {
    return this._gradient('mid', color, type, value);
  }
  setGradientMaxpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string
  ): GBuilder {
    return this._gradient('max', color, type, value);
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GBuilder {
    const impls = ranges.map(r => targetOf(r) as unknown as { _sheet: SheetData; _rect: Rect });
    this._data.ranges = impls.map(r => ({ ...r._rect }));
    if (impls[0]) this._sheetId = impls[0]._sheet.id;
    return this._self();
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const sheet = this._sheetId === null ? undefined : this._ctx.workbook.sheetById(this._sheetId);
    return sheet ? this._data.ranges.map(r => this._ctx.rangeApi(sheet, r)) : [];
  }
  build(): GRule {
    return cfRuleApi(this._ctx, structuredClone(this._data), this._sheetId);
  }
  copy(): GBuilder {
    return cfBuilder(this._ctx, structuredClone(this._data), this._sheetId);
  }
}

export function cfRuleApi(ctx: RuntimeContext, data: ConditionalRuleData, sheetId: number | null): GRule {
  return ctx.track(
    new ConditionalFormatRuleImpl(ctx, data, sheetId),
    'ConditionalFormatRule'
  ) as unknown as GRule;
}

export function cfRuleData(rule: GRule): ConditionalRuleData {
  const impl = targetOf(rule) as unknown as { _data?: ConditionalRuleData };
  if (!impl._data) throw new Error('Invalid argument: rules');
  return impl._data;
}

export function cfBuilder(
  ctx: RuntimeContext,
  data?: ConditionalRuleData,
  sheetId: number | null = null
): GBuilder {
  return ctx.track(
    new ConditionalFormatRuleBuilderImpl(ctx, data ?? { ranges: [], condition: null, format: {} }, sheetId),
    'ConditionalFormatRuleBuilder'
  ) as unknown as GBuilder;
}

function conditionHolds(
  wb: Workbook,
  sheet: SheetData,
  rule: ConditionalRuleData,
  anchor: Rect,
  row: number,
  col: number,
  value: unknown
): boolean {
  const c = rule.condition;
  if (!c) return false;
  const [a, b] = c.values as [unknown, unknown];
  const num = typeof value === 'number' ? value : value instanceof Date ? NaN : Number.NaN;
  const text = String(value ?? '').toLowerCase();
  switch (c.type) {
    case 'CELL_EMPTY':
      return value === '' || value === null;
    case 'CELL_NOT_EMPTY':
      return value !== '' && value !== null;
    case 'NUMBER_BETWEEN':
      return num >= Number(a) && num <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(num) && (num < Number(a) || num > Number(b));
    case 'NUMBER_EQUAL_TO':
      return num === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(num) && num !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return num > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num >= Number(a);
    case 'NUMBER_LESS_THAN':
      return num < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num <= Number(a);
    case 'TEXT_CONTAINS':
      return text.includes(String(a).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(String(a).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text === String(a).toLowerCase();
    case 'TEXT_STARTS_WITH':
      return text.startsWith(String(a).toLowerCase());
    case 'TEXT_ENDS_WITH':
      return text.endsWith(String(a).toLowerCase());
    case 'CUSTOM_FORMULA': {
      const formula = shiftFormulaReferences(String(a), row - anchor.row, col - anchor.col);
      try {
        const result = wb.hf.calculateFormula(formula, wb.hfId(sheet));
        if (result instanceof DetailedCellError || Array.isArray(result)) return false;
        return Boolean(result) && result !== 'FALSE';
      } catch {
        return false;
      }
    }
    default:
      return false;
  }
}

/** The conditional format that applies to a cell (first matching rule wins, as in Sheets), if any. */
export function resolveConditionalFormat(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  value: unknown
): ConditionalRuleData['format'] | null {
  const cellRect = { row, col, rows: 1, cols: 1 };
  for (const rule of sheet.cfRules) {
    const anchor = rule.ranges.find(r => contains(r, cellRect));
    if (!anchor) continue;
    if (rule.gradient) continue;
    if (conditionHolds(wb, sheet, rule, rule.ranges[0], row, col, value)) return rule.format;
  }
  return null;
}
