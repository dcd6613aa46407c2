/**
 * The one way the add-on writes text a user typed (a check-in comment, a previous value, a KR's text copied into
 * the log, a cell put back after a failed save): literal, as typed. A string written with setValue(s) that begins
 * with `=` is a formula whatever the cell's number format (plain text `@` included), and Sheets reads `+33 6…`,
 * `-5`, `007`, `1,5`, `45 %`, `TRUE` as numbers or booleans. A leading apostrophe makes Sheets store the rest as
 * text; the cell's value is then read back without it.
 *
 * An apostrophe is added to text starting with `=`, `+`, `-`, `@` or `'` (the issue's rule), and also to text that
 * Sheets would read as a number, a date or a boolean: starting with a digit, `.`, `,`, `(` or a currency sign, or
 * saying TRUE/FALSE/VRAI/FAUX. Other text (a comment starting with a letter) is written unchanged.
 */
const NEEDS_APOSTROPHE = /^[=+\-@'.,(0-9$€£¥]/;
const BOOLEAN_WORD = /^(true|false|vrai|faux)$/i;

export function literalText(text: string): string {
  const start = text.trimStart();
  return start !== '' && (NEEDS_APOSTROPHE.test(start) || BOOLEAN_WORD.test(start.trim()))
    ? `'${text}`
    : text;
}

/** A value to write that came from a user: text made literal, anything else (numbers, dates, booleans) unchanged. */
export function literalCell(value: unknown): unknown {
  return typeof value === 'string' ? literalText(value) : value;
}
