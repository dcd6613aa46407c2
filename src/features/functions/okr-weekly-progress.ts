import { withContext } from '../../core/errors';
import { phrase, phraseText } from '../../i18n/error-text';
import type { Lang } from '../../i18n/lang';
import { FUNCTIONS } from '../../i18n/sections';
import { isBlank } from '../../core/text';
import { parseIsoWeekLabel, weeklyProgress, type WeeklyCheckin } from '../../core/weekly';
import { inLocale } from './locale-arg';
import { readProgress } from './progress-arg';
import {
  at,
  readAt,
  readColumn,
  rowErrorText,
  sharedHeight,
  toResult,
  type ArgColumn,
  type SheetArg,
  type SheetResult,
  withHeader,
  argName,
} from './sheet-args';

/**
 * Overall progress as of each week, from the check-in log: the mean, over every key result checked in up to that week, of its last logged progress.
 *
 * @param {string|Array<Array<string>>} weeks The ISO weeks to compute (such as 2026-W05), or a one-column range of them. Blank rows give blank cells.
 * @param {string|Array<Array<string>>} log_weeks The log's ISO week column (the week of each check-in).
 * @param {string|Array<Array<string>>} log_ids The log's KR ID column, a range of the same height. Rows without an ID are ignored.
 * @param {number|Array<Array<number>>} log_progress The log's progress column (0 to 1), a range of the same height. Blank rows are ignored.
 * @param {string} locale Optional: "fr" (or fr_FR) for error messages in French; English by default.
 * @param {string} header Optional: a header text. Each range's first row (its header) is then skipped and the result starts with this text.
 * @return {number|Array<Array<number>>} The overall progress as of each week (0 to 1); blank before the first check-in. A wrong week shows a text starting with ⚠ in its row; a wrong log row, in the rows of its week and after.
 * @customfunction
 */
export function OKR_WEEKLY_PROGRESS(
  weeks: SheetArg,
  log_weeks: SheetArg,
  log_ids: SheetArg,
  log_progress: SheetArg,
  locale?: SheetArg,
  header?: SheetArg
): SheetResult<number | string> {
  return withHeader(header, [weeks, log_weeks, log_ids, log_progress], ([w, lw, li, lp]) =>
    inLocale(locale, lang => weeklyColumn(w, lw, li, lp, lang))
  );
}

function weeklyColumn(
  weeks: SheetArg,
  logWeeks: SheetArg,
  logIds: SheetArg,
  logProgress: SheetArg,
  lang: Lang
): SheetResult<number | string> {
  const weekCol = readColumn(weeks, argName('weeks'));
  const log = [
    readColumn(logWeeks, argName('logWeeks')),
    readColumn(logIds, argName('logIds')),
    readColumn(logProgress, argName('logProgress')),
  ];
  const [weekLog, idLog, progressLog] = log;
  const checkins: WeeklyCheckin[] = [];
  // The earliest unreadable log row: every week from its week on shows its error ('' = every week).
  let logError: { week: string; text: string } | null = null;
  for (let row = 0, height = sharedHeight(log); row < height; row++) {
    const id = at(idLog, row);
    if (isBlank(id)) continue;
    let week = '';
    try {
      week = readLogAt(weekLog, row, parseIsoWeekLabel) ?? '';
      const progress = readLogAt(progressLog, row, v => readProgress(v, lang));
      if (progress !== null && week !== '') checkins.push({ week, id: String(id).trim(), progress });
    } catch (error) {
      if (!logError || week < logError.week) logError = { week, text: rowErrorText(error, lang) };
    }
  }

  const labels: (string | null)[] = [];
  const out: (number | string)[] = [];
  for (let row = 0; row < weekCol.values.length; row++) {
    try {
      labels.push(readAt(weekCol, row, parseIsoWeekLabel));
    } catch (error) {
      if (!weekCol.isRange) throw error;
      labels.push(null);
      out[row] = rowErrorText(error, lang);
    }
  }
  weeklyProgress(labels, checkins).forEach((value, row) => {
    const week = labels[row];
    if (week !== null && logError && logError.week <= week) out[row] = logError.text;
    else out[row] ??= value ?? '';
  });
  return toResult(out, [weekCol]);
}

/** A log cell read with `read`; an error names the column and the row within the range. */
function readLogAt<T>(column: ArgColumn, row: number, read: (value: unknown) => T): T {
  try {
    return read(at(column, row));
  } catch (error) {
    const name = (lang: Lang) => phraseText(column.name, lang);
    throw withContext(error, phrase(FUNCTIONS, 'logRow', { name, n: row + 1 }));
  }
}
