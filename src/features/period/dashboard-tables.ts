import { GRADE_THRESHOLDS } from '../../core/grade';
import { formatPercent } from '../../i18n/format';
import { t, type Key } from '../../i18n/catalog';
import { gradeLabel } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import { PERIOD } from '../../i18n/sections';
import { PERCENT_FORMAT } from '../install/formats';
import { PERIOD_TABLES_ANCHOR } from '../install/dashboard';
import { columnLetter, sheetRef } from '../../schema/a1';
import type { HistoryColumnKey } from '../../schema/history';

/**
 * The Dashboard's tables over several periods (issue 14), from PERIOD_TABLES_ANCHOR (G66:Q91), below the charts and
 * the install's own area (DASHBOARD_AREA, src/features/install/dashboard.ts), each list alone in its column (an array
 * needs the room below it):
 * per closed period, its KRs by grade and how many were achieved; per owner, how many KRs, the mean and the lowest
 * final progress (always 100 % means aiming too low; a low mean, too high). Written by the first close, once History
 * exists, so the formulas name its real sheet and columns. Formulas use `;` between arguments (every locale reads
 * it) and no decimal number. Rows of a reopened period ("Reopened on" filled) are left out.
 */
const ROWS = 24;
const WIDTH = 11; // G:Q: the period table in G:K, a blank column, the owner table in M:Q
const OWNERS = 6; // the owner table's first column, from the anchor
/** Column letter `offset` columns right of the tables' anchor. */
const letter = (offset: number) => columnLetter(PERIOD_TABLES_ANCHOR.col - 1 + offset);

export interface PeriodTables {
  a1: string;
  values: unknown[][];
  formats: string[][];
  weights: ('bold' | 'normal')[][];
}

export function periodTables(
  lang: Lang,
  history: { sheetName: string; columns: Partial<Record<HistoryColumnKey, number>> },
  languageCell: string
): PeriodTables | null {
  const c = history.columns;
  if ([c.period, c.owner, c.grade, c.closingStatus, c.progress, c.reopenedAt].some(i => i === undefined))
    return null;
  const col = (key: HistoryColumnKey) => {
    const letter = columnLetter(c[key]!);
    return `${sheetRef(history.sheetName)}!${letter}2:${letter}`;
  };
  const open = `${col('reopenedAt')}=""`;
  const kept = (key: HistoryColumnKey) => `FILTER(${col(key)}; ${open})`;
  const list = (key: HistoryColumnKey, sort: boolean) => {
    const unique = `UNIQUE(FILTER(${col(key)}; ${col(key)}<>""; ${open}))`;
    return `=ARRAYFORMULA(IFERROR(${sort ? `SORT(${unique})` : unique}; ""))`;
  };
  const top = PERIOD_TABLES_ANCHOR.row;
  const first = top + 2;
  const last = first + ROWS - 1;
  const summary = (keys: string, keyKey: HistoryColumnKey, valueKey: HistoryColumnKey, measure: string) =>
    `=OKR_HISTORY(${keys}; ${kept(keyKey)}; ${kept(valueKey)}; "${measure}"; ${languageCell})`;
  const periods = `${letter(0)}${first}:${letter(0)}${last}`;
  const owners = `${letter(OWNERS)}${first}:${letter(OWNERS)}${last}`;

  const height = last - top + 1;
  const values: unknown[][] = Array.from({ length: height }, () => new Array<unknown>(WIDTH).fill(''));
  const formats: string[][] = Array.from({ length: height }, () => new Array<string>(WIDTH).fill('0'));
  const weights: ('bold' | 'normal')[][] = Array.from({ length: height }, () =>
    new Array<'bold' | 'normal'>(WIDTH).fill('normal')
  );
  const put = (row: number, at: number, cells: unknown[], bold = false) => {
    cells.forEach((cell, i) => {
      values[row - top][at + i] = cell;
      if (bold) weights[row - top][at + i] = 'bold';
    });
  };
  const say = (key: Key<typeof PERIOD>) => t(PERIOD, lang, key);
  put(top, 0, [say('tablePerPeriod')], true);
  put(
    top + 1,
    0,
    [
      say('tablePeriod'),
      gradeLabel(lang, 'red'),
      gradeLabel(lang, 'yellow'),
      gradeLabel(lang, 'green'),
      say('tableAchieved'),
    ],
    true
  );
  put(first, 0, [
    list('period', false),
    summary(periods, 'period', 'grade', 'Red'),
    summary(periods, 'period', 'grade', 'Yellow'),
    summary(periods, 'period', 'grade', 'Green'),
    summary(periods, 'period', 'closingStatus', 'Achieved'),
  ]);
  put(top, OWNERS, [say('tablePerOwner')], true);
  put(top + 1, OWNERS, [say('tableOwner'), say('tableKrs'), say('tableMean'), say('tableLowest')], true);
  // Always full progress: aiming too low; a mean far below the aspirational green threshold: too high.
  const hint = {
    full: formatPercent(1, lang),
    expected: formatPercent(GRADE_THRESHOLDS.aspirational.green, lang),
  };
  put(top + 1, OWNERS + 4, [t(PERIOD, lang, 'tableHint', hint)]);
  put(first, OWNERS, [
    list('owner', true),
    summary(owners, 'owner', 'progress', 'count'),
    summary(owners, 'owner', 'progress', 'mean'),
    summary(owners, 'owner', 'progress', 'min'),
  ]);
  for (let row = first; row <= last; row++) {
    formats[row - top][0] = 'General';
    formats[row - top][OWNERS] = 'General';
    formats[row - top][OWNERS + 2] = PERCENT_FORMAT;
    formats[row - top][OWNERS + 3] = PERCENT_FORMAT;
  }
  return { a1: `${letter(0)}${top}:${letter(WIDTH - 1)}${last}`, values, formats, weights };
}
