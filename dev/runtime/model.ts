// Plain-data state of an emulated spreadsheet. Everything here is JSON-serialisable: it is what rt.snapshot()
// returns and what createRuntime({ snapshot }) restores. Rows and columns are 1-based, as in Apps Script.

export type Scalar = string | number | boolean;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellStyle {
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  fontLine?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  border?: unknown[];
}

export interface ValidationData {
  type: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** One cell: `v` is the stored literal (dates as serial numbers), `f` the formula text the user typed. */
export interface CellData {
  v?: Scalar;
  f?: string;
  nf?: string;
  note?: string;
  st?: CellStyle;
  dv?: ValidationData;
}

export interface LineInfo {
  size?: number;
  hidden?: boolean;
}

export interface ConditionalRuleData {
  ranges: Rect[];
  condition: { type: string; values: unknown[] } | null;
  gradient?: {
    min?: [string, string, string];
    mid?: [string, string, string];
    max?: [string, string, string];
  };
  format: {
    background?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    strikethrough?: boolean;
    underline?: boolean;
  };
}

export interface ChartData {
  id: number;
  type: string;
  ranges: { sheetId: number; rect: Rect }[];
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  hiddenDimensionStrategy?: string;
  mergeStrategy?: string;
  numHeaders?: number;
  transpose?: boolean;
}

export interface SheetData {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  /** cells[row - 1][col - 1]; sparse (null/undefined = empty cell with default formatting). */
  cells: (CellData | null | undefined)[][];
  rowInfo: (LineInfo | null | undefined)[];
  colInfo: (LineInfo | null | undefined)[];
  merges: Rect[];
  cfRules: ConditionalRuleData[];
  charts: ChartData[];
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW'; sheetId: number; start: number; count: number }
  | { type: 'COLUMN'; sheetId: number; start: number; count: number };

export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: MetadataLocation;
}

export interface ProtectionData {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  rect: Rect | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: Rect[];
}

export interface NamedRangeData {
  name: string;
  sheetId: number;
  rect: Rect;
}

export interface WorkbookData {
  version: 1;
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheetId: number;
  nextId: number;
  sheets: SheetData[];
  namedRanges: NamedRangeData[];
  metadata: MetadataData[];
  protections: ProtectionData[];
  properties: {
    document: Record<string, string>;
    script: Record<string, string>;
    user: Record<string, string>;
  };
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function newSheetData(id: number, name: string, rows = DEFAULT_ROWS, cols = DEFAULT_COLS): SheetData {
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    frozenRows: 0,
    frozenCols: 0,
    hidden: false,
    tabColor: null,
    cells: [],
    rowInfo: [],
    colInfo: [],
    merges: [],
    cfRules: [],
    charts: [],
  };
}
