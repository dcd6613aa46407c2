import { isBlank } from '../core/text';
import { OKR_COLUMNS, type OkrColumnKey } from './layout';

/** One row of the OKRs sheet as read by readOkrTable: its 1-based sheet row and its cell values. */
export interface OkrRow {
  rowNumber: number;
  values: unknown[];
}

export type OkrColumns = Partial<Record<OkrColumnKey, number>>;

/** The 0-based positions of the computed columns found (their arrays spill: the add-on never writes their rows). */
export function computedIndexes(columns: OkrColumns): Set<number> {
  const set = new Set<number>();
  for (const c of OKR_COLUMNS) if (c.computed && columns[c.key] !== undefined) set.add(columns[c.key]!);
  return set;
}

/** A key result as plain data: cells by column key, with the objective filled down from the rows above. */
export interface KeyResultRow {
  rowNumber: number;
  id: string;
  /** The objective written on this row, or the nearest one above (blank means "same as above"). */
  objective: string;
  /** The 1-based row where that objective is written (its first KR), or null when none is written above. */
  objectiveRow: number | null;
  cells: Partial<Record<OkrColumnKey, unknown>>;
}

export function cellOf(row: OkrRow, columns: OkrColumns, key: OkrColumnKey): unknown {
  const index = columns[key];
  return index === undefined ? undefined : row.values[index];
}

/** The engine's blank test, for the template modules that read rows. */
export { isBlank };

/** Rows holding a key result (or an id), each with its objective filled down. Objective-only rows are skipped. */
export function toKeyResults(rows: readonly OkrRow[], columns: OkrColumns): KeyResultRow[] {
  const result: KeyResultRow[] = [];
  let objective = '';
  let objectiveRow: number | null = null;
  for (const row of rows) {
    const written = cellOf(row, columns, 'objective');
    if (!isBlank(written)) {
      objective = String(written).trim();
      objectiveRow = row.rowNumber;
    }
    if (isBlank(cellOf(row, columns, 'keyResult')) && isBlank(cellOf(row, columns, 'id'))) continue;
    const cells: Partial<Record<OkrColumnKey, unknown>> = {};
    for (const key of Object.keys(columns) as OkrColumnKey[]) cells[key] = cellOf(row, columns, key);
    result.push({
      rowNumber: row.rowNumber,
      id: String(cellOf(row, columns, 'id') ?? '').trim(),
      objective,
      objectiveRow,
      cells,
    });
  }
  return result;
}
