import { parseUserDate } from '../../core/dates';
import { expectedPace } from '../../core/figures';
import { readAt, type ArgColumn } from './sheet-args';

/**
 * The expected progress at one row for OKR_STATUS and OKR_PACE, by the figures module's pace rule
 * (src/core/figures.ts expectedPace): the elapsed fraction of the period at `today` (blank: the current date);
 * blank start and end are that date's calendar quarter (a custom function cannot read the Settings sheet, so the
 * template passes its cells explicitly).
 */
export function expectedAt(
  row: number,
  startCol: ArgColumn,
  endCol: ArgColumn,
  todayCol: ArgColumn,
  now: Date
): number {
  return expectedPace(
    {
      asOf: readAt(todayCol, row, parseUserDate),
      periodStart: readAt(startCol, row, parseUserDate),
      periodEnd: readAt(endCol, row, parseUserDate),
    },
    now
  );
}
