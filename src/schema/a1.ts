/** A1 notation: column letters and sheet names as formulas and ranges write them. */

/** 0-based column index to letters: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters to 0-based column index: A -> 0, AA -> 26. */
export function columnIndex(letters: string): number {
  return (
    letters
      .toUpperCase()
      .split('')
      .reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1
  );
}

/**
 * A sheet name as formulas and A1 notation write it: quoted unless a plain identifier that cannot be read as a
 * cell (a sheet named Q4 or KR1 is quoted).
 */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
