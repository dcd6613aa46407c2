import type { Lang } from '../../i18n/lang';
import { incompleteText, objectiveFiguresByRow, type WeightedFigure } from '../../core/figures';
import { objectiveFirstRows } from '../../core/objective';
import { inLocale } from './locale-arg';
import { objectiveColumns, weightedFigureAt } from './objective-args';
import {
  at,
  isAnyRange,
  rowErrorText,
  sharedHeight,
  toResult,
  type SheetArg,
  type SheetResult,
  withHeader,
} from './sheet-args';

/**
 * Progress of each objective from its key results' progress: the weighted mean, shown on the objective's first row.
 *
 * @param {string|Array<Array<string>>} objectives A one-column range of objective names, one row per key result. A blank cell belongs to the nearest objective above it.
 * @param {number|Array<Array<number>>} progress The key results' progress (as OKR_PROGRESS gives it), a range of the same height. Blank rows are ignored; a row where OKR_PROGRESS shows an error (⚠) makes its objective incomplete (⚠ Incomplete instead of a number).
 * @param {number|Array<Array<number>>} weights Optional: each key result's weight, a range of the same height or one value. Blank counts as 1.
 * @param {string} locale Optional: "fr" (or fr_FR) for error messages in French; English by default.
 * @param {string} header Optional: the column's header text. When given, every range starts at its header row: the first row of each range is skipped and the result starts with this text, so a formula in a header cell can read whole columns from row 1 (H1:H) and stay aligned whatever rows are inserted, deleted or sorted.
 * @return {number|Array<Array<number>>} A column: the objective's progress on the first row of each objective (or ⚠ Incomplete when one of its KRs is in error), blank on the other rows.
 * @customfunction
 */
export function OKR_ROLLUP(
  objectives: SheetArg,
  progress: SheetArg,
  weights?: SheetArg,
  locale?: SheetArg,
  header?: SheetArg
): SheetResult<number | string> {
  return withHeader(header, [objectives, progress, weights], ([o, p, w]) =>
    inLocale(locale, lang => rollupColumn(o, p, w, lang))
  );
}

function rollupColumn(
  objectives: SheetArg,
  progress: SheetArg,
  weights: SheetArg,
  lang: Lang
): SheetResult<number | string> {
  const columns = objectiveColumns(objectives, progress, weights);
  const [objectiveCol, progressCol, weightCol] = columns;
  const height = sharedHeight(columns);
  const isRange = isAnyRange(columns);
  const names: unknown[] = new Array(height);
  const items: WeightedFigure[] = new Array(height);
  const errorRows: { row: number; text: string }[] = [];
  for (let row = 0; row < height; row++) {
    names[row] = at(objectiveCol, row);
    try {
      items[row] = weightedFigureAt(progressCol, weightCol, row, lang);
    } catch (error) {
      if (!isRange) throw error;
      items[row] = { figure: { state: 'blank' } };
      errorRows.push({ row, text: rowErrorText(error, lang) });
    }
  }
  // The figures module's rule: an objective with a KR in error shows that it is incomplete, not a higher mean.
  const out: (number | string)[] = objectiveFiguresByRow(names, items).map(figure =>
    figure === null
      ? ''
      : figure.incomplete > 0
        ? incompleteText('objective', figure.incomplete, lang)
        : (figure.progress ?? '')
  );
  if (errorRows.length > 0) {
    // A bad weight or progress typed by hand would make the objective's mean wrong: its row shows the first
    // error instead of a number (the row itself when it is above the first objective).
    const firstRows = objectiveFirstRows(names);
    const flagged = new Set<number>();
    for (const { row, text } of errorRows) {
      const target = firstRows[row] < 0 ? row : firstRows[row];
      if (flagged.has(target)) continue;
      flagged.add(target);
      out[target] = text;
    }
  }
  return toResult(out, columns);
}
