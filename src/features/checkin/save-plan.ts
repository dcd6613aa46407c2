import { clamp01 } from '../../core/progress';
import type { Lang } from '../../i18n/lang';
import type { CheckinColumnKey, OkrColumnKey } from '../../schema/layout';
import { literalCell } from '../../schema/literal-text';
import { toKeyResults, type OkrColumns, type OkrRow } from '../../schema/okr-rows';
import { rawProgressOfCells } from './kr-math';
import { t } from '../../i18n/catalog';
import { CHECKIN_SAVE } from '../../i18n/sections';
import { sheetName } from '../../i18n/schema-labels';
import { formatCell, formulaAt, sameCell, toCellValue } from './payload';
import type { CheckinEntry, SaveConflict, SaveError, SaveMissing } from './types';
import { readConfidenceInput, readValueInput } from './validate';

/** Sheets' limit on one cell's content (see PLATFORM.md); an apostrophe added by literalText counts. */
export const MAX_CELL_CHARS = 50000;

/**
 * One write of consecutive changed cells of one column of the OKRs sheet: rows firstRow.. (1-based), column
 * (0-based). `before` holds what the cells held, to put back if a later write fails.
 */
export interface CellRun {
  kind: 'run';
  key: OkrColumnKey;
  column: number;
  firstRow: number;
  values: unknown[][];
  before: unknown[][];
}

/**
 * One write of the same value into scattered cells of one column (one RangeList.setValue): the Last check-in of
 * KRs filtered by owner, or every confidence set to 7. `before` holds each cell's previous content, row by row.
 */
export interface CellGroup {
  kind: 'group';
  key: OkrColumnKey;
  column: number;
  rows: number[];
  value: unknown;
  before: unknown[];
}

export type CellWrite = CellRun | CellGroup;

export interface SavePlanInput {
  lang: Lang;
  /** Today, as a local day (the spreadsheet's calendar day), written as the check-in date. */
  today: Date;
  week: string;
  author: string;
  columns: OkrColumns;
  rows: readonly OkrRow[];
  formulas: readonly (readonly string[])[];
  /** Number formats of the same range as `formulas` (a value is written in the scale of its Current cell). */
  numberFormats?: readonly (readonly string[])[];
  entries: readonly CheckinEntry[];
  /** The Settings period name, tagged on each log row (issue 14). */
  period?: string;
}

export interface SavePlan {
  /** The KRs the plan writes; empty when the save is refused. */
  saved: string[];
  conflicts: SaveConflict[];
  errors: SaveError[];
  missing: SaveMissing[];
  /** True when anything is in conflict, in error or missing: then nothing at all is written. */
  refused: boolean;
  /**
   * Only the cells that change, per column either in runs of consecutive rows (setValues) or in groups of cells
   * receiving the same value (RangeList.setValue), whichever takes fewer calls.
   */
  writes: CellWrite[];
  /** One log row per saved KR, by column key; text already made literal. */
  logRows: Record<CheckinColumnKey, unknown>[];
  /** The OKRs rows as they are after the writes: the fresh payload is built from them. */
  rowsAfter: OkrRow[];
}

interface Change {
  rowNumber: number;
  cells: Partial<Record<OkrColumnKey, unknown>>;
}

/**
 * Decides what a check-in save writes, before anything is written. Entries are matched to rows by KR id. A save
 * is all or nothing: a KR that vanished, whose ID is on two rows, whose value or confidence is wrong, whose comment
 * is too long, or that someone else changed since the sidebar loaded (a conflict) refuses the whole save, each
 * problem reported; otherwise every entry is planned.
 */
