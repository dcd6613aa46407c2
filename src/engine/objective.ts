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

function negativeWeight(weight: number): OkrInputError {
  return new OkrInputError({
    en: `A weight cannot be negative (${weight})`,
    fr: `Un poids ne peut pas être négatif (${weight})`,
  });
}

/**
 * Objective progress for a table with one row per key result, as OKR_ROLLUP shows it: each row's objective is
 * its objective cell, or, when blank, the nearest objective above. Rows naming the same objective (after
 * trimming) belong to one objective wherever they are. The result has one entry per row: the objective's
 * progress on the first row naming it, null on every other row. Rows above the first objective are left out.
 */
export function rollupByObjective(
  objectives: readonly unknown[],
  progress: readonly (number | null)[],
  weights?: readonly (number | null)[]
): (number | null)[] {
  const result: (number | null)[] = new Array(objectives.length).fill(null);
  const groups = new Map<string, { firstRow: number; sum: number; total: number }>();
  let current: { firstRow: number; sum: number; total: number } | undefined;
  for (let row = 0; row < objectives.length; row++) {
    const name = objectives[row];
    if (!isBlank(name)) {
      const key = String(name).trim();
      current = groups.get(key);
      if (!current) {
        current = { firstRow: row, sum: 0, total: 0 };
        groups.set(key, current);
      }
    }
    const p = progress[row];
    if (!current || p === null || p === undefined) continue;
    const weight = weights?.[row] ?? 1;
    if (weight < 0) throw negativeWeight(weight);
    current.sum += clamp01(p) * weight;
    current.total += weight;
  }
  for (const group of groups.values()) {
    if (group.total > 0) result[group.firstRow] = roundNoise(group.sum / group.total);
  }
  return result;
}
