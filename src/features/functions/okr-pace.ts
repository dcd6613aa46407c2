import type { Lang } from '../../i18n/lang';
import { inLocale } from './locale-arg';
import { expectedPace } from '../../core/figures';
import { periodAt } from './period-args';
import { computeRows, readColumn, type SheetArg, type SheetResult, withHeader, argName } from './sheet-args';

/**
 * Progress expected by now at a steady pace: the elapsed fraction of the period, from 0 on its first day to 1 on its last.
 *
 * @param {Date} period_start Optional: the first day of the period (a date cell or text such as 2026-04-01 or 01/04/2026). With period_end blank too, the current quarter is used.
 * @param {Date} period_end Optional: the last day of the period.
 * @param {Date} today Optional: the date to measure at. Blank is the current date; pass a cell so the sheet recalculates when it changes.
 * @param {string} locale Optional: "fr" (or fr_FR) for error messages in French; English by default.
 * @param {string} header Optional: a header text. Each range's first row (its header) is then skipped and the result starts with this text.
 * @return {number|Array<Array<number>>} The expected progress, between 0 and 1; with ranges, a row with a wrong date shows a text starting with ⚠ saying what is wrong.
 * @customfunction
 */
export function OKR_PACE(
  period_start?: SheetArg,
  period_end?: SheetArg,
  today?: SheetArg,
  locale?: SheetArg,
  header?: SheetArg
): SheetResult<number | string> {
  return withHeader(header, [period_start, period_end, today], ([s, e, t]) =>
    inLocale(locale, lang => paceColumn(s, e, t, lang))
  );
}

function paceColumn(
  period_start: SheetArg,
  period_end: SheetArg,
  today: SheetArg,
  lang: Lang
): SheetResult<number | string> {
  const columns = [
    readColumn(period_start, argName('periodStart')),
    readColumn(period_end, argName('periodEnd')),
    readColumn(today, argName('today')),
  ];
  const [startCol, endCol, todayCol] = columns;
  const now = new Date();
  return computeRows(columns, lang, row => expectedPace(periodAt(row, startCol, endCol, todayCol), now));
}