export function planSave(input: SavePlanInput): SavePlan {
  const { lang, columns } = input;
  const plan: SavePlan = {
    saved: [],
    conflicts: [],
    errors: [],
    missing: [],
    refused: false,
    writes: [],
    logRows: [],
    rowsAfter: [...input.rows],
  };
  const all = toKeyResults(input.rows, columns);
  const rowsById = new Map<string, number[]>();
  for (const kr of all) if (kr.id) rowsById.set(kr.id, [...(rowsById.get(kr.id) ?? []), kr.rowNumber]);
  const krs = new Map(all.map(kr => [kr.id, kr]));
  const changes: Change[] = [];
  const saved: string[] = [];
  const logRows: Record<CheckinColumnKey, unknown>[] = [];

  for (const entry of input.entries) {
    const id = entry.id.trim();
    const kr = krs.get(id);
    if (!kr) {
      plan.missing.push({ id, message: t(CHECKIN_SAVE, lang, 'missing', { kr: id }) });
      continue;
    }
    const name = String(kr.cells.keyResult ?? id);
    const rows = rowsById.get(id) ?? [];
    if (rows.length > 1) {
      const problem = t(CHECKIN_SAVE, lang, 'duplicateRows', {
        rows: rows.join(', '),
        okrs: sheetName(lang, 'okrs'),
      });
      plan.errors.push(error(id, name, 'id', id, problem, lang));
      continue;
    }
    const sheetCurrent = toCellValue(kr.cells.current);
    const sheetConfidence = toCellValue(kr.cells.confidence);
    const currentFormat = formulaAt(input.numberFormats ?? [], kr.rowNumber, columns.current);
    // In a percent-formatted Current cell the value is a fraction: '27 %' is 0.27 there, whatever the bounds.
    const bounds = currentFormat.includes('%') ? undefined : kr.cells;

    const value = readValueInput(entry.value, lang, sheetCurrent === '', bounds);
    const confidence = readConfidenceInput(entry.confidence, lang);
    let bad = false;
    if (!value.ok) plan.errors.push(error(id, name, 'value', entry.value, value.error, lang));
    if (!confidence.ok)
      plan.errors.push(error(id, name, 'confidence', entry.confidence, confidence.error, lang));
    const comment = literalCell(entry.comment) as string;
    if (comment.length > MAX_CELL_CHARS) {
      const problem = t(CHECKIN_SAVE, lang, 'commentTooLong', {
        n: entry.comment.length,
        max: MAX_CELL_CHARS,
      });
      plan.errors.push(error(id, name, 'comment', '', problem, lang));
      bad = true;
    }
    if (!value.ok || !confidence.ok || bad) continue;

    // A field left as loaded is not being saved: someone else's edit of it meanwhile is kept, not a conflict
    // (a manager who only adds a comment must not be told "you entered 2,7").
    const valueTouched = !sameCell(value.value ?? '', entry.loadedCurrent);
    const confidenceTouched = !sameCell(confidence.value ?? '', entry.loadedConfidence);
    if (valueTouched && !sameCell(sheetCurrent, entry.loadedCurrent)) {
      plan.conflicts.push(conflict(id, name, 'current', sheetCurrent, entry.value, lang));
      continue;
    }
    if (confidenceTouched && !sameCell(sheetConfidence, entry.loadedConfidence)) {
      plan.conflicts.push(conflict(id, name, 'confidence', sheetConfidence, entry.confidence, lang));
      continue;
    }

    const newValue = valueTouched ? value.value : typeof sheetCurrent === 'number' ? sheetCurrent : null;
    const valueChanged = newValue !== null && !sameCell(sheetCurrent, newValue);
    if (valueChanged && formulaAt(input.formulas, kr.rowNumber, columns.current)) {
      plan.errors.push(
        error(id, name, 'current', entry.value, t(CHECKIN_SAVE, lang, 'formulaCurrent'), lang)
      );
      continue;
    }
    const newConfidence = confidenceTouched ? (confidence.value ?? '') : sheetConfidence;
    const confidenceChanged = !sameCell(sheetConfidence, newConfidence);
    if (confidenceChanged && formulaAt(input.formulas, kr.rowNumber, columns.confidence)) {
      const problem = t(CHECKIN_SAVE, lang, 'formulaConfidence');
      plan.errors.push(error(id, name, 'confidence', entry.confidence, problem, lang));
      continue;
    }

    const newCurrent = valueChanged ? cellFor(kr.cells.current, newValue as number) : kr.cells.current;
    const cells: Partial<Record<OkrColumnKey, unknown>> = {};
    // A Last check-in computed by a user's formula is theirs: it is left alone.
    if (!formulaAt(input.formulas, kr.rowNumber, columns.lastCheckin)) cells.lastCheckin = input.today;
    if (valueChanged) cells.current = newCurrent;
    if (confidenceChanged) cells.confidence = newConfidence;
    changes.push({ rowNumber: kr.rowNumber, cells });
    saved.push(id);

    // Clamped like the sheet's Progress column: the log must not say -395 % where the sheet says 0 %.
    const raw = rawProgressOfCells(
      kr.cells.start,
      kr.cells.target,
      newValue ?? newCurrent,
      kr.cells.kind,
      lang
    );
    const progress = raw === null ? null : clamp01(raw);
    const log: Record<CheckinColumnKey, unknown> = {
      date: input.today,
      week: input.week,
      krId: id,
      objective: kr.objective,
      keyResult: name,
      previous: kr.cells.current ?? '',
      value: newValue ?? '',
      progress: progress ?? '',
      confidence: newConfidence,
      comment: entry.comment,
      author: input.author,
      period: input.period ?? '',
    };
    for (const key of Object.keys(log) as CheckinColumnKey[]) log[key] = literalCell(log[key]);
    logRows.push(log);
  }

  plan.refused = plan.errors.length + plan.conflicts.length + plan.missing.length > 0;
  if (plan.refused) return plan;
  plan.saved = saved;
  plan.logRows = logRows;
  plan.writes = cellRuns(changes, input);
  plan.rowsAfter = applyChanges(input.rows, changes, columns);
  return plan;
}

