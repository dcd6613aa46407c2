import type { Lang } from '../i18n/lang';
import {
  figureFromProgressCell,
  incompleteText,
  objectiveFiguresByRow,
  overallFigure,
  readWeight,
  type ObjectiveFigure,
  type WeightedFigure,
} from '../engine/figures';
import { inLocale } from './locale-arg';
import { at, readAt, readColumn, sharedHeight, type SheetArg } from './sheet-args';

/**
 * Overall progress of the period: the mean of the objectives' progress (each objective counts once), over every key result of the sheet.
 *
 * @param {string|Array<Array<string>>} objectives A one-column range of objective names, one row per key result. A blank cell belongs to the nearest objective above it.
 * @param {number|Array<Array<number>>} progress The key results' progress (as OKR_PROGRESS gives it), a range of the same height.
 * @param {number|Array<Array<number>>} weights Optional: each key result's weight in its objective, a range of the same height or one value. Blank counts as 1.
 * @param {string} locale Optional: "fr" (or fr_FR) for French messages; English by default.
 * @param {boolean} skipHeader Optional: TRUE when the ranges start at their header row (whole columns such as B1:B, which stay aligned whatever rows are inserted): the first row of each range is left out.
 * @return {number|string} The overall progress between 0 and 1, or a text starting with ⚠ when an objective is incomplete (a key result with an error or no target).
 * @customfunction
 */
export function OKR_OVERALL(
  objectives: SheetArg,
  progress: SheetArg,
  weights?: SheetArg,
  locale?: SheetArg,
  skipHeader?: SheetArg
): number | string {
  const body = (arg: SheetArg) => (skipHeader === true && Array.isArray(arg) ? arg.slice(1) : arg);
  return inLocale(locale, lang => overall(body(objectives), body(progress), body(weights), lang));
}

function overall(objectives: SheetArg, progress: SheetArg, weights: SheetArg, lang: Lang): number | string {
  const columns = [
    readColumn(objectives, { en: 'objectives', fr: 'objectifs' }),
    readColumn(progress, { en: 'progress', fr: 'progression' }),
    readColumn(weights, { en: 'weights', fr: 'poids' }),
  ];
  const [objectiveCol, progressCol, weightCol] = columns;
  const height = sharedHeight(columns);
  const names: unknown[] = new Array(height);
  const items: WeightedFigure[] = new Array(height);
  for (let row = 0; row < height; row++) {
    names[row] = at(objectiveCol, row);
    const figure = readAt(progressCol, row, value => figureFromProgressCell(value, lang));
    const weight = figure.state === 'blank' ? null : readAt(weightCol, row, value => readWeight(value, lang));
    items[row] = { figure, weight };
  }
  const figures = objectiveFiguresByRow(names, items).filter((f): f is ObjectiveFigure => f !== null);
  const result = overallFigure(figures);
  if (result.incomplete > 0) return incompleteText('overall', result.incomplete, lang);
  return result.progress ?? '';
}
