import type { Lang } from '../../i18n/lang';
import type { PaceStatus } from '../../core/pace';
import { labelsInEveryLang, statusLabel } from '../../i18n/labels';
import {
  canonicalFormula,
  COMPUTED_KEYS,
  columnLetter,
  computedFormula,
  formulaHeader,
  sameComputedFormula,
  sheetRef,
  type SettingsRef,
} from '../../schema/formulas';
import {
  mapColumnsByHeader,
  SETTING_ROWS,
  type CheckinColumnKey,
  type ColumnSpec,
  type OkrColumnKey,
  type SettingKey,
} from '../../schema/layout';
import { PERCENT_FORMAT, STATUS_COLORS } from './formats';
import { DASHBOARD, SETTINGS_HEADER, TITLES } from './messages';
import { isBlank } from '../../schema/okr-rows';
import { defaultSettingValues, mapSettingRows } from '../../schema/settings';

/** One cell to write, 1-based. A string starting with "=" is a formula. */
export interface CellWrite {
  row: number;
  col: number;
  value: unknown;
  /** A blank cell an array formula above spills into: it may show any value, but must hold no formula. */
  spill?: boolean;
}

/** What the installer read from a sheet: values and formulas of the same rectangle from A1. */
export interface SheetState {
  values: unknown[][];
  formulas: string[][];
}

export interface TablePlan<K extends string> {
  /** 0-based index of every column after the repair. */
  columns: Record<K, number>;
  /** Columns used after the repair (ours and the user's). */
  width: number;
  writes: CellWrite[];
  /** Header texts written where a column was missing. */
  restoredHeaders: string[];
  /** Keys put in a column that was empty before (they need formats). */
  addedColumns: K[];
  /** Our columns found by metadata or formula references whose header the user renamed: reported, kept. */
  renamedHeaders: { ours: string; now: string }[];
}

const isFormula = (value: unknown) => typeof value === 'string' && value.startsWith('=');

/** A header row as the user sees it: for an array-literal formula, the header text inside it. */
export function effectiveHeader(state: SheetState | null): unknown[] {
  if (!state) return [];
  const values = state.values[0] ?? [];
  const formulas = state.formulas[0] ?? [];
  const width = Math.max(values.length, formulas.length);
  const header: unknown[] = [];
  for (let c = 0; c < width; c++) header.push(formulaHeader(formulas[c]) ?? values[c] ?? '');
  return header;
}

function columnIsBlank(state: SheetState, col: number): boolean {
  return state.values.every((row, r) => isBlank(row[col]) && isBlank(state.formulas[r]?.[col]));
}

/**
 * Finds the table's columns by header (either language, any order) and plans the header of each missing one: in a
 * blank slot where it used to be (between its neighbours, when the header cell is blank) or else appended after
 * the last used column, so no user cell is overwritten. `knownColumns` (from the computed formulas' references)
 * finds a column whose header was renamed, so its data stays connected. Computed columns get their formula later
 * (planComputedFormulas), which also writes their header.
 */
