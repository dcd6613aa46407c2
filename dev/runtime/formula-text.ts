// Small text transformations of A1 formulas (outside string literals).

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
              const c = absCol ? col : letters(number(col) + dc);
              const r = absRow ? row : String(Number(row) + dr);
              return `${absCol}${c}${absRow}${r}`;
            }
          )
    )
    .join('');
}

function number(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function letters(col: number): string {
  let s = '';
  for (let n = Math.max(1, col); n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