/** Keeps a checkbox a checkbox: a milestone ticked in the sidebar writes true/false into a boolean cell. */
function cellFor(previous: unknown, value: number): unknown {
  return typeof previous === 'boolean' ? value !== 0 : value;
}

/** A field the save refused, its message naming the KR: "KR-0003 Cut the cost per lead: …". */
function error(
  id: string,
  keyResult: string,
  field: SaveError['field'],
  value: string,
  problem: string,
  lang: Lang
): SaveError {
  const message = t(CHECKIN_SAVE, lang, 'krError', { kr: `${id} ${keyResult}`, message: problem });
  return { id, keyResult, field, value, message };
}

function conflict(
  id: string,
  keyResult: string,
  field: SaveConflict['field'],
  sheet: unknown,
  entered: string,
  lang: Lang
): SaveConflict {
  const sheetValue = formatCell(toCellValue(sheet), lang) || '∅';
  const enteredValue = entered.trim() || '∅';
  const key = field === 'current' ? 'conflict' : 'conflictConfidence';
  const message = t(CHECKIN_SAVE, lang, key, {
    kr: `${id} ${keyResult}`,
    sheet: sheetValue,
    entered: enteredValue,
  });
  return { id, keyResult, field, sheetValue, enteredValue, message };
}

const WRITTEN_COLUMNS: OkrColumnKey[] = ['current', 'confidence', 'lastCheckin'];

/**
 * Only the cells that change: a cell between two saved KRs is never read back and rewritten (it may be a formula,
 * a text Sheets would re-read, or part of a user's array formula's spill). Per column, the changed cells are
 * written in runs of consecutive rows (one setValues each) or in groups sharing a value (one RangeList.setValue
 * each), whichever takes fewer calls: Last check-in is always one call, Confidence at most one per distinct value,
 * Current one per run of consecutive saved rows (one in all for KRs saved on consecutive rows).
 */
function cellRuns(changes: readonly Change[], input: SavePlanInput): CellWrite[] {
  const byRow = new Map(input.rows.map(row => [row.rowNumber, row]));
  const writes: CellWrite[] = [];
  for (const key of WRITTEN_COLUMNS) {
    const column = input.columns[key];
    if (column === undefined) continue;
    const touched = changes
      .filter(c => key in c.cells)
      .map(c => ({ row: c.rowNumber, value: c.cells[key] }))
      .sort((a, b) => a.row - b.row);
    const before = (row: number) => byRow.get(row)?.values[column] ?? '';
    const runs: CellRun[] = [];
    let run: CellRun | null = null;
    for (const { row, value } of touched) {
      if (!run || run.firstRow + run.values.length !== row) {
        run = { kind: 'run', key, column, firstRow: row, values: [], before: [] };
        runs.push(run);
      }
      run.values.push([value]);
      run.before.push([before(row)]);
    }
    const groups = new Map<string, CellGroup>();
    for (const { row, value } of touched) {
      const id = value instanceof Date ? `d${value.getTime()}` : `${typeof value}:${String(value)}`;
      let group = groups.get(id);
      if (!group) {
        group = { kind: 'group', key, column, rows: [], value, before: [] };
        groups.set(id, group);
      }
      group.rows.push(row);
      group.before.push(before(row));
    }
    if (groups.size < runs.length) writes.push(...groups.values());
    else writes.push(...runs);
  }
  return writes;
}

function applyChanges(rows: readonly OkrRow[], changes: readonly Change[], columns: OkrColumns): OkrRow[] {
  const byRow = new Map(changes.map(c => [c.rowNumber, c]));
  return rows.map(row => {
    const change = byRow.get(row.rowNumber);
    if (!change) return row;
    const values = [...row.values];
    for (const key of Object.keys(change.cells) as OkrColumnKey[]) {
      const index = columns[key];
      if (index !== undefined) values[index] = change.cells[key];
    }
    return { rowNumber: row.rowNumber, values };
  });
}
