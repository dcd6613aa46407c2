import type { Lang } from '../../i18n/lang';
import { columnLetter, sheetRef } from '../../schema/a1';
import {
  canonicalFormula,
  COMPUTED_KEYS,
  computedFormula,
  formulaHeader,
  sameComputedFormula,
  type SettingsRef,
} from '../../schema/formulas';
import { columnLabel, settingsHeader } from '../../i18n/schema-labels';
import { keyOfLabel, locateByMetadataThenHeader } from '../../schema/locate';
import { SETTING_ROWS, type ColumnSpec, type OkrColumnKey, type SettingKey } from '../../schema/layout';
import { isBlank } from '../../schema/okr-rows';
import type { DashboardChart, DashboardLayout } from './dashboard';
import {
  columnRuns,
  DASHBOARD_LABEL_WIDTH,
  LOG_FORMAT_POLICY,
  okrFormatPolicy,
  settingsFormatPolicy,
  widthRuns,
  type ChipPolicy,
  type ValidationPolicy,
  type VerticalAlignment,
} from './formats';
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

/** A header row as the user sees it: for a computed column's formula, the header text it shows. */
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
 * Finds the table's columns (known positions, then any label they ever shipped under, in any language, any order)
 * and plans the header of each missing one: in a blank slot where it used to be (between its neighbours, when the
 * header cell is blank) or else appended after the last used column, so no user cell is overwritten.
 * `knownColumns` (the add-on's column metadata, the computed formulas' references) finds a column whose header was
 * renamed, so its data stays connected. Computed columns get their formula later
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
    const ours = keyOfLabel(text, specs) === spec.key;
    if (isBlank(text) && !spec.computed) continue; // a cleared header is put back below
    found[spec.key] = known;
    if (!ours && !spec.computed) renamedHeaders.push({ ours: columnLabel(lang, spec), now: String(text) });
  }
  Object.assign(found, locateByMetadataThenHeader(header, specs, found));
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
      const label = columnLabel(lang, spec);
      writes.push({ row: 1, col: col + 1, value: label });
      restoredHeaders.push(label);
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
  settingsHeader(lang).forEach((text, i) => {
    if (isBlank(values?.[0]?.[i])) writes.push({ row: 1, col: i + 1, value: text });
  });
  let nextRow = Math.max(values?.length ?? 0, 1) + 1;
  for (const spec of SETTING_ROWS) {
    let row = rows[spec.key];
    const label = columnLabel(lang, spec);
    if (row === undefined) {
      row = nextRow++;
      rows[spec.key] = row;
      writes.push({ row, col: 1, value: label });
      writes.push({ row, col: 2, value: defaults[spec.key] });
      if (values) restored.push(label);
    } else if (isBlank(values?.[row - 1]?.[1])) {
      writes.push({ row, col: 2, value: defaults[spec.key] });
      restored.push(label);
    }
  }
  return { rows: rows as Record<SettingKey, number>, writes, restored };
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

/** A1 notation of a write block. */
export function blockA1(block: WriteBlock): string {
  const last = block.col + block.values[0].length - 2;
  return `${columnLetter(block.col - 1)}${block.row}:${columnLetter(last)}${block.row + block.values.length - 1}`;
}

/**
 * One change to one sheet, as data: src/features/install/action.ts applies a sheet's steps in order, fetching
 * every range they name at once. Steps that say `onlyMissing` look at the sheet first (a repair adds only what is
 * not there).
 */