export function planTableHeader<K extends string>(
  specs: readonly ColumnSpec<K>[],
  state: SheetState | null,
  lang: Lang,
  knownColumns: Partial<Record<K, number>> = {}
): TablePlan<K> {
  const header = effectiveHeader(state);
  const usedWidth = state ? Math.max(header.length, ...state.values.map(r => r.length)) : 0;
  // Known positions first (the add-on's column metadata, then the computed formulas' references), then header
  // text for the other keys, never on a column already known: a user column titled "Current" stays the user's.
  const found: Partial<Record<K, number>> = {};
  const renamedHeaders: { ours: string; now: string }[] = [];
  for (const spec of specs) {
    const known = knownColumns[spec.key];
    if (known === undefined || !state || known >= usedWidth) continue;
    if (Object.values(found).includes(known)) continue;
    const text = header[known];
    const ours = [spec.header.en, spec.header.fr].some(
      h =>
        h.trim().toLowerCase() ===
        String(text ?? '')
          .trim()
          .toLowerCase()
    );
    if (isBlank(text) && !spec.computed) continue; // a cleared header is put back below
    found[spec.key] = known;
    if (!ours && !spec.computed) renamedHeaders.push({ ours: spec.header[lang], now: String(text) });
  }
  const claimedByKnown = new Set(Object.values(found) as number[]);
  const byText = mapColumnsByHeader(
    header.map((h, i) => (claimedByKnown.has(i) ? '' : h)),
    specs
  );
  for (const spec of specs)
    if (found[spec.key] === undefined && byText[spec.key] !== undefined) found[spec.key] = byText[spec.key];
  const claimed = new Set(Object.values(found) as number[]);
  let nextFree = usedWidth;
  const writes: CellWrite[] = [];
  const restoredHeaders: string[] = [];
  const addedColumns: K[] = [];
  const slotIsFree = (col: number) =>
    state !== null && col >= 0 && col < usedWidth && !claimed.has(col) && isBlank(header[col]);

  specs.forEach((spec, i) => {
    if (found[spec.key] !== undefined) return;
    const prev = specs
      .slice(0, i)
      .reverse()
      .find(s => found[s.key] !== undefined);
    const next = specs.slice(i + 1).find(s => found[s.key] !== undefined);
    let col: number | undefined;
    const known = knownColumns[spec.key];
    // A column whose header was renamed or cleared but that our formulas still read: its header is put back.
    if (known !== undefined && !spec.computed && state && known < usedWidth && !claimed.has(known))
      col = known;
    else if (prev && slotIsFree(found[prev.key]! + 1)) col = found[prev.key]! + 1;
    else if (next && slotIsFree(found[next.key]! - 1)) col = found[next.key]! - 1;
    if (col === undefined || (state && !columnIsBlank(state, col) && spec.computed)) col = nextFree++;
    if (state === null || col >= usedWidth || columnIsBlank(state, col)) addedColumns.push(spec.key);
    found[spec.key] = col;
    claimed.add(col);
    if (!spec.computed) {
      writes.push({ row: 1, col: col + 1, value: spec.header[lang] });
      restoredHeaders.push(spec.header[lang]);
    }
  });
  return {
    columns: found as Record<K, number>,
    width: Math.max(nextFree, ...(Object.values(found) as number[]).map(c => c + 1)),
    writes,
    restoredHeaders,
    addedColumns,
    renamedHeaders,
  };
}

export interface ComputedPlan {
  writes: CellWrite[];
  /** Headers of the computed columns whose formula was missing or different. */
  restored: string[];
  /** Computed columns whose array cannot spill because of cells a user typed below (A1 list, not cleared). */
  blocked: { header: string; cells: string[] }[];
}

/** Plans the header-cell formula of each computed column from the current column positions. */
export function planComputedFormulas(
  columns: Record<OkrColumnKey, number>,
  state: SheetState | null,
  settings: SettingsRef,
  lang: Lang,
  sheetName: string
): ComputedPlan {
  const plan: ComputedPlan = { writes: [], restored: [], blocked: [] };
  for (const key of COMPUTED_KEYS) {
    const col = columns[key];
    const expected = computedFormula(key, columns, settings, lang);
    const actual = state?.formulas[0]?.[col] ?? '';
    const header = formulaHeader(expected) ?? key;
    if (!sameComputedFormula(key, actual, expected)) {
      plan.writes.push({ row: 1, col: col + 1, value: expected });
      if (state) plan.restored.push(header);
    }
    // A blocked array shows an error in its header cell; then every non-blank cell below was typed by a user.
    const shown = String(state?.values[0]?.[col] ?? '');
    if (state && actual !== '' && shown.startsWith('#')) {
      const cells: string[] = [];
      state.values.forEach((row, r) => {
        if (r > 0 && !isBlank(row[col])) cells.push(`${sheetRef(sheetName)}!${columnLetter(col)}${r + 1}`);
      });
      if (cells.length) plan.blocked.push({ header, cells });
    }
  }
  return plan;
}

export interface SettingsPlan {
  /** 1-based row of each setting after the repair. */
  rows: Record<SettingKey, number>;
  writes: CellWrite[];
  /** Labels of the settings added or filled with their default. */
  restored: string[];
}

