import { sheetRef } from '../../schema/a1';
import { canonicalFormula, type SettingsRef } from '../../schema/formulas';
import type { CellWrite, SheetState } from './plan';
import { isBlank } from '../../schema/okr-rows';

/**
 * The headline overall figure ("Q4 2026 overall: 55%"): one OKR_OVERALL formula reading the Objective progress
 * column, the period name and the language from Settings. On the Dashboard it sits under the title (A2). On the OKRs
 * sheet it sits in the frozen header row beyond the table, after one blank column, so the table keeps row 1 as its
 * header, data from row 2 and computed columns in their header cells: nothing of the table moves.
 */
const HEADLINE_FUNCTION = 'OKR_OVERALL';

/**
 * The headline formula from the objective, progress and weight columns: whole columns from the header row
 * (`B1:B`, or `OKRs!B1:B` from another sheet), so rows inserted at row 2 stay inside them, with OKR_OVERALL's
 * skipHeader argument.
 */
export function headlineFormula(
  ranges: { objective: string; progress: string; weight: string },
  settings: SettingsRef
): string {
  const setting = (row: number) => `${sheetRef(settings.sheetName)}!$B$${row}`;
  return (
    `=${HEADLINE_FUNCTION}(${ranges.objective}; ${ranges.progress}; ${ranges.weight}; ` +
    `${setting(settings.rows.language)}; TRUE; ${setting(settings.rows.periodName)})`
  );
}

/** The 0-based column of the OKRs sheet's headline in its header row (found by its function), or -1. */
export function findHeadline(headerFormulas: readonly unknown[]): number {
  const call = new RegExp(`^=\\s*${HEADLINE_FUNCTION}\\s*\\(`, 'i');
  return headerFormulas.findIndex(formula => call.test(String(formula ?? '')));
}

/**
 * The sheet state as the table is planned from: the headline cell seen as blank and the blank columns at the right
 * of the data range left out, so a column missing from the table is appended right after the used columns (not
 * beyond the headline).
 */
export function tableState(state: SheetState | null, headlineCol: number): SheetState | null {
  if (!state) return state;
  const blankAt = (r: number, c: number) =>
    (r === 0 && c === headlineCol) || (isBlank(state.values[r]?.[c]) && isBlank(state.formulas[r]?.[c]));
  let width = 0;
  state.values.forEach((row, r) => {
    for (let c = row.length - 1; c >= width; c--) {
      if (!blankAt(r, c)) {
        width = c + 1;
        break;
      }
    }
  });
  const cut = <T>(rows: readonly (readonly T[])[], empty: T) =>
    rows.map((row, r) => row.slice(0, width).map((v, c) => (r === 0 && c === headlineCol ? empty : v)));
  return { values: cut(state.values, '' as unknown), formulas: cut(state.formulas, '') };
}

export interface HeadlinePlan {
  /** 0-based column of the headline after the repair. */
  col: number;
  writes: CellWrite[];
  /** True when an existing workbook's headline was added, moved or rewritten. */
  restored: boolean;
}

/**
 * Where the OKRs headline goes: it stays where it is when beyond the table with a blank column before it;
 * otherwise (new sheet, deleted, or a column added to the table reached it) it goes to the first blank header cell
 * from `tableWidth + 1`, and its old cell (ours) is cleared. Never writes over a cell a user typed.
 */
export function planOkrHeadline(
  state: SheetState | null,
  current: number,
  table: { width: number; columns: Record<string, number> },
  formula: string
): HeadlinePlan {
  const tableWidth = table.width;
  const header = (c: number) => ({ value: state?.values[0]?.[c], formula: state?.formulas[0]?.[c] ?? '' });
  const blankHeader = (c: number) => isBlank(header(c).value) && header(c).formula === '';
  // Beyond the add-on's last column with a blank column before it, it stays, even with user columns right of it.
  const ourEnd = Math.max(...Object.values(table.columns)) + 1;
  if (current > ourEnd && blankHeader(current - 1)) {
    const same = canonicalFormula(header(current).formula) === canonicalFormula(formula);
    return {
      col: current,
      writes: same ? [] : [{ row: 1, col: current + 1, value: formula }],
      restored: !same,
    };
  }
  let col = tableWidth + 1;
  while (state && !blankHeader(col)) col++;
  const writes: CellWrite[] = [{ row: 1, col: col + 1, value: formula }];
  // The old cell is ours: cleared, unless a column of the table was just put there (its header is written).
  if (current >= 0 && !Object.values(table.columns).includes(current))
    writes.push({ row: 1, col: current + 1, value: '' });
  return { col, writes, restored: state !== null };
}
