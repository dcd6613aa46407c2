import { OkrInputError } from '../engine/errors';
import { parseUserNumber } from '../engine/numbers';
import { rollupByObjective } from '../engine/objective';
import { readAt, readColumn, sharedHeight, toResult, type SheetArg, type SheetResult } from './sheet-args';

const readNumber = (value: unknown) => parseUserNumber(value);

function readWeight(value: unknown): number | null {
  const weight = parseUserNumber(value);
  if (weight !== null && weight < 0) {
    throw new OkrInputError({
      en: `A weight cannot be negative (${weight})`,
      fr: `Un poids ne peut pas être négatif (${weight})`,
    });
  }
  return weight;
}

/**
 * Progress of each objective from its key results' progress: the weighted mean, shown on the objective's first row.
 *
 * @param {string|Array<Array<string>>} objectives A one-column range of objective names, one row per key result. A blank cell belongs to the nearest objective above it.
 * @param {number|Array<Array<number>>} progress The key results' progress (as OKR_PROGRESS gives it), a range of the same height. Blank rows are ignored.
 * @param {number|Array<Array<number>>} weights Optional: each key result's weight, a range of the same height or one value. Blank counts as 1.
 * @return {number|Array<Array<number>>} A column: the objective's progress on the first row of each objective, blank on the other rows.
 * @customfunction
 */
export function OKR_ROLLUP(
  objectives: SheetArg,
  progress: SheetArg,
  weights?: SheetArg
): SheetResult<number | string> {
  const columns = [
    readColumn(objectives, { en: 'objectives', fr: 'objectifs' }),
    readColumn(progress, { en: 'progress', fr: 'progression' }),
    readColumn(weights, { en: 'weights', fr: 'poids' }),
  ];
  const [objectiveCol, progressCol, weightCol] = columns;
  const height = sharedHeight(columns);
  const names: unknown[] = new Array(height);
  const values: (number | null)[] = new Array(height);
  const rowWeights: (number | null)[] = new Array(height);
  for (let row = 0; row < height; row++) {
    names[row] = objectiveCol.isRange ? objectiveCol.values[row] : objectiveCol.values[0];
    const value = readAt(progressCol, row, readNumber);
    values[row] = value;
    rowWeights[row] = value === null ? null : readAt(weightCol, row, readWeight);
  }
  const rollup = rollupByObjective(names, values, rowWeights);
  return toResult(
    rollup.map(p => (p === null ? '' : p)),
    columns
  );
}
