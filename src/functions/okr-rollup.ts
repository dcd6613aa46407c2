import type { Lang } from '../i18n/lang';
import { parseUserNumber } from '../engine/numbers';
import { negativeWeight, objectiveFirstRows, rollupByObjective } from '../engine/objective';
import { inLocale } from './locale-arg';
import { readProgress } from './progress-arg';
import {
  at,
  isAnyRange,
  readAt,
  readColumn,
  rowErrorText,
  sharedHeight,
  toResult,
  type SheetArg,
  type SheetResult,
  withHeader,
} from './sheet-args';

function readWeight(value: unknown): number | null {
  const weight = parseUserNumber(value);
  if (weight !== null && weight < 0) throw negativeWeight(weight);
  return weight;
}

/**
 * Progress of each objective from its key results' progress: the weighted mean, shown on the objective's first row.
 *
 * @param {string|Array<Array<string>>} objectives A one-column range of objective names, one row per key result. A blank cell belongs to the nearest objective above it.
 * @param {number|Array<Array<number>>} progress The key results' progress (as OKR_PROGRESS gives it), a range of the same height. Blank rows, and rows where OKR_PROGRESS shows an error (⚠), are ignored.
 * @param {number|Array<Array<number>>} weights Optional: each key result's weight, a range of the same height or one value. Blank counts as 1.
 * @param {string} locale Optional: "fr" (or fr_FR) for error messages in French; English by default.
 * @param {string} header Optional: a header text. Each range's first row (its header) is then skipped and the result starts with this text.
 * @return {number|Array<Array<number>>} A column: the objective's progress on the first row of each objective, blank on the other rows.
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
  const columns = [
    readColumn(objectives, { en: 'objectives', fr: 'objectifs' }),
    readColumn(progress, { en: 'progress', fr: 'progression' }),
    readColumn(weights, { en: 'weights', fr: 'poids' }),
  ];
  const [objectiveCol, progressCol, weightCol] = columns;
  const height = sharedHeight(columns);
  const isRange = isAnyRange(columns);
  const names: unknown[] = new Array(height);
  const values: (number | null)[] = new Array(height);
  const rowWeights: (number | null)[] = new Array(height);
  const errorRows: { row: number; text: string }[] = [];
  for (let row = 0; row < height; row++) {
    names[row] = at(objectiveCol, row);
    try {
      const value = readAt(progressCol, row, readProgress);
      values[row] = value;
      rowWeights[row] = value === null ? null : readAt(weightCol, row, readWeight);
    } catch (error) {
      if (!isRange) throw error;
      values[row] = rowWeights[row] = null;
      errorRows.push({ row, text: rowErrorText(error, lang) });
    }
  }
  const out: (number | string)[] = rollupByObjective(names, values, rowWeights).map(p =>
    p === null ? '' : p
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