/** Settings: header in row 1, one label/value row per setting; missing rows are appended, blank values filled. */
export function planSettings(
  values: unknown[][] | null,
  lang: Lang,
  now: Date,
  knownRows: Partial<Record<SettingKey, number>> = {}
): SettingsPlan {
  const defaults = defaultSettingValues(lang, now);
  // Rows by the add-on's row metadata (1-based) first, then by label for the others.
  const claimed = new Set(Object.values(knownRows));
  const byLabel = mapSettingRows((values ?? []).map((row, i) => (claimed.has(i + 1) ? '' : row[0])));
  const rows: Partial<Record<SettingKey, number>> = { ...byLabel, ...knownRows };
  const writes: CellWrite[] = [];
  const restored: string[] = [];
  SETTINGS_HEADER.forEach((text, i) => {
    if (isBlank(values?.[0]?.[i])) writes.push({ row: 1, col: i + 1, value: text[lang] });
  });
  let nextRow = Math.max(values?.length ?? 0, 1) + 1;
  for (const spec of SETTING_ROWS) {
    let row = rows[spec.key];
    if (row === undefined) {
      row = nextRow++;
      rows[spec.key] = row;
      writes.push({ row, col: 1, value: spec.header[lang] });
      writes.push({ row, col: 2, value: defaults[spec.key] });
      if (values) restored.push(spec.header[lang]);
    } else if (isBlank(values?.[row - 1]?.[1])) {
      writes.push({ row, col: 2, value: defaults[spec.key] });
      restored.push(spec.header[lang]);
    }
  }
  return { rows: rows as Record<SettingKey, number>, writes, restored };
}

export interface DashboardRefs {
  settings: SettingsRef;
  okrSheet: string;
  okrColumns: Record<OkrColumnKey, number>;
  checkinSheet: string;
  checkinColumns: Record<CheckinColumnKey, number>;
}

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
  charts: {
    id: 'objectives' | 'weeks';
    type: 'BAR' | 'LINE';
    range: string;
    title: string;
    row: number;
    col: number;
  }[];
}

/**
 * An array formula that shows blank instead of an error when it has nothing to list (FILTER of no row). The
 * ARRAYFORMULA wrapper makes the result spill: a bare IFERROR is sized as a single cell by HyperFormula (the local
 * runtime and preview), which then shows only the first row; Sheets spills both forms.
 */
export function arrayOrBlank(array: string): string {
  return `=ARRAYFORMULA(IFERROR(${array}; ""))`;
}

const STATUS_ORDER: PaceStatus[] = ['done', 'onTrack', 'atRisk', 'offTrack'];
/** Rows of the weekly table: a year of weeks. */
export const DASHBOARD_WEEKS = 53;
const FIRST_DATA_ROW = 11;

/**
 * The Dashboard: KR counts per status (COUNTIF on the Status column, both languages), progress per objective
 * (FILTER of the objective and its rollup, where the objective is written) and the overall progress as of each
 * ISO week of the log (OKR_WEEKLY_PROGRESS: each KR's last check-in so far), each a helper table that feeds a chart.
 */
