// Small text transformations of A1 formulas (outside string literals).
import { columnLetter, columnNumber } from './a1';

/** Moves the relative references of a formula by (dr, dc), as copying a formula to another cell does. */
export function shiftFormulaReferences(formula: string, dr: number, dc: number): string {
  if (!dr && !dc) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_m, absCol: string, col: string, absRow: string, row: string) => {
              const c = absCol ? col : columnLetter(Math.max(1, columnNumber(col) + dc));
              const r = absRow ? row : String(Number(row) + dr);
              return `${absCol}${c}${absRow}${r}`;
            }
          )
    )
    .join('');
}
