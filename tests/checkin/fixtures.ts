import {
  CHECKIN_COLUMNS,
  OKR_COLUMNS,
  mapColumnsByHeader,
  type OkrColumnKey,
} from '../../src/template/layout';
import type { OkrRow } from '../../src/template/okr-rows';

/** A pure-test OKRs table in the template's column order: header row then one row per KR. */
export const HEADER = OKR_COLUMNS.map(c => c.header.en);
export const COLUMNS = mapColumnsByHeader(HEADER, OKR_COLUMNS);

export function okrRow(rowNumber: number, cells: Partial<Record<OkrColumnKey, unknown>>): OkrRow {
  const values: unknown[] = HEADER.map(() => '');
  for (const [key, value] of Object.entries(cells)) values[COLUMNS[key as OkrColumnKey] as number] = value;
  return { rowNumber, values };
}

export const LOG_HEADER = CHECKIN_COLUMNS.map(c => c.header.en);
export const LOG_COLUMNS = mapColumnsByHeader(LOG_HEADER, CHECKIN_COLUMNS);

export function emptyFormulas(rows: number): string[][] {
  return Array.from({ length: rows }, () => HEADER.map(() => ''));
}
