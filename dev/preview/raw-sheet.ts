/** Everything the preview reads from one sheet of the runtime, before it becomes page data or an .xlsx sheet. */
export interface RawChart {
  type: string;
  title: string;
  /** The chart's source cells as computed values, header row first. */
  data: unknown[][];
  row: number;
  column: number;
  width: number;
  height: number;
}

export interface RawSheet {
  name: string;
  /** Size of the used area read (at least the frozen rows/columns). */
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  rowHeights?: number[];
  values: unknown[][];
  display: string[][];
  /** English-syntax formulas ('' when the cell holds a value). */
  formulas: string[][];
  numberFormats: string[][];
  /** Effective backgrounds, conditional-format colours included when the runtime resolves them. */
  backgrounds: (string | null)[][];
  fontWeights: string[][];
  fontColors: (string | null)[][];
  fontStyles: string[][];
  alignments: string[][];
  verticalAlignments?: string[][];
  wraps: boolean[][];
  charts: RawChart[];
}
