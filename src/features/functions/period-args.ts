import { parseUserDate } from '../../core/dates';
import type { PaceInput } from '../../core/figures';
import { readAt, type ArgColumn } from './sheet-args';

/**
 * The period of one row for OKR_STATUS and OKR_PACE: its start, end and "as of" date (blank: the current date; blank
 * start and end: that date's calendar quarter, by src/core/figures.ts expectedPace). A custom function cannot read
 * the Settings sheet, so the template passes its cells explicitly.
 */
export function periodAt(
  row: number,
  startCol: ArgColumn,
  endCol: ArgColumn,
  todayCol: ArgColumn
): PaceInput {
  return {
    asOf: readAt(todayCol, row, parseUserDate),
    periodStart: readAt(startCol, row, parseUserDate),
    periodEnd: readAt(endCol, row, parseUserDate),
  };
}
