// Table rows built from cells keyed by column key: in the template's column order for the pure tests, in a
// sheet's own order for workbooks in the runtime (tests/support/workbook.ts).
import {
  CHECKIN_COLUMNS,
  OKR_COLUMNS,
  type CheckinColumnKey,
  type OkrColumnKey,
} from '../../src/schema/layout';
import type { OkrRow } from '../../src/schema/okr-rows';
import { columnLabel } from '../../src/i18n/schema-labels';
import { mapColumnsByHeader } from '../../src/schema/locate';

export type KrCells = Partial<Record<OkrColumnKey, unknown>>;
export type LogCells = Partial<Record<CheckinColumnKey, unknown>>;

/** A pure-test OKRs table in the template's column order: header row then one row per KR. */
export const HEADER = OKR_COLUMNS.map(c => columnLabel('en', c));
export const COLUMNS = mapColumnsByHeader(HEADER, OKR_COLUMNS);

export function okrRow(rowNumber: number, cells: KrCells): OkrRow {
  return { rowNumber, values: rowOf(cells, COLUMNS, HEADER.length) };
}

export const LOG_HEADER = CHECKIN_COLUMNS.map(c => columnLabel('en', c));
export const LOG_COLUMNS = mapColumnsByHeader(LOG_HEADER, CHECKIN_COLUMNS);

export function emptyFormulas(rows: number): string[][] {
  return Array.from({ length: rows }, () => HEADER.map(() => ''));
}

/** A check-in log row in the template's column order. */
export function logRow(cells: LogCells): unknown[] {
  return rowOf(cells, LOG_COLUMNS, LOG_HEADER.length);
}

/** A row of `width` cells holding each given cell at its column (blank elsewhere; unknown columns left out). */
export function rowOf<K extends string>(
  cells: Partial<Record<K, unknown>>,
  columns: Partial<Record<K, number>>,
  width: number
): unknown[] {
  const row: unknown[] = new Array(width).fill('');
  for (const [key, value] of Object.entries(cells)) {
    const index = columns[key as K];
    if (index !== undefined) row[index] = value;
  }
  return row;
}

/** Data rows as objects by column key, blank rows left out. */
export function recordsOf<K extends string>(
  rows: readonly (readonly unknown[])[],
  columns: Partial<Record<K, number>>
): Partial<Record<K, unknown>>[] {
  return rows
    .filter(row => row.some(cell => cell !== ''))
    .map(
      row =>
        Object.fromEntries(
          Object.entries(columns).map(([key, index]) => [key, row[index as number]])
        ) as Partial<Record<K, unknown>>
    );
}

/**
 * The weekly-review scenario. Today is Tuesday 2026-11-24; "a week ago" is 2026-11-17. KR-0001 moved 30 -> 60
 * this week, KR-0002 fell 3 -> 1 (at risk, with actions), KR-0003 was last checked in 14 days ago.
 */
export const REVIEW_KRS: KrCells[] = [
  {
    id: 'KR-0001',
    objective: 'Grow leads',
    keyResult: 'Demo requests',
    owner: 'Léa',
    start: 0,
    target: 100,
    current: 60,
    confidence: 8,
    lastCheckin: new Date(2026, 10, 24),
  },
  {
    id: 'KR-0002',
    keyResult: 'Webinar sign-ups',
    owner: 'Marc',
    start: 0,
    target: 10,
    current: 1,
    confidence: 2,
    actions: 'Partner with Acme',
  },
  {
    id: 'KR-0003',
    objective: 'Content',
    keyResult: 'Backlinks',
    owner: 'Léa',
    start: 0,
    target: 10,
    current: 5,
    confidence: 6,
  },
];

// date, week, id, objective, kr, previous, value, progress, confidence, comment (author left blank)
export const REVIEW_LOG: LogCells[] = [
  [new Date(2026, 10, 3), '2026-W45', 'KR-0001', 'Grow leads', 'Demo requests', 0, 20, 0.2, 7, ''],
  [new Date(2026, 10, 17), '2026-W47', 'KR-0001', 'Grow leads', 'Demo requests', 20, 30, 0.3, 7, ''],
  [new Date(2026, 10, 24), '2026-W48', 'KR-0001', 'Grow leads', 'Demo requests', 30, 60, 0.6, 8, 'big week'],
  [new Date(2026, 10, 10), '2026-W46', 'KR-0003', 'Content', 'Backlinks', 2, 5, 0.5, 6, ''],
  [new Date(2026, 10, 20), '2026-W47', 'KR-0002', 'Grow leads', 'Webinar sign-ups', 3, 1, 0.1, 2, ''],
].map(cells => Object.fromEntries(cells.map((value, i) => [CHECKIN_COLUMNS[i].key, value])));
