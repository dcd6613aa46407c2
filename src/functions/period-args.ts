import { parseUserDate, quarterOf } from '../engine/dates';
import { OkrInputError } from '../engine/errors';
import { expectedProgress } from '../engine/pace';
import { readAt, type ArgColumn } from './sheet-args';

/**
 * The expected progress at one row for OKR_STATUS and OKR_PACE: the elapsed fraction of the period from
 * start to end at `today`. Blank today is the current date; blank start and end are today's calendar quarter
 * (a custom function cannot read the Settings sheet, so the template passes its cells explicitly).
 */
export function expectedAt(
  row: number,
  startCol: ArgColumn,
  endCol: ArgColumn,
  todayCol: ArgColumn,
  now: Date
): number {
  const today = readAt(todayCol, row, parseUserDate) ?? now;
  let start = readAt(startCol, row, parseUserDate);
  let end = readAt(endCol, row, parseUserDate);
  if (start === null && end === null) ({ start, end } = quarterOf(today));
  if (start === null)
    throw new OkrInputError({ en: 'Period start is empty', fr: 'Le début de période est vide' });
  if (end === null) throw new OkrInputError({ en: 'Period end is empty', fr: 'La fin de période est vide' });
  return expectedProgress(start, end, today);
}
