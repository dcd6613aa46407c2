import type { Lang, Localized } from '../../i18n/lang';
import { gradeLabel } from '../../i18n/labels';
import { PERCENT_FORMAT } from '../install/formats';
import { columnLetter, sheetRef } from '../../schema/formulas';
import type { HistoryColumnKey } from '../../schema/history';

/**
 * The Dashboard's tables over several periods (issue 14), in G66:Q91, below the charts and beside the install's
 * own area (A1:E63), each list alone in its column (an array needs the room below it):
 * per closed period, its KRs by grade and how many were achieved; per owner, how many KRs, the mean and the lowest
 * final progress (always 100 % means aiming too low; a low mean, too high). Written by the first close, once History
 * exists, so the formulas name its real sheet and columns. Formulas use `;` between arguments (every locale reads
 * it) and no decimal number. Rows of a reopened period ("Reopened on" filled) are left out.
 */
export const PERIOD_TABLES_ROW = 66;
export const PERIOD_TABLES_COLUMN = 'G';
const ROWS = 24;
const WIDTH = 11; // G:Q: the period table in G:K, a blank column, the owner table in M:Q

const TEXT = {
  perPeriod: {
    en: 'Closed periods: key results by grade',
    fr: 'Périodes clôturées : résultats clés par note',
  },
  period: { en: 'Period', fr: 'Période' },
  achieved: { en: 'Achieved', fr: 'Atteints' },
  perOwner: { en: 'Per owner, over closed periods', fr: 'Par responsable, sur les périodes clôturées' },
  owner: { en: 'Owner', fr: 'Responsable' },
  krs: { en: 'Key results', fr: 'Résultats clés' },
  mean: { en: 'Mean progress', fr: 'Progression moyenne' },
  lowest: { en: 'Lowest progress', fr: 'Progression la plus basse' },
  hint: {
    en: 'Lowest always 100 %: the team aims too low. Mean far below 70 %: it aims too high.',
    fr: 'Toujours 100 % au plus bas : l’équipe vise trop bas. Moyenne très sous 70 % : elle vise trop haut.',
  },
} satisfies Record<string, Localized>;

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
  const top = PERIOD_TABLES_ROW;
  const first = top + 2;
  const last = first + ROWS - 1;
  const summary = (keys: string, keyKey: HistoryColumnKey, valueKey: HistoryColumnKey, measure: string) =>
    `=OKR_HISTORY(${keys}; ${kept(keyKey)}; ${kept(valueKey)}; "${measure}"; ${languageCell})`;
  const periods = `G${first}:G${last}`;
  const owners = `M${first}:M${last}`;

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
  put(top, 0, [TEXT.perPeriod[lang]], true);
  put(
    top + 1,
    0,
    [
      TEXT.period[lang],
      gradeLabel(lang, 'red'),
      gradeLabel(lang, 'yellow'),
      gradeLabel(lang, 'green'),
      TEXT.achieved[lang],
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
  put(top, 6, [TEXT.perOwner[lang]], true);
  put(
    top + 1,
    6,
    [TEXT.owner, TEXT.krs, TEXT.mean, TEXT.lowest].map(t => t[lang]),
    true
  );
  put(top + 1, 10, [TEXT.hint[lang]]);
  put(first, 6, [
    list('owner', true),
    summary(owners, 'owner', 'progress', 'count'),
    summary(owners, 'owner', 'progress', 'mean'),
    summary(owners, 'owner', 'progress', 'min'),
  ]);
  for (let row = first; row <= last; row++) {
    formats[row - top][0] = 'General';
    formats[row - top][6] = 'General';
    formats[row - top][8] = PERCENT_FORMAT;
    formats[row - top][9] = PERCENT_FORMAT;
  }
  return { a1: `G${top}:${columnLetter(6 + WIDTH - 1)}${last}`, values, formats, weights };
}
