import type { PaceStatus } from '../../core/pace';
import type { Lang } from '../../i18n/lang';
import { labelsInEveryLang, statusLabel } from '../../i18n/labels';
import { columnLetter, sheetRef } from '../../schema/a1';
import type { SettingsRef } from '../../schema/formulas';
import type { CheckinColumnKey, OkrColumnKey } from '../../schema/layout';
import { PERCENT_FORMAT, STATUS_COLORS, STATUS_ORDER } from './formats';
import { say } from './texts';
import type { CellWrite } from './plan';

/**
 * The Dashboard as ONE table of blocks: KR counts per status (COUNTIF on the Status column, both languages),
 * progress per objective (FILTER of the objective and its rollup, where the objective is written) and the overall
 * progress as of each ISO week of the log (OKR_WEEKLY_PROGRESS: each KR's last check-in so far), each a helper
 * table that feeds a chart. The cells install writes, their formats, the charts' ranges, the area repair reads and
 * the place of the period tables under it (src/features/period/dashboard-tables.ts) all come from this table.
 */
export interface DashboardRefs {
  settings: SettingsRef;
  okrSheet: string;
  okrColumns: Record<OkrColumnKey, number>;
  checkinSheet: string;
  checkinColumns: Record<CheckinColumnKey, number>;
}

/** What a block's formula is built from. */
interface FormulaParts {
  lang: Lang;
  /** A whole column of the OKRs sheet from its header row (`OKRs!H1:H`). */
  okr: (key: OkrColumnKey) => string;
  /** A whole column of the log from its header row. */
  log: (key: CheckinColumnKey) => string;
  /** A setting's value cell (`Settings!$B$7`). */
  setting: (key: keyof SettingsRef['rows']) => string;
  /** The Dashboard's own range from one block's anchor to the last row of another (`D10:D63`). */
  span: (from: DashboardBlockKey, to: DashboardBlockKey) => string;
}

interface Block {
  /** 1-based row and column of the block's first cell. */
  row: number;
  col: number;
  /** Rows the block covers (a list spills below its formula); 1 when absent. */
  rows?: number;
  /** Literal text in the first cell. */
  label?: (lang: Lang) => string;
  /** Formula in the first cell. */
  formula?: (parts: FormulaParts) => string;
  /** Number format of the block's cells ('0' when absent). */
  format?: string;
  bold?: boolean;
  background?: string;
  /** Every cell of the block is filled by an array above it: repair keeps them free of any formula. */
  spill?: boolean;
}

/** Rows of the weekly table: a year of weeks. */
export const DASHBOARD_WEEKS = 53;
/** Rows of the per-objective table. */
const OBJECTIVE_ROWS = 50;
const FIRST_DATA_ROW = 11;

/**
 * An array formula that shows blank instead of an error when it has nothing to list (FILTER of no row). The
 * ARRAYFORMULA wrapper makes the result spill: a bare IFERROR is sized as a single cell by HyperFormula (the local
 * runtime and preview), which then shows only the first row; Sheets spills both forms.
 */
export function arrayOrBlank(array: string): string {
  return `=ARRAYFORMULA(IFERROR(${array}; ""))`;
}

/** Whole columns from the header row are left out by FILTER's row-number condition. */
const belowHeader = (range: string) => `SEQUENCE(ROWS(${range}))>1`;

/**
 * Only the Settings period's check-ins: rows the close tagged with another period are left out (rows not tagged
 * yet belong to the open period).
 */
const ofPeriod = (p: FormulaParts) =>
  `(${p.log('period')}="")+(${p.log('period')}=${p.setting('periodName')})`;
/** The same, keeping the header row for OKR_WEEKLY_PROGRESS's header argument. */
const inPeriod = (p: FormulaParts, range: string) =>
  `FILTER(${range}; (SEQUENCE(ROWS(${p.log('period')}))=1)+${ofPeriod(p)}>0)`;
const objectiveRows = (p: FormulaParts) => `${p.okr('objective')}<>""; ${belowHeader(p.okr('objective'))}`;

const statusBlocks = Object.fromEntries(
  STATUS_ORDER.flatMap((status, i): [string, Block][] => [
    [
      `${status}Label`,
      {
        row: 4 + i,
        col: 1,
        label: lang => statusLabel(lang, status),
        background: STATUS_COLORS[status].background,
      },
    ],
    [
      `${status}Count`,
      {
        row: 4 + i,
        col: 2,
        formula: p =>
          '=' +
          labelsInEveryLang(statusLabel, status)
            .map(label => `COUNTIF(${p.okr('status')}; "${label}")`)
            .join('+'),
      },
    ],
  ])
) as Record<`${PaceStatus}${'Label' | 'Count'}`, Block>;

