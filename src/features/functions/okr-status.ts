import type { PaceInput } from '../../core/figures';
import { statusFor } from '../../core/figures';
import { statusLabel } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import { inLocale } from './locale-arg';
import { periodAt } from './period-args';
import { readProgress } from './progress-arg';
import {
  computeRows,
  readAt,
  readColumn,
  type SheetArg,
  type SheetResult,
  withHeader,
  argName,
} from './sheet-args';

/**
 * Status of key results against the pace of the period: On track, At risk, Off track or Done.
 *
 * @param {number|Array<Array<number>>} progress The progress (0 to 1, as OKR_PROGRESS gives it), or a one-column range. A blank value, or an error text of OKR_PROGRESS (⚠), gives a blank result.
 * @param {Date|Array<Array<Date>>} period_start Optional: the first day of the period (a date cell or text such as 2026-04-01 or 01/04/2026). With period_end blank too, the current quarter is used.
 * @param {Date|Array<Array<Date>>} period_end Optional: the last day of the period.
 * @param {Date} today Optional: the date to judge the pace at. Blank is the current date; pass a cell (such as an "as of" date) so the sheet recalculates when it changes.
 * @param {string} locale Optional: "fr" (or fr_FR) for French labels and error messages; English by default.
 * @param {string} header Optional: a header text. Each range's first row (its header) is then skipped and the result starts with this text.
 * @return {string|Array<Array<string>>} The status of each key result; a column when a range was given, where a row with a wrong value shows a text starting with ⚠ saying what is wrong.
 * @customfunction
 */
export function OKR_STATUS(
  progress: SheetArg,
  period_start?: SheetArg,
  period_end?: SheetArg,
  today?: SheetArg,
  locale?: SheetArg,
  header?: SheetArg
): SheetResult<string> {
  return withHeader(header, [progress, period_start, period_end, today], ([p, s, e, t]) =>
    inLocale(locale, lang => statusColumn(p, s, e, t, lang))
  );
}

function statusColumn(
  progress: SheetArg,
  period_start: SheetArg,
  period_end: SheetArg,
  today: SheetArg,
  lang: Lang
): SheetResult<string> {
  const columns = [
    readColumn(progress, argName('progress')),
    readColumn(period_start, argName('periodStart')),
    readColumn(period_end, argName('periodEnd')),
    readColumn(today, argName('today')),
  ];
  const [progressCol, startCol, endCol, todayCol] = columns;
  const now = new Date();
  let period: PaceInput | undefined;
  const datesVary = startCol.isRange || endCol.isRange || todayCol.isRange;
  return computeRows(columns, lang, row => {
    const value = readAt(progressCol, row, v => readProgress(v, lang));
    if (value === null) return '';
    if (period === undefined || datesVary) period = periodAt(row, startCol, endCol, todayCol);
    return statusLabel(lang, statusFor(value, period, now)!);
  });
}
