import { OkrInputError } from './errors';
import { isBlank } from './text';

/** The error for a negative weight, wherever a weight is read. */
export function negativeWeight(weight: number): OkrInputError {
  return new OkrInputError('negativeWeight', { weight: String(weight) });
}

/**
 * For a table with one row per key result, the row where each row's objective first appears: the row's own
 * objective cell or, when blank, the nearest objective above. Rows naming the same objective (after trimming)
 * belong to one objective wherever they are. -1 for rows above the first objective.
 */
export function objectiveFirstRows(objectives: readonly unknown[]): number[] {
  const firstRows: number[] = new Array(objectives.length);
  const seen = new Map<string, number>();
  let current = -1;
  for (let row = 0; row < objectives.length; row++) {
    const name = objectives[row];
    if (!isBlank(name)) {
      const key = String(name).trim();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, (current = row));
      else current = first;
    }
    firstRows[row] = current;
  }
  return firstRows;
}
