import { OKR_PROGRESS } from '../../../src/features/functions/okr-progress';
import { OKR_ROLLUP } from '../../../src/features/functions/okr-rollup';

describe('OKR_ROLLUP', () => {
  it('shows each objective on its first row, blank elsewhere', () => {
    const objectives = [['Inbound'], [''], [''], ['Email'], ['']];
    const progress = [[0.2], [0.4], [0.6], [1], [0]];
    expect(OKR_ROLLUP(objectives, progress)).toEqual([[0.4], [''], [''], [0.5], ['']]);
  });

  it('ignores blank progress and blanks trailing empty rows', () => {
    const objectives = [['A'], [''], [''], [''], ['']];
    const progress = [[0.5], [''], [1], [''], ['']];
    expect(OKR_ROLLUP(objectives, progress)).toEqual([[0.75], [''], [''], [''], ['']]);
  });

  it('weights rows, with a blank weight counting 1', () => {
    const objectives = [['A'], [''], ['']];
    const progress = [[1], [0], [0]];
    expect(OKR_ROLLUP(objectives, progress, [[2], [''], [1]])).toEqual([[0.5], [''], ['']]);
  });

  it('rolls up decreasing and increasing KRs together', () => {
    const progress = OKR_PROGRESS([[6], [175], [55]], [[4], [200], [40]], [[8], [100], [50]]);
    expect(progress).toEqual([[0.5], [0.75], [0]]);
    const rollup = OKR_ROLLUP([['Retention'], [''], ['']], progress as number[][]) as number[][];
    expect(rollup[0][0]).toBeCloseTo(1.25 / 3, 12);
  });

  it('reads percentages typed as text and clamps overachievers', () => {
    expect(OKR_ROLLUP([['A'], ['']], [['150 %'], ['50%']])).toEqual([[0.75], ['']]);
  });

  it('shows an objective with a KR in error as incomplete, never as the higher mean of the others', () => {
    const progress = OKR_PROGRESS([[50], ['abc'], [100], ['n/a']], 100) as (number | string)[][];
    expect(progress[1][0]).toMatch(/^⚠ /);
    const incomplete = '⚠ Incomplete: 1 key result has an error or no target';
    // Issue 11: today the typo drops the KR and A shows 0.5 (the mean of the others), a higher number.
    expect(OKR_ROLLUP([['A'], [''], ['B'], ['']], progress)).toEqual([
      [incomplete],
      [''],
      [incomplete],
      [''],
    ]);
    expect(OKR_ROLLUP([['A'], ['']], [[progress[1][0]], ['']])).toEqual([[incomplete], ['']]);
    expect(OKR_ROLLUP('A', progress[1][0], '', 'fr')).toBe(
      '⚠ Incomplet : 1 résultat clé a une erreur ou pas de cible'
    );
    // A blank progress (no current yet) is not an error: the objective is the mean of its measured KRs.
    expect(OKR_ROLLUP([['A'], ['']], [[0.4], ['']])).toEqual([[0.4], ['']]);
  });

  it("shows a bad value typed in progress or weights on its objective's row, other objectives still computed", () => {
    const objectives = [['A'], [''], ['B'], [''], ['C']];
    const progress = [[0.5], ['half'], [0.2], [0.4], [1]];
    const weights = [[''], [''], [''], [-1], ['x']];
    expect(OKR_ROLLUP(objectives, progress, weights)).toEqual([
      ["⚠ Progress: 'half' is not a number"],
      [''],
      ['⚠ Weights: A weight cannot be negative (-1)'],
      [''],
      ["⚠ Weights: 'x' is not a number"],
    ]);
    expect(OKR_ROLLUP([['A'], ['']], [[0.5], ['moitié']], '', 'fr')).toEqual([
      ["⚠ Progression : «\u202Fmoitié\u202F» n'est pas un nombre"],
      [''],
    ]);
    // Above the first objective, the bad row shows its own error.
    expect(OKR_ROLLUP([[''], ['A']], [['?'], [0.5]])).toEqual([["⚠ Progress: '?' is not a number"], [0.5]]);
  });

  it('throws for a single bad value and for ranges of different heights, in the locale', () => {
    expect(() => OKR_ROLLUP('A', 'half')).toThrow("Progress: 'half' is not a number");
    expect(() => OKR_ROLLUP('A', 0.5, -1)).toThrow('Weights: A weight cannot be negative (-1)');
    expect(() => OKR_ROLLUP([['A'], ['']], [[0.5]])).toThrow('Objectives has 2 rows but progress has 1 row');
    expect(() => OKR_ROLLUP([['A'], ['']], [[0.5]], '', 'fr')).toThrow(
      'Objectifs a 2 lignes mais progression a 1 ligne'
    );
  });

  it('works on single values', () => {
    expect(OKR_ROLLUP('A', 0.3)).toBe(0.3);
    expect(OKR_ROLLUP('A', '')).toBe('');
  });
});
