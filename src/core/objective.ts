import { OkrInputError } from './errors';
import { clamp01, roundNoise } from './progress';
import { isBlank } from './text';

export interface WeightedProgress {
  progress: number | null;
  /** Blank counts as 1 (equal weights); 0 leaves the key result out. */
  weight?: number | null;
}

/**
 * An objective's progress: the weighted mean of its key results' progress, each clamped to [0, 1] (an
 * overachieved KR cannot hide a late one). Blank progress is ignored; null when nothing is left to average.
 */
export function objectiveProgress(items: readonly WeightedProgress[]): number | null {
  let sum = 0;
  let total = 0;
  for (const item of items) {
    if (item.progress === null) continue;
    const weight = item.weight ?? 1;
    if (weight < 0) throw negativeWeight(weight);
    sum += clamp01(item.progress) * weight;
    total += weight;
  }
  return total > 0 ? roundNoise(sum / total) : null;
}

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

/**
 * Objective progress for a table with one row per key result, as OKR_ROLLUP shows it (rows grouped as in
 * objectiveFirstRows): the objective's progress on the first row naming it, null on every other row. Rows above
 * the first objective are left out.
 */
export function rollupByObjective(
  objectives: readonly unknown[],
  progress: readonly (number | null)[],
  weights?: readonly (number | null)[]
): (number | null)[] {
  const firstRows = objectiveFirstRows(objectives);
  const sums: number[] = new Array(objectives.length).fill(0);
  const totals: number[] = new Array(objectives.length).fill(0);
  for (let row = 0; row < objectives.length; row++) {
    const first = firstRows[row];
    const p = progress[row];
    if (first < 0 || p === null || p === undefined) continue;
    const weight = weights?.[row] ?? 1;
    if (weight < 0) throw negativeWeight(weight);
    sums[first] += clamp01(p) * weight;
    totals[first] += weight;
  }
  const result: (number | null)[] = new Array(objectives.length);
  for (let row = 0; row < objectives.length; row++) {
    result[row] = firstRows[row] === row && totals[row] > 0 ? roundNoise(sums[row] / totals[row]) : null;
  }
  return result;
}
