import { OKR_PROGRESS } from '../../src/functions/okr-progress';
import { OKR_ROLLUP } from '../../src/functions/okr-rollup';

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

  it('names the row of a bad value and refuses negative weights and mismatched heights', () => {
    expect(() => OKR_ROLLUP([['A'], ['']], [[0.5], ['half']])).toThrow(
      "Progress, row 2 of the range: 'half' is not a number"
    );
    expect(() => OKR_ROLLUP([['A']], [[0.5]], [[-1]])).toThrow(
      'Weights, row 1 of the range: A weight cannot be negative (-1)'
    );
    expect(() => OKR_ROLLUP([['A'], ['']], [[0.5]])).toThrow('Objectives has 2 rows but progress has 1 row');
  });

  it('works on single values', () => {
    expect(OKR_ROLLUP('A', 0.3)).toBe(0.3);
    expect(OKR_ROLLUP('A', '')).toBe('');
  });
});