export type DashboardBlockKey =
  | 'title'
  | 'overallLabel'
  | 'overall'
  | 'statusTitle'
  | 'countTitle'
  | `${PaceStatus}${'Label' | 'Count'}`
  | 'objectivesTitle'
  | 'objectiveHeader'
  | 'progressHeader'
  | 'objectives'
  | 'objectiveProgress'
  | 'weeksTitle'
  | 'weekHeader'
  | 'weeks'
  | 'weeklyProgress'
  | 'weeklyValues';

const blocks: Record<DashboardBlockKey, Block> = {
  title: { row: 1, col: 1, label: lang => say(lang, 'dashboardTitle'), bold: true },
  // The headline overall progress: the figures module's rule (OKR_OVERALL), the same figure as the weekly review.
  overallLabel: { row: 2, col: 1, label: lang => say(lang, 'dashboardOverallNow'), bold: true },
  overall: {
    row: 2,
    col: 2,
    formula: p =>
      `=OKR_OVERALL(${p.okr('objective')}; ${p.okr('progress')}; ${p.okr('weight')}; ${p.setting('language')}; TRUE)`,
    format: PERCENT_FORMAT,
    bold: true,
  },
  statusTitle: { row: 3, col: 1, label: lang => say(lang, 'dashboardStatusCounts'), bold: true },
  countTitle: { row: 3, col: 2, label: lang => say(lang, 'dashboardCount'), bold: true },
  ...statusBlocks,
  objectivesTitle: { row: 9, col: 1, label: lang => say(lang, 'dashboardPerObjective'), bold: true },
  objectiveHeader: { row: 10, col: 1, label: lang => say(lang, 'dashboardObjective'), bold: true },
  progressHeader: { row: 10, col: 2, label: lang => say(lang, 'dashboardProgress'), bold: true },
  objectives: {
    row: FIRST_DATA_ROW,
    col: 1,
    rows: OBJECTIVE_ROWS,
    formula: p => arrayOrBlank(`FILTER(${p.okr('objective')}; ${objectiveRows(p)})`),
  },
  objectiveProgress: {
    row: FIRST_DATA_ROW,
    col: 2,
    rows: OBJECTIVE_ROWS,
    formula: p => arrayOrBlank(`FILTER(${p.okr('objectiveProgress')}; ${objectiveRows(p)})`),
    format: PERCENT_FORMAT,
  },
  weeksTitle: { row: 9, col: 4, label: lang => say(lang, 'dashboardPerWeek'), bold: true },
  weekHeader: { row: 10, col: 4, label: lang => say(lang, 'dashboardWeek'), bold: true },
  weeks: {
    row: FIRST_DATA_ROW,
    col: 4,
    rows: DASHBOARD_WEEKS,
    formula: p =>
      arrayOrBlank(
        `SORT(UNIQUE(FILTER(${p.log('week')}; ${p.log('week')}<>""; ${belowHeader(p.log('week'))}; ${ofPeriod(p)}>0)))`
      ),
  },
  // In the table's header row: the weeks and the log's columns all start at a header row, skipped by the
  // function's header argument, whose text heads the column.
  weeklyProgress: {
    row: FIRST_DATA_ROW - 1,
    col: 5,
    formula: p =>
      `=OKR_WEEKLY_PROGRESS(${p.span('weekHeader', 'weeks')}; ${inPeriod(p, p.log('week'))}; ${inPeriod(p, p.log('krId'))}; ` +
      `${inPeriod(p, p.log('progress'))}; ${p.setting('language')}; "${say(p.lang, 'dashboardOverall').replace(/"/g, '""')}")`,
    bold: true,
  },
  // Older installs had one AVERAGEIF per row here, then one formula under a typed header: the spill area must
  // hold no formula.
  weeklyValues: { row: FIRST_DATA_ROW, col: 5, rows: DASHBOARD_WEEKS, format: PERCENT_FORMAT, spill: true },
};
const lastRow = (block: Block) => block.row + (block.rows ?? 1) - 1;

/** 1-based row and column of a block's first cell: where install writes it and whatever reads it back looks. */
export function dashboardAnchor(key: DashboardBlockKey): { row: number; col: number } {
  return { row: blocks[key].row, col: blocks[key].col };
}

