import { OkrInputError, cellErrorText, withContext } from '../../core/errors';
import { capitalize } from '../../core/text';
import { phrase, phraseText, type Phrase } from '../../i18n/error-text';
import type { Lang } from '../../i18n/lang';
import { FUNCTIONS } from '../../i18n/sections';

/** An argument's name from the catalogue's `functions` section, for its error texts. */
export const argName = (key: keyof typeof FUNCTIONS.en): Phrase => phrase(FUNCTIONS, key);

/** An argument's name as a message parameter, capitalized when it starts the message. */
const nameParam = (name: Phrase, upper: boolean) => (lang: Lang) => {
  const text = phraseText(name, lang);
  return upper ? capitalize(text) : text;
};

/**
 * Sheets' argument conventions for custom functions: one cell arrives as a value ('' when blank, a Date for a
 * date cell, a decimal for a percent), a range as a 2D array of rows, an omitted argument as undefined.
 */
export type SheetValue = string | number | boolean | Date | null | undefined;
export type SheetArg = SheetValue | SheetValue[][];
/** What a custom function returns: one value for scalar input, a one-column 2D array when a range was given. */
export type SheetResult<T> = T | T[][];

/** One argument read as a column: a range's single column, or a single value that broadcasts to every row. */
export interface ArgColumn {
  name: Phrase;
  values: readonly unknown[];
  isRange: boolean;
}

export function readColumn(arg: unknown, name: Phrase): ArgColumn {
  if (!Array.isArray(arg)) return { name, values: [arg], isRange: false };
  const values: unknown[] = new Array(arg.length);
  for (let i = 0; i < arg.length; i++) {
    const row: unknown = arg[i];
    if (!Array.isArray(row)) {
      values[i] = row;
      continue;
    }
    if (row.length !== 1) {
      throw new OkrInputError(
        phrase(FUNCTIONS, 'notOneColumn', { name: nameParam(name, true), n: row.length })
      );
    }
    values[i] = row[0];
  }
  return { name, values, isRange: true };
}

/**
 * The number of rows to compute: the height shared by every range (1 when all are single values). Ranges of
 * different heights throw an error naming both.
 */
export function sharedHeight(columns: readonly ArgColumn[]): number {
  let first: ArgColumn | undefined;
  for (const column of columns) {
    if (!column.isRange) continue;
    if (!first) first = column;
    else if (column.values.length !== first.values.length) {
      throw new OkrInputError(
        phrase(FUNCTIONS, 'heightsDiffer', {
          a: nameParam(first.name, true),
          n: first.values.length,
          b: nameParam(column.name, false),
          m: column.values.length,
        })
      );
    }
  }
  return first ? first.values.length : 1;
}

/** The value of a column at a row, broadcasting single values. */
export function at(column: ArgColumn, row: number): unknown {
  return column.isRange ? column.values[row] : column.values[0];
}

/** Reads one value with `read`; an input error gets told which argument it was: "Target: 'abc' is not a number". */
export function readAt<T>(column: ArgColumn, row: number, read: (value: unknown) => T): T {
  const value = at(column, row);
  try {
    return read(value);
  } catch (error) {
    throw withContext(error, column.name);
  }
}

/**
 * Computes every row with `compute`. With ranges, a row whose input is wrong shows its error text in its own cell
 * (`⚠ Current: 'abc' is not a number`) and every other row still computes: one formula serves a whole column, so
 * a thrown error would blank all of it. With single values the error is thrown (the #ERROR! tooltip).
 */
export function computeRows<T>(
  columns: readonly ArgColumn[],
  lang: Lang,
  compute: (row: number) => T
): SheetResult<T | string> {
  const height = sharedHeight(columns);
  const out: (T | string)[] = new Array(height);
  if (!isAnyRange(columns)) {
    for (let row = 0; row < height; row++) out[row] = compute(row);
  } else {
    for (let row = 0; row < height; row++) {
      try {
        out[row] = compute(row);
      } catch (error) {
        out[row] = rowErrorText(error, lang);
      }
    }
  }
  return toResult(out, columns);
}

/** The cell text of a row's input error; anything else (a bug) is rethrown. */
export function rowErrorText(error: unknown, lang: Lang): string {
  if (error instanceof OkrInputError) return cellErrorText(error, lang);
  throw error;
}

export function isAnyRange(columns: readonly ArgColumn[]): boolean {
  return columns.some(c => c.isRange);
}

export function toResult<T>(values: T[], columns: readonly ArgColumn[]): SheetResult<T> {
  if (!isAnyRange(columns)) return values[0];
  const out: T[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [values[i]];
  return out;
}

/**
 * The optional `header` argument of the column functions: with a header text, every range given starts at its
 * header row, so its first row is skipped, and the result's first row is that text. A formula in the header cell
 * can then read whole columns from row 1 (`H1:H`): rows inserted at row 2, deleted, moved or sorted stay inside
 * the ranges, and row N of the result is always row N of the sheet. Without a header, nothing is skipped.
 */
export function withHeader<T>(
  header: unknown,
  args: readonly SheetArg[],
  compute: (args: SheetArg[]) => SheetResult<T>
): SheetResult<T | string> {
  const value = Array.isArray(header) ? (header as unknown[][])[0]?.[0] : header;
  const text = value === undefined || value === null ? '' : String(value);
  if (text.trim() === '') return compute([...args]);
  const body = compute(args.map(arg => (Array.isArray(arg) ? arg.slice(1) : arg)));
  const rows: (T | string)[][] = Array.isArray(body) ? (body as T[][]) : [[body]];
  return [[text], ...rows];
}
