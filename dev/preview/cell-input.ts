import { localeInfo, parseInput } from '../runtime/number-format';

/**
 * What a user typed into a grid cell. Values are NOT parsed here: the session writes the typed text with
 * setValue, and the runtime reads it with the one parser of typed input (parseInput in dev/runtime/number-format.ts),
 * as Sheets does: numbers, percents, dates in the locale's order, booleans, `'` forcing text. A formula is typed
 * in the locale's syntax (`;`, `1,5` in French) and handed over as typed: the runtime parses it by the spreadsheet's
 * locale and keeps that text, which is what getFormula and the formula bar show.
 */
export type CellInput = { kind: 'formula'; formula: string } | { kind: 'typed'; text: string };

interface LocaleSyntax {
  decimal: '.' | ',';
}

export function localeSyntax(locale: string): LocaleSyntax {
  return { decimal: localeInfo(locale).decimal === ',' ? ',' : '.' };
}

/** `textCell`: the cell is formatted as plain text (`@`), where even `=1+1` stays text, as in Sheets. */
export function parseCellInput(input: string, textCell = false): CellInput {
  if (!textCell && input.startsWith('=') && input.length > 1) {
    return { kind: 'formula', formula: input };
  }
  return { kind: 'typed', text: input };
}

/**
 * The text the formula bar shows for a literal text cell: with a leading `'` when typing the text back would read
 * as something else (`'007`, `'=1+1`, `'TRUE`), so editing and pressing Enter keeps it text.
 */
export function textForEditor(text: string, locale: string): string {
  const parsed = parseInput(text, locale);
  return parsed.formula === undefined && parsed.value === text ? text : `'${text}`;
}
