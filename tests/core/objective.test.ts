import { objectiveFigure, objectiveFiguresByRow, type KrFigure } from '../../src/core/figures';
import { objectiveFirstRows } from '../../src/core/objective';
import { clamp01, progressBetween } from '../../src/core/progress';

/** A KR figure of a progress (blank for null): its shown progress is clamped to 0..1, as every surface shows it. */
const figure = (p: number | null): KrFigure =>
  p === null ? { state: 'blank' } : { state: 'ok', progress: clamp01(p), raw: p };

/** The objective rule (core/figures.ts objectiveFigure) on plain progress values. */
const objectiveProgress = (items: readonly { progress: number | null; weight?: number | null }[]) =>
  objectiveFigure(items.map(item => ({ figure: figure(item.progress), weight: item.weight }))).progress;

/** The objective rule by rows (objectiveFiguresByRow), as OKR_ROLLUP shows it. */
const rollupByObjective = (
  objectives: readonly unknown[],
  progress: readonly (number | null)[],
  weights?: readonly (number | null)[]
) =>
  objectiveFiguresByRow(
    objectives,
    progress.map((p, row) => ({ figure: figure(p), weight: weights?.[row] }))
  ).map(f => f?.progress ?? null);

describe('objectiveProgress', () => {
  it('averages with equal weights by default', () => {
    expect(objectiveProgress([{ progress: 0.2 }, { progress: 0.6 }, { progress: 1 }])).toBe(0.6);
  });

  it('weights key results', () => {
    expect(
      objectiveProgress([
        { progress: 1, weight: 3 },
        { progress: 0, weight: 1 },
      ])
    ).toBe(0.75);
    expect(
      objectiveProgress([
        { progress: 1, weight: 0 },
        { progress: 0.5, weight: 2 },
      ])
    ).toBe(0.5);
  });

  it('ignores blank progress and is blank when every KR is blank', () => {
    expect(objectiveProgress([{ progress: null }, { progress: 0.4 }])).toBe(0.4);
    expect(objectiveProgress([{ progress: null }, { progress: null }])).toBeNull();
    expect(objectiveProgress([])).toBeNull();
  });

  it('clamps each KR so an overachiever cannot hide a late one', () => {
    expect(objectiveProgress([{ progress: 1.5 }, { progress: 0 }])).toBe(0.5);
    expect(objectiveProgress([{ progress: -0.5 }, { progress: 1 }])).toBe(0.5);
  });

  it('mixes decreasing and increasing KRs in one objective', () => {
    const churn = progressBetween(null, 8, 4, 6); // decrease: halfway
    const signups = progressBetween(null, 100, 200, 175); // increase: three quarters
    const costs = progressBetween('decrease', 50, 40, 55); // worse than start
    expect(churn?.clamped).toBe(0.5);
    expect(signups?.clamped).toBe(0.75);
    expect(costs?.clamped).toBe(0);
    const mean = objectiveProgress([churn, signups, costs].map(p => ({ progress: p ? p.clamped : null })));
    expect(mean).toBeCloseTo((0.5 + 0.75 + 0) / 3, 12);
  });

  it('refuses negative weights', () => {
    expect(() => objectiveProgress([{ progress: 1, weight: -1 }])).toThrow(
      'A weight cannot be negative (-1)'
    );
  });
});

describe('rollupByObjective', () => {
  it('puts each objective on its first row, blank rows belonging to the objective above', () => {
    const objectives = ['Grow inbound', '', '', 'Better emails', ''];
    const progress = [0.2, 0.4, 0.6, 1, 0];
    expect(rollupByObjective(objectives, progress)).toEqual([0.4, null, null, 0.5, null]);
  });

  it('joins rows naming the same objective, even when repeated on every row or apart', () => {
    const objectives = ['A', 'A', 'B', 'A ', 'B'];
    const progress = [0, 0.3, 1, 0.6, 0];
    expect(rollupByObjective(objectives, progress)).toEqual([0.3, null, 0.5, null, null]);
  });

  it('ignores blank progress, gives blank for an objective with none and for trailing blank rows', () => {
    const objectives = ['A', '', 'B', '', '', '', ''];
    const progress = [0.5, null, null, null, null, null, null];
    expect(rollupByObjective(objectives, progress)).toEqual([0.5, null, null, null, null, null, null]);
  });

  it('leaves out rows above the first objective', () => {
    expect(rollupByObjective(['', 'A'], [1, 0.5])).toEqual([null, 0.5]);
  });

  it('applies weights row by row', () => {
    expect(rollupByObjective(['A', ''], [1, 0], [3, 1])).toEqual([0.75, null]);
  });
});

describe('objectiveFirstRows', () => {
  it("gives each row its objective's first row, -1 above the first objective", () => {
    expect(objectiveFirstRows(['', 'A', '', 'B', ' A', ''])).toEqual([-1, 1, 1, 3, 1, 1]);
  });
});
