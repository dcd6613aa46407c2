import { findHeadline, planOkrHeadline, tableState } from '../../../src/features/install/headline';

const F = '=OKR_OVERALL(K2:K, Settings!$B$2, Settings!$B$7)';
const state = (header: string[], rows: string[][] = []) => ({
  values: [header.map(h => (h.startsWith('=') ? 'Q4 overall: 5%' : h)), ...rows],
  formulas: [header.map(h => (h.startsWith('=') ? h : '')), ...rows.map(r => r.map(() => ''))],
});

describe('headline placement', () => {
  it('finds the headline by its function, whatever the case', () => {
    expect(findHeadline(['ID', '', '=okr_overall(K2:K)'])).toBe(2);
    expect(findHeadline(['ID', '={"Progress"; OKR_PROGRESS(H2:H)}'])).toBe(-1);
  });

  it('plans the table without the headline or the blank columns after the data', () => {
    const s = state(['A', 'B', '', F, '', ''], [['1', '2', '', '', '', '']]);
    expect(tableState(s, 3)!.values).toEqual([
      ['A', 'B'],
      ['1', '2'],
    ]);
    // A user's data beyond the table counts.
    expect(
      tableState(
        state(
          ['A', '', F],
          [
            ['1', '', ''],
            ['', 'x', ''],
          ]
        ),
        2
      )!.values[0]
    ).toEqual(['A', '']);
  });

  it('stays put after one blank column, is rewritten when its formula changed, and is added on a new sheet', () => {
    const table = { width: 2, columns: { a: 0, b: 1 } };
    expect(planOkrHeadline(state(['A', 'B', '', F]), 3, table, F)).toEqual({
      col: 3,
      writes: [],
      restored: false,
    });
    const old = '=OKR_OVERALL(J2:J, Settings!$B$2, Settings!$B$7)';
    expect(planOkrHeadline(state(['A', 'B', '', old]), 3, table, F).writes).toEqual([
      { row: 1, col: 4, value: F },
    ]);
    expect(planOkrHeadline(null, -1, table, F)).toEqual({
      col: 3,
      writes: [{ row: 1, col: 4, value: F }],
      restored: false,
    });
  });

  it('moves right when a table column reaches it, without clearing the new column’s header', () => {
    // The table grew to 3 columns: a new column was planned at index 2, where the headline was.
    const grown = { width: 3, columns: { a: 0, b: 1, weight: 2 } };
    const plan = planOkrHeadline(state(['A', 'B', F]), 2, grown, F);
    expect(plan).toEqual({ col: 4, writes: [{ row: 1, col: 5, value: F }], restored: true });
    // Not claimed by the table: the old cell (ours) is cleared; a user's cell in the way is skipped.
    const moved = planOkrHeadline(
      state(['A', 'B', '', F, 'mine']),
      3,
      { width: 4, columns: { a: 0, b: 1, c: 3 } },
      F
    );
    expect(moved.writes).toEqual([{ row: 1, col: 6, value: F }]);
  });

  it('stays beyond the add-on’s columns when a user adds columns of their own to its right', () => {
    const plan = planOkrHeadline(
      state(['A', 'B', '', F, 'Budget', 'Team']),
      3,
      { width: 6, columns: { a: 0, b: 1 } },
      F
    );
    expect(plan).toEqual({ col: 3, writes: [], restored: false });
  });
});
