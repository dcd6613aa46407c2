// The SpreadsheetApp global: entry points, builders and enums (enum values are their names, as strings).
import { CHART_TYPES } from './charts';
import { cfBuilder } from './conditional-format';
import type { RuntimeContext } from './context';
import { targetOf } from './counter';
import { validationBuilder } from './validation';

const enumOf = (...names: string[]) => Object.freeze(Object.fromEntries(names.map(n => [n, n])));

export const SPREADSHEET_ENUMS = {
  BorderStyle: enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
  DataValidationCriteria: enumOf(
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_BETWEEN',
    'DATE_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER',
    'DATE_ON_OR_BEFORE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CUSTOM_FORMULA',
    'CHECKBOX'
  ),
  BooleanCriteria: enumOf(
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_EQUAL_TO',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_ENDS_WITH',
    'TEXT_EQUAL_TO',
    'TEXT_STARTS_WITH',
    'CUSTOM_FORMULA'
  ),
  ProtectionType: enumOf('RANGE', 'SHEET'),
  DeveloperMetadataLocationType: enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN', 'OBJECT'),
  DeveloperMetadataVisibility: enumOf('DOCUMENT', 'PROJECT'),
  WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
  InterpolationType: enumOf('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX'),
  Dimension: enumOf('COLUMNS', 'ROWS'),
  SheetType: enumOf('GRID', 'OBJECT', 'DATASOURCE'),
  CopyPasteType: enumOf(
    'PASTE_NORMAL',
    'PASTE_NO_BORDERS',
    'PASTE_FORMAT',
    'PASTE_FORMULA',
    'PASTE_DATA_VALIDATION',
    'PASTE_VALUES',
    'PASTE_CONDITIONAL_FORMATTING',
    'PASTE_COLUMN_WIDTHS'
  ),
  TextDirection: enumOf('LEFT_TO_RIGHT', 'RIGHT_TO_LEFT'),
  ChartHiddenDimensionStrategy: enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'),
  ChartMergeStrategy: enumOf('MERGE_COLUMNS', 'MERGE_ROWS'),
};

export const CHARTS_ENUMS = {
  ChartType: enumOf(...CHART_TYPES),
  Position: enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE'),
  CurveStyle: enumOf('NORMAL', 'SMOOTH'),
  PointStyle: enumOf('NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'),
  Orientation: enumOf('HORIZONTAL', 'VERTICAL'),
};

export function createSpreadsheetApp(
  ctx: RuntimeContext,
  getUi: () => GoogleAppsScript.Base.Ui
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const active = () => targetOf(ctx.spreadsheetApi());
  const app = {
    ...SPREADSHEET_ENUMS,
    getActive: () => ctx.spreadsheetApi(),
    getActiveSpreadsheet: () => ctx.spreadsheetApi(),
    getActiveSheet: () => active().getActiveSheet(),
    getActiveRange: () => active().getActiveRange(),
    getCurrentCell: () => active().getActiveCell(),
    setActiveSheet: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => active().setActiveSheet(sheet),
    setActiveRange: (range: GoogleAppsScript.Spreadsheet.Range) => active().setActiveRange(range),
    getUi: () => getUi(),
    flush: () => undefined,
    newDataValidation: () => validationBuilder(ctx),
    newConditionalFormatRule: () => cfBuilder(ctx),
  };
  return ctx.track(app, 'SpreadsheetApp') as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