export function dashboardLayout(lang: Lang, refs: DashboardRefs): DashboardLayout {
  // Whole columns from the header row (H1:H): a row a user inserts at row 2 stays inside them. The header row is
  // left out by the COUNTIF labels, by FILTER's row-number condition and by OKR_WEEKLY_PROGRESS's header argument.
  const okr = (key: OkrColumnKey) => {
    const letter = columnLetter(refs.okrColumns[key]);
    return `${sheetRef(refs.okrSheet)}!${letter}1:${letter}`;
  };
  const log = (key: CheckinColumnKey) => {
    const letter = columnLetter(refs.checkinColumns[key]);
    return `${sheetRef(refs.checkinSheet)}!${letter}1:${letter}`;
  };
  const belowHeader = (range: string) => `SEQUENCE(ROWS(${range}))>1`;
  const cells: CellWrite[] = [];
  const put = (a1row: number, col: number, value: unknown) => cells.push({ row: a1row, col, value });
  const lastWeekRow = FIRST_DATA_ROW + DASHBOARD_WEEKS - 1;
  const lastObjectiveRow = 60;

  put(1, 1, TITLES.dashboard[lang]);
  const language = `${sheetRef(refs.settings.sheetName)}!$B$${refs.settings.rows.language}`;
  // The headline overall progress: the figures module's rule (OKR_OVERALL), the same figure as the weekly review.
  put(2, 1, DASHBOARD.overallNow[lang]);
  put(2, 2, `=OKR_OVERALL(${okr('objective')}; ${okr('progress')}; ${okr('weight')}; ${language}; TRUE)`);
  put(3, 1, DASHBOARD.statusCounts[lang]);
  put(3, 2, DASHBOARD.count[lang]);
  STATUS_ORDER.forEach((status, i) => {
    put(4 + i, 1, statusLabel(lang, status));
    const counts = labelsInEveryLang(statusLabel, status).map(
      label => `COUNTIF(${okr('status')}; "${label}")`
    );
    put(4 + i, 2, `=${counts.join('+')}`);
  });
  put(9, 1, DASHBOARD.perObjective[lang]);
  put(10, 1, DASHBOARD.objective[lang]);
  put(10, 2, DASHBOARD.progress[lang]);
  const objective = okr('objective');
  const objectiveRows = `${objective}<>""; ${belowHeader(objective)}`;
  put(FIRST_DATA_ROW, 1, arrayOrBlank(`FILTER(${objective}; ${objectiveRows})`));
  put(FIRST_DATA_ROW, 2, arrayOrBlank(`FILTER(${okr('objectiveProgress')}; ${objectiveRows})`));
  put(9, 4, DASHBOARD.perWeek[lang]);
  put(10, 4, DASHBOARD.week[lang]);
  const week = log('week');
  // Only the Settings period's check-ins: rows the close tagged with another period are left out (rows not tagged
  // yet belong to the open period). The header row is kept for OKR_WEEKLY_PROGRESS's header argument.
  const logPeriod = log('period');
  const period = `${sheetRef(refs.settings.sheetName)}!$B$${refs.settings.rows.periodName}`;
  const ofPeriod = `(${logPeriod}="")+(${logPeriod}=${period})>0`;
  const headerOrPeriod = `(SEQUENCE(ROWS(${logPeriod}))=1)+(${logPeriod}="")+(${logPeriod}=${period})>0`;
  const inPeriod = (range: string) => `FILTER(${range}; ${headerOrPeriod})`;
  put(
    FIRST_DATA_ROW,
    4,
    arrayOrBlank(`SORT(UNIQUE(FILTER(${week}; ${week}<>""; ${belowHeader(week)}; ${ofPeriod})))`)
  );
  // In the table's header row: the weeks and the log's columns all start at a header row, skipped by the
  // function's header argument, whose text heads the column.
  put(
    FIRST_DATA_ROW - 1,
    5,
    `=OKR_WEEKLY_PROGRESS(D${FIRST_DATA_ROW - 1}:D${lastWeekRow}; ${inPeriod(week)}; ${inPeriod(log('krId'))}; ` +
      `${inPeriod(log('progress'))}; ${language}; "${DASHBOARD.overall[lang].replace(/"/g, '""')}")`
  );
  // Older installs had one AVERAGEIF per row here, then one formula under a typed header: the spill area must
  // hold no formula.
  for (let row = FIRST_DATA_ROW; row <= lastWeekRow; row++)
    cells.push({ row, col: 5, value: '', spill: true });
  const bold = new Set(['1:1', '2:1', '2:2', '3:1', '3:2', '9:1', '10:1', '10:2', '9:4', '10:4', '10:5']);
  const statusColor = (r: number, c: number) => {
    const status = c === 0 && r >= 3 && r < 3 + STATUS_ORDER.length ? STATUS_ORDER[r - 3] : null;
    return status ? STATUS_COLORS[status] : null;
  };
  const grid = <T>(cell: (r: number, c: number) => T): T[][] =>
    Array.from({ length: lastWeekRow }, (_, r) => Array.from({ length: 5 }, (_, c) => cell(r, c)));
  return {
    cells,
    area: `A1:E${lastWeekRow}`,
    backgrounds: grid((r, c) => statusColor(r, c)?.background ?? null),
    fontWeights: Array.from({ length: lastWeekRow }, (_, r) =>
      Array.from({ length: 5 }, (_, c) => (bold.has(`${r + 1}:${c + 1}`) ? 'bold' : 'normal'))
    ),
    numberFormats: Array.from({ length: lastWeekRow }, (_, r) =>
      Array.from({ length: 5 }, (_, c) => {
        const row = r + 1;
        const isPercent =
          (row === 2 && c === 1) ||
          (row >= FIRST_DATA_ROW && ((c === 1 && row <= lastObjectiveRow) || c === 4));
        return isPercent ? PERCENT_FORMAT : '0';
      })
    ),
    charts: [
      {
        id: 'objectives',
        type: 'BAR',
        range: `A10:B${lastObjectiveRow}`,
        title: DASHBOARD.perObjective[lang],
        row: 3,
        col: 7,
      },
      {
        id: 'weeks',
        type: 'LINE',
        range: `D10:E${lastWeekRow}`,
        title: DASHBOARD.perWeek[lang],
        row: 22,
        col: 7,
      },
    ],
  };
}

