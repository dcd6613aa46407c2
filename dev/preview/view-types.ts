// Plain data the preview server sends to the page: what the grid, tabs, menus and panels need to draw.
// Shared by the server (dev/preview/*.ts) and the page (dev/preview/page/*.ts).
import type { MenuRecord } from '../runtime/ui';

export interface CellView {
  /** Display text, formatted as Sheets shows it. */
  t: string;
  /** Formula in the locale's syntax, when the cell holds one. */
  f?: string;
  /** Raw value as typed text for the editor when there is no formula (e.g. "0.45" for a 45 % cell). */
  e?: string;
  bg?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  wrap?: boolean;
  /** What hovering the cell shows: an error's message, or the cell's note. */
  tip?: string;
}

export interface ChartView {
  type: string;
  title: string;
  /** Series names (first column header is the category axis label). */
  headers: string[];
  /** One row per category: [category, value of series 1, value of series 2, ...]. */
  rows: (string | number | null)[][];
  /** Anchor cell, 1-based. */
  row: number;
  column: number;
  width: number;
  height: number;
}

/** A sheet as the preview page draws it (built from the runtime's SheetView by dev/preview/grid-view.ts). */
export interface GridView {
  name: string;
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  rowHeights: number[];
  /** cells[r][c], 0-based; null for an empty, unformatted cell. */
  cells: (CellView | null)[][];
  charts: ChartView[];
}

/** The add-on's menus as the runtime recorded them (an add-on menu shows under Extensions). */
export type { MenuRecord as MenuView } from '../runtime/ui';

export interface PanelRef {
  id: string;
  kind: 'sidebar' | 'dialog';
  title: string;
  width?: number;
  height?: number;
}

export interface Notice {
  kind: 'toast' | 'alert';
  title: string;
  message: string;
}

/** A button the user pressed (Apps Script's Button name) and, for a prompt, the text typed. */
export interface Answer {
  button: string;
  text?: string;
}

/** An alert with a choice or a prompt the add-on is waiting on: run the same request again with one more answer. */
export interface Question {
  kind: 'alert' | 'prompt';
  title: string;
  message: string;
  /** Apps Script's ButtonSet: OK, OK_CANCEL, YES_NO, YES_NO_CANCEL. */
  buttons: string;
  /** The answers already given in this run, to send back followed by the new one. */
  answers: Answer[];
}

export interface PreviewState {
  locale: string;
  file: string;
  sheets: string[];
  activeSheet: string | null;
  /** The add-on's active cell (A1) when it is on the active sheet, e.g. after a dialog called range.activate(). */
  activeCell: string | null;
  view: GridView | null;
  menus: MenuRecord[];
  sidebar: PanelRef | null;
  dialog: PanelRef | null;
  /** Toasts and alerts shown by the last action (empty on a plain GET). */
  notices: Notice[];
  /** The question the last action is waiting on, if any. */
  question: Question | null;
}
