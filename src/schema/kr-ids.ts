import { isBlank } from '../core/text';
import { formatKrId, KR_ID_PREFIX } from './layout';

export interface KrIdRow {
  rowNumber: number;
  id: unknown;
  keyResult: unknown;
}

export interface KrIdPlan {
  /** New ids to write, in row order: only rows whose ID cell is blank. */
  assignments: { rowNumber: number; id: string }[];
  /** Highest id number ever given, including the new ones. */
  lastIssued: number;
}

const ID_PATTERN = new RegExp(`^${KR_ID_PREFIX}(\\d+)$`, 'i');

function krIdNumber(id: unknown): number | null {
  const match = ID_PATTERN.exec(String(id ?? '').trim());
  return match ? Number(match[1]) : null;
}

/**
 * Gives a new id to every row with a key result and a BLANK ID cell; nothing else is ever written (an ID typed as
 * `007`, a formula, a copied row's duplicate ID stay as they are: the quality check reports duplicates and a
 * check-in refuses them). Numbers continue after the highest ever given: the one kept in metadata, any in the
 * sheet, and any that appears only in the log (a deleted KR's ID is never issued again).
 */
export function planKrIds(
  rows: readonly KrIdRow[],
  lastIssued: number,
  loggedIds: readonly unknown[] = []
): KrIdPlan {
  let last = Math.max(0, Math.floor(Number(lastIssued) || 0));
  for (const row of rows) last = Math.max(last, krIdNumber(row.id) ?? 0);
  for (const id of loggedIds) last = Math.max(last, krIdNumber(id) ?? 0);
  const assignments: KrIdPlan['assignments'] = [];
  for (const row of rows) {
    if (!isBlank(row.id) || isBlank(row.keyResult)) continue;
    last += 1;
    assignments.push({ rowNumber: row.rowNumber, id: formatKrId(last) });
  }
  return { assignments, lastIssued: last };
}

/** Whether some row needs an id (no metadata or log needed to know). */
export function needsKrIds(rows: readonly KrIdRow[]): boolean {
  return rows.some(row => isBlank(row.id) && !isBlank(row.keyResult));
}

/** Runs of consecutive rows, [first, last] (1-based), for writing only the cells given. */
export function rowRuns(rowNumbers: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of [...rowNumbers].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[1] + 1 === row) run[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/**
 * A cell written back unchanged inside a spanning write: a formula as its formula, a text as literal text (a
 * leading apostrophe, so `007` stays `007`), any other value as it is.
 */
export function unchangedCell(value: unknown, formula: string): unknown {
  if (formula) return formula;
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}
