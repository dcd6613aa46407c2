import { DATE_FORMAT, PERCENT_FORMAT } from '../template/formats';
import { clamp01 } from '../engine/progress';
import type { Lang } from '../i18n/lang';
import type { CheckinColumnKey, OkrColumnKey } from '../template/layout';
import { toKeyResults, type OkrColumns, type OkrRow } from '../template/okr-rows';
import { krProgress } from './kr-math';
import { msg } from './messages';
import { formatCell, formulaAt, sameCell, toCellValue } from './payload';
import type { CheckinEntry, SaveConflict, SaveError, SaveMissing } from './types';
import { readConfidenceInput, readValueInput } from './validate';

/** One rectangular write into a single column of the OKRs sheet: rows firstRow.. (1-based), column (0-based). */
export interface ColumnWrite {
  key: OkrColumnKey;
  column: number;
  firstRow: number;
  values: unknown[][];
}

export interface SavePlanInput {
  lang: Lang;
  /** Today's local midnight, written as the check-in date. */
  today: Date;
  week: string;
  author: string;
  columns: OkrColumns;
  rows: readonly OkrRow[];
  formulas: readonly (readonly string[])[];
  /** The Check-ins sheet's header row, so appended rows follow its column order. */
  logHeader: Partial<Record<CheckinColumnKey, number>>;
  logWidth: number;
  entries: readonly CheckinEntry[];
  /** The Settings period name, tagged on each log row (issue 14). */
  period?: string;
}

export interface SavePlan {
  saved: string[];
  conflicts: SaveConflict[];
  errors: SaveError[];
  missing: SaveMissing[];
  /** At most one write per column (Current, Confidence, Last check-in), spanning the saved rows. */
  writes: ColumnWrite[];
  logRows: unknown[][];
  /** Number formats for logRows: '@' (plain text) on text columns so a comment like '=1+1' stays text. */
  logFormats: string[][];
  /** The OKRs rows as they are after the writes: the fresh payload is built from them. */
  rowsAfter: OkrRow[];
}

const LOG_FORMATS: Record<CheckinColumnKey, string> = {
  date: DATE_FORMAT,
  week: '@',
  krId: '@',
  objective: '@',
  keyResult: '@',
  previous: 'General',
  value: 'General',
  progress: PERCENT_FORMAT,
  confidence: 'General',
  comment: '@',
  author: '@',
  period: '@',
};

interface Change {
  rowNumber: number;
  cells: Partial<Record<OkrColumnKey, unknown>>;
}

/**
 * Decides what a check-in save writes. Entries are matched to rows by KR id; an entry whose KR no longer holds
 * the current value or confidence the sidebar loaded is a conflict and nothing of it is written; a KR that
 * vanished is reported missing; a bad value is an error. Everything else is saved.
 */