export type InstallStep =
  | { type: 'values'; a1: string; values: unknown[][] }
  | {
      type: 'style';
      a1: string;
      bold?: boolean;
      background?: string;
      numberFormat?: string;
      wrap?: boolean;
      verticalAlignment?: VerticalAlignment;
    }
  /** Formats of a whole rectangle, cell by cell. */
  | {
      type: 'grid';
      a1: string;
      numberFormats: string[][];
      fontWeights: ('bold' | 'normal')[][];
      backgrounds: (string | null)[][];
    }
  | { type: 'validation'; a1: string; rule: ValidationPolicy }
  | { type: 'validations'; a1: string; rules: (ValidationPolicy | null)[][] }
  /** The status chips on `a1`; the sheet's other conditional-format rules are kept, ours (`ours`) replaced. */
  | { type: 'chips'; a1: string; chips: ChipPolicy[]; ours: string[] | null }
  | { type: 'frozen'; rows: number; columns: number }
  /** Width of columns `start` (1-based) to `start + count - 1`. */
  | { type: 'widths'; start: number; count: number; px: number }
  /** Warning-only protection of each range; with `onlyMissing`, of those no protection covers yet. */
  | { type: 'protectRanges'; a1s: string[]; onlyMissing: boolean }
  | { type: 'protectSheet'; onlyMissing: boolean }
  | { type: 'charts'; charts: DashboardChart[]; onlyMissing: boolean };

/** Values to write: one rectangle for a sheet just created, else as few rectangles as the changes need. */
export function valueSteps(
  writes: readonly CellWrite[],
  created: boolean
): Extract<InstallStep, { type: 'values' }>[] {
  const blocks = created ? [boundingBlock(writes)].filter(b => b !== null) : groupWrites(writes);
  return blocks.map(block => ({ type: 'values' as const, a1: blockA1(block), values: block.values }));
}

/** A1 of whole columns (`I:K`) for each run of consecutive indexes. */
const runA1s = (indexes: number[]) =>
  columnRuns(indexes).map(([start, count]) => `${columnLetter(start)}:${columnLetter(start + count - 1)}`);

/** The Settings sheet: its cells, then the width of its two columns and the dropdowns of its value column. */
export function settingsSteps(
  lang: Lang,
  created: boolean,
  rows: Record<SettingKey, number>,
  writes: readonly CellWrite[]
): InstallStep[] {
  const policy = settingsFormatPolicy(lang);
  const values = valueSteps(writes, created);
  // Column B from row 1 to the last setting, in one call: the dropdowns, no rule elsewhere.
  const last = Math.max(...Object.keys(policy.validations).map(key => rows[key as SettingKey]));
  const rules: (ValidationPolicy | null)[] = new Array<ValidationPolicy | null>(last).fill(null);
  for (const [key, rule] of Object.entries(policy.validations)) rules[rows[key as SettingKey] - 1] = rule;
  // A new sheet's cells are one rectangle from A1 down to the last setting: the rules go on it (no other range).
  const whole = `A1:B${last}`;
  const validations: InstallStep =
    created && values.length === 1 && values[0].a1 === whole
      ? { type: 'validations', a1: whole, rules: rules.map(rule => [null, rule]) }
      : { type: 'validations', a1: `B1:B${last}`, rules: rules.map(rule => [rule]) };
  return [
    ...values,
    ...(created ? [{ type: 'widths', start: 1, count: 2, px: policy.width } as const] : []),
    validations,
  ];
}

/**
 * The OKRs sheet: its header and formulas, then the format policy (src/features/install/formats.ts). A new sheet
 * gets all of it; on repair the header cells of the columns put back are styled (a user's own headers keep their
 * look) and a new column gets its number format.
 */
