import { expectedAt } from './period-args';
import { readColumn, sharedHeight, toResult, type SheetArg, type SheetResult } from './sheet-args';

/**
 * Progress expected by now at a steady pace: the elapsed fraction of the period, from 0 on its first day to 1 on its last.
 *
 * @param {Date} period_start Optional: the first day of the period (a date cell or text such as 2026-04-01 or 01/04/2026). With period_end blank too, the current quarter is used.
 * @param {Date} period_end Optional: the last day of the period.
 * @param {Date} today Optional: the date to measure at. Blank is the current date; pass a cell so the sheet recalculates when it changes.
 * @return {number|Array<Array<number>>} The expected progress, between 0 and 1.
 * @customfunction
 */
export function OKR_PACE(
  period_start?: SheetArg,
  period_end?: SheetArg,
  today?: SheetArg
): SheetResult<number> {
  const columns = [
    readColumn(period_start, { en: 'period start', fr: 'début de période' }),
    readColumn(period_end, { en: 'period end', fr: 'fin de période' }),
    readColumn(today, { en: 'today', fr: "aujourd'hui" }),
  ];
  const [startCol, endCol, todayCol] = columns;
  const height = sharedHeight(columns);
  const now = new Date();
  const out: number[] = new Array(height);
  for (let row = 0; row < height; row++) out[row] = expectedAt(row, startCol, endCol, todayCol, now);
  return toResult(out, columns);
}
