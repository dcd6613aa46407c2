import { figureFromProgressCell, readWeight, type WeightedFigure } from '../../core/figures';
import type { Lang } from '../../i18n/lang';
import { readAt, readColumn, type ArgColumn, type SheetArg, argName } from './sheet-args';

/** The objective, progress and weight arguments of OKR_ROLLUP and OKR_OVERALL, read as columns. */
export function objectiveColumns(objectives: SheetArg, progress: SheetArg, weights: SheetArg): ArgColumn[] {
  return [
    readColumn(objectives, argName('objectives')),
    readColumn(progress, argName('progress')),
    readColumn(weights, argName('weights')),
  ];
}

/** One row's KR figure read from a progress cell, with its weight (unread for a blank row). Throws on a bad cell. */
export function weightedFigureAt(
  progressCol: ArgColumn,
  weightCol: ArgColumn,
  row: number,
  lang: Lang
): WeightedFigure {
  const figure = readAt(progressCol, row, value => figureFromProgressCell(value, lang));
  return {
    figure,
    weight: figure.state === 'blank' ? null : readAt(weightCol, row, value => readWeight(value, lang)),
  };
}