export function okrSteps(
  lang: Lang,
  created: boolean,
  columns: Record<OkrColumnKey, number>,
  added: readonly OkrColumnKey[],
  writes: readonly CellWrite[]
): InstallStep[] {
  const policy = okrFormatPolicy(lang);
  const whole = (key: OkrColumnKey) => `${columnLetter(columns[key])}2:${columnLetter(columns[key])}`;
  const steps: InstallStep[] = [];
  if (created) {
    steps.push({
      type: 'frozen',
      rows: policy.frozenRows,
      columns: columns.id <= 1 && columns.objective <= 1 ? policy.frozenColumns : 0,
    });
    const widths = Object.entries(policy.widths).map(([key, px]) => ({
      index: columns[key as OkrColumnKey],
      width: px,
    }));
    for (const [start, count, px] of widthRuns(widths))
      steps.push({ type: 'widths', start: start + 1, count, px });
  }
  const values = valueSteps(writes, created);
  steps.push(...values);
  const header = { bold: policy.header.bold, background: policy.header.background };
  if (created) {
    for (const { a1 } of values) steps.push({ type: 'style', a1, ...header });
    const width = Math.max(...Object.values(columns)) + 1;
    steps.push({
      type: 'style',
      a1: `A:${columnLetter(width - 1)}`,
      wrap: policy.wrap,
      verticalAlignment: policy.verticalAlignment,
    });
  } else {
    for (const key of added) steps.push({ type: 'style', a1: `${columnLetter(columns[key])}1`, ...header });
  }
  // Number formats by runs of columns sharing one; a new-column-only format goes on a column just added.
  const formats = new Map<string, number[]>();
  for (const [key, format] of Object.entries(policy.numberFormats) as [OkrColumnKey, string][]) {
    if (policy.newColumnOnly.includes(key)) {
      if (created || added.includes(key)) steps.push({ type: 'style', a1: whole(key), numberFormat: format });
    } else formats.set(format, [...(formats.get(format) ?? []), columns[key]]);
  }
  for (const [format, indexes] of formats)
    for (const a1 of runA1s(indexes)) steps.push({ type: 'style', a1, numberFormat: format });
  steps.push({
    type: 'chips',
    a1: whole('status'),
    chips: policy.statusChips,
    ours: created ? null : policy.ourRuleBackgrounds,
  });
  for (const [key, rule] of Object.entries(policy.validations) as [OkrColumnKey, ValidationPolicy][])
    steps.push({ type: 'validation', a1: whole(key), rule });
  steps.push({
    type: 'protectRanges',
    a1s: runA1s(policy.protectedColumns.map(key => columns[key])),
    onlyMissing: !created,
  });
  return steps;
}

/** The Check-ins log: its header (bold on a new sheet), frozen, one width, warning-only protection. */
export function logSteps(created: boolean, width: number, writes: readonly CellWrite[]): InstallStep[] {
  const values = valueSteps(writes, created);
  if (!created) return [...values, { type: 'protectSheet', onlyMissing: true }];
  return [
    ...values,
    ...values.map(({ a1 }): InstallStep => ({ type: 'style', a1, bold: LOG_FORMAT_POLICY.header.bold })),
    { type: 'frozen', rows: LOG_FORMAT_POLICY.frozenRows, columns: 0 },
    { type: 'widths', start: 1, count: width, px: LOG_FORMAT_POLICY.width },
    { type: 'protectSheet', onlyMissing: false },
  ];
}

/**
 * The Dashboard: a new one gets its whole area at once (every cell of it is ours) with its formats, its label
 * column's width and its charts. On repair only the cells that differ are written, in one write (a spill
 * area's blanks with its array formula), and missing charts added.
 */
export function dashboardSteps(layout: DashboardLayout, state: SheetState | null): InstallStep[] {
  if (!state)
    return [
      { type: 'values', a1: layout.area, values: boundingBlock(layout.cells)!.values },
      {
        type: 'grid',
        a1: layout.area,
        numberFormats: layout.numberFormats,
        fontWeights: layout.fontWeights,
        backgrounds: layout.backgrounds,
      },
      // Objective names and table titles sit in column A, next to filled cells: they need room.
      { type: 'widths', start: 1, count: 1, px: DASHBOARD_LABEL_WIDTH },
      { type: 'charts', charts: layout.charts, onlyMissing: false },
    ];
  return [
    ...valueSteps(diffCells(layout.cells, state), false),
    { type: 'charts', charts: layout.charts, onlyMissing: true },
  ];
}