/**
 * The cells of `expected` to write on repair: a formula that differs from what the sheet holds, and a label whose
 * cell is blank. A label the user retyped (the Dashboard's titles in their own words) is theirs and kept.
 */
export function diffCells(expected: readonly CellWrite[], state: SheetState | null): CellWrite[] {
  return expected.filter(cell => {
    const value = state?.values[cell.row - 1]?.[cell.col - 1];
    const formula = state?.formulas[cell.row - 1]?.[cell.col - 1] ?? '';
    if (cell.spill) return formula !== '';
    if (isFormula(cell.value)) return canonicalFormula(formula) !== canonicalFormula(String(cell.value));
    return formula === '' && isBlank(value) && !isBlank(cell.value);
  });
}

export interface WriteBlock {
  row: number;
  col: number;
  values: unknown[][];
}

/**
 * Groups cell writes into as few rectangles as possible (runs of adjacent cells in a row, then runs of rows with
 * the same columns), so each rectangle is one setValues call. Cells not written are never part of a rectangle.
 */
export function groupWrites(writes: readonly CellWrite[]): WriteBlock[] {
  const byRow = new Map<number, Map<number, unknown>>();
  for (const w of writes) {
    if (!byRow.has(w.row)) byRow.set(w.row, new Map());
    byRow.get(w.row)!.set(w.col, w.value);
  }
  const runs: { row: number; col: number; values: unknown[] }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = byRow.get(row)!;
    for (const col of [...cols.keys()].sort((a, b) => a - b)) {
      const last = runs[runs.length - 1];
      if (last && last.row === row && last.col + last.values.length === col) last.values.push(cols.get(col));
      else runs.push({ row, col, values: [cols.get(col)] });
    }
  }
  const blocks: WriteBlock[] = [];
  // The last block of each column span, to extend it when the next row has a run with the same span.
  const open = new Map<string, WriteBlock>();
  for (const run of runs) {
    const span = `${run.col}:${run.values.length}`;
    const block = open.get(span);
    if (block && block.row + block.values.length === run.row) {
      block.values.push(run.values);
    } else {
      const fresh = { row: run.row, col: run.col, values: [run.values] };
      blocks.push(fresh);
      open.set(span, fresh);
    }
  }
  return blocks;
}

/** All writes as ONE rectangle (blank text in the gaps): for a sheet we just created, where every cell is ours. */
export function boundingBlock(writes: readonly CellWrite[]): WriteBlock | null {
  if (writes.length === 0) return null;
  const top = Math.min(...writes.map(w => w.row));
  const left = Math.min(...writes.map(w => w.col));
  const bottom = Math.max(...writes.map(w => w.row));
  const right = Math.max(...writes.map(w => w.col));
  const values = Array.from({ length: bottom - top + 1 }, () =>
    new Array<unknown>(right - left + 1).fill('')
  );
  for (const w of writes) values[w.row - top][w.col - left] = w.value;
  return { row: top, col: left, values };
}