/** A1 notation of a block's first cell (`E10`). */
export const dashboardCell = (key: DashboardBlockKey): string =>
  `${columnLetter(blocks[key].col - 1)}${blocks[key].row}`;

const span = (from: DashboardBlockKey, to: DashboardBlockKey) =>
  `${dashboardCell(from)}:${columnLetter(blocks[to].col - 1)}${lastRow(blocks[to])}`;

const AREA_ROWS = Math.max(...Object.values(blocks).map(lastRow));
const AREA_COLS = Math.max(...Object.values(blocks).map(block => block.col));
/** The install's own area: every cell of it is the Dashboard's. */
export const DASHBOARD_AREA = `A1:${columnLetter(AREA_COLS - 1)}${AREA_ROWS}`;

export interface DashboardChart {
  id: 'objectives' | 'weeks';
  type: 'BAR' | 'LINE';
  /** Data range, A1 (header row included). */
  range: string;
  title: string;
  row: number;
  col: number;
}

/** The charts: each reads one table of the area (from its header to the end of its list), right of the area. */
const CHARTS = [
  {
    id: 'objectives',
    type: 'BAR',
    from: 'objectiveHeader',
    to: 'objectiveProgress',
    row: 3,
    title: 'dashboardPerObjective',
  },
  { id: 'weeks', type: 'LINE', from: 'weekHeader', to: 'weeklyValues', row: 22, title: 'dashboardPerWeek' },
] as const;
const CHART_COLUMN = AREA_COLS + 2;

/** Where the period tables go (src/features/period/dashboard-tables.ts): under the charts, below the area, one row apart. */
export const PERIOD_TABLES_ANCHOR = { row: AREA_ROWS + 3, col: CHART_COLUMN };

export interface DashboardLayout {
  /** Every cell the dashboard owns (blank text where it owns nothing in its area). */
  cells: CellWrite[];
  /** The dashboard's area, A1 notation (its helper tables). */
  area: string;
  /** Number formats of the whole area, row by row (percent for progress, plain numbers elsewhere). */
  numberFormats: string[][];
  /** Font weights of the whole area, row by row: the title and the tables' titles and headers are bold. */
  fontWeights: ('bold' | 'normal')[][];
  /** Backgrounds of the whole area: each status label wears its status colour (STATUS_COLORS). */
  backgrounds: (string | null)[][];
  charts: DashboardChart[];
}

/** The Dashboard's cells, formats and charts for these sheets and columns, from the table of blocks. */
export function dashboardLayout(lang: Lang, refs: DashboardRefs): DashboardLayout {
  // Whole columns from the header row (H1:H): a row a user inserts at row 2 stays inside them.
  const column = (sheet: string, index: number) => {
    const letter = columnLetter(index);
    return `${sheetRef(sheet)}!${letter}1:${letter}`;
  };
  const parts: FormulaParts = {
    lang,
    okr: key => column(refs.okrSheet, refs.okrColumns[key]),
    log: key => column(refs.checkinSheet, refs.checkinColumns[key]),
    setting: key => `${sheetRef(refs.settings.sheetName)}!$B$${refs.settings.rows[key]}`,
    span,
  };
  const cells: CellWrite[] = [];
  const grid = <T>(fill: T): T[][] =>
    Array.from({ length: AREA_ROWS }, () => new Array<T>(AREA_COLS).fill(fill));
  const numberFormats = grid('0');
  const fontWeights = grid<'bold' | 'normal'>('normal');
  const backgrounds = grid<string | null>(null);
  for (const block of Object.values(blocks)) {
    const { row, col } = block;
    if (block.label) cells.push({ row, col, value: block.label(lang) });
    if (block.formula) cells.push({ row, col, value: block.formula(parts) });
    for (let r = row; r <= lastRow(block); r++) {
      if (block.spill) cells.push({ row: r, col, value: '', spill: true });
      if (block.format) numberFormats[r - 1][col - 1] = block.format;
      if (block.bold) fontWeights[r - 1][col - 1] = 'bold';
      if (block.background) backgrounds[r - 1][col - 1] = block.background;
    }
  }
  return {
    cells,
    area: DASHBOARD_AREA,
    numberFormats,
    fontWeights,
    backgrounds,
    charts: CHARTS.map(chart => ({
      id: chart.id,
      type: chart.type,
      range: span(chart.from, chart.to),
      title: say(lang, chart.title),
      row: chart.row,
      col: CHART_COLUMN,
    })),
  };
}