export function planSave(input: SavePlanInput): SavePlan {
  const { lang, columns } = input;
  const plan: SavePlan = {
    saved: [],
    conflicts: [],
    errors: [],
    missing: [],
    writes: [],
    logRows: [],
    logFormats: [],
    rowsAfter: [],
  };
  const krs = new Map(toKeyResults(input.rows, columns).map(kr => [kr.id, kr]));
  const changes: Change[] = [];
  // The same for every appended row: '@' (plain text) wherever the log has no format of its own.
  const logFormats = logRow(LOG_FORMATS, input.logHeader, input.logWidth).map(f => String(f || '@'));

  for (const entry of input.entries) {
    const id = String(entry.id ?? '').trim();
    const kr = id ? krs.get(id) : undefined;
    if (!kr) {
      plan.missing.push({ id, message: msg(lang, 'missing', { kr: id }) });
      continue;
    }
    const name = String(kr.cells.keyResult ?? id);
    const sheetCurrent = toCellValue(kr.cells.current);
    const sheetConfidence = toCellValue(kr.cells.confidence);

    const value = readValueInput(entry.value, lang, sheetCurrent === '', kr.cells);
    const confidence = readConfidenceInput(entry.confidence, lang);
    if (!value.ok) plan.errors.push(error(id, name, 'value', entry.value, value.error, lang));
    if (!confidence.ok)
      plan.errors.push(error(id, name, 'confidence', entry.confidence, confidence.error, lang));
    if (!value.ok || !confidence.ok) continue;

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
    const currentFormula = formulaAt(input.formulas, kr.rowNumber, columns.current);
    if (valueChanged && currentFormula) {
      plan.errors.push(error(id, name, 'current', entry.value, msg(lang, 'formulaCurrent'), lang));
      continue;
    }

    const newCurrent = valueChanged ? cellFor(kr.cells.current, newValue) : kr.cells.current;
    const newConfidence = confidenceTouched ? (confidence.value ?? '') : sheetConfidence;
    const cells: Partial<Record<OkrColumnKey, unknown>> = { lastCheckin: input.today };
    if (valueChanged) cells.current = newCurrent;
    if (!sameCell(sheetConfidence, newConfidence)) cells.confidence = newConfidence;
    changes.push({ rowNumber: kr.rowNumber, cells });
    plan.saved.push(id);

    // Clamped like the sheet's Progress column: the log must not say -395 % where the sheet says 0 %.
    const raw = krProgress(kr.cells.start, kr.cells.target, newValue ?? newCurrent, kr.cells.kind);
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
      comment: String(entry.comment ?? ''),
      author: input.author,
      period: input.period ?? '',
    };
    plan.logRows.push(logRow(log, input.logHeader, input.logWidth));
    plan.logFormats.push(logFormats);
  }

  plan.writes = columnWrites(changes, input);
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
  const message = msg(lang, 'krError', { kr: `${id} ${keyResult}`, message: problem });
  return { id, keyResult, field, value: String(value ?? ''), message };
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
  const enteredValue = String(entered ?? '').trim() || '∅';
  const key = field === 'current' ? 'conflict' : 'conflictConfidence';
  const message = msg(lang, key, { kr: `${id} ${keyResult}`, sheet: sheetValue, entered: enteredValue });
  return { id, keyResult, field, sheetValue, enteredValue, message };
}

function logRow<T>(byKey: Record<CheckinColumnKey, T>, header: SavePlanInput['logHeader'], width: number) {
  const row: (T | '')[] = new Array(width).fill('');
  for (const key of Object.keys(byKey) as CheckinColumnKey[]) {
    const index = header[key];
    if (index !== undefined) row[index] = byKey[key];
  }
  return row;
}

const WRITTEN_COLUMNS: OkrColumnKey[] = ['current', 'confidence', 'lastCheckin'];

/**
 * One write per touched column, from the first to the last changed row. Rows in between keep what the sheet
 * holds, their formula when they have one (a formula must never become a value). A kept text is not rewritten
 * (setValues would read '007' as 7 or '=x' as a formula): the block is split around it instead, which only
 * costs a call when such a text sits between two changed rows.
 */
function columnWrites(changes: readonly Change[], input: SavePlanInput): ColumnWrite[] {
  const byRow = new Map(input.rows.map(row => [row.rowNumber, row]));
  const writes: ColumnWrite[] = [];
  for (const key of WRITTEN_COLUMNS) {
    const column = input.columns[key];
    const touched = changes.filter(c => key in c.cells);
    if (column === undefined || touched.length === 0) continue;
    const changed = new Map(touched.map(c => [c.rowNumber, c.cells[key]]));
    const last = Math.max(...changed.keys());
    let block: ColumnWrite | null = null;
    for (let r = Math.min(...changed.keys()); r <= last; r++) {
      let cell: unknown;
      if (changed.has(r)) cell = changed.get(r);
      else {
        const formula = formulaAt(input.formulas, r, column);
        const value = byRow.get(r)?.values[column] ?? '';
        const safe = formula !== '' || typeof value !== 'string' || value === '';
        if (!safe) {
          block = null;
          continue;
        }
        cell = formula || value;
      }
      if (!block) {
        block = { key, column, firstRow: r, values: [] };
        writes.push(block);
      }
      block.values.push([cell]);
    }
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
