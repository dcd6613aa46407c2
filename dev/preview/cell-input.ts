import { localeInfo, parseInput } from '../runtime/number-format';

/**
 * What a user typed into a grid cell. Values are NOT parsed here: the session writes the typed text with
 * setValue, and the runtime reads it with the one parser of typed input (parseInput in dev/runtime/number-format.ts),
 * as Sheets does: numbers, percents, dates in the locale's order, booleans, `'` forcing text. Only a formula is
 * handled here: typed in the locale's syntax (`;`, `1,5` in French), it is stored in English syntax.
 */
export type CellInput = { kind: 'formula'; formula: string } | { kind: 'typed'; text: string };

interface LocaleSyntax {
  decimal: '.' | ',';
}

export function localeSyntax(locale: string): LocaleSyntax {
  return { decimal: localeInfo(locale).decimal === ',' ? ',' : '.' };
}

/** `textCell`: the cell is formatted as plain text (`@`), where even `=1+1` stays text, as in Sheets. */
export function parseCellInput(input: string, locale: string, textCell = false): CellInput {
  if (!textCell && input.startsWith('=') && input.length > 1) {
    return { kind: 'formula', formula: formulaToEnglish(input, localeSyntax(locale)) };
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

/**
 * Converts a formula between English syntax (what setFormula takes and getFormulas returns) and a comma-decimal
 * locale's syntax (what Sheets shows in French): argument separator `,` <-> `;`, decimal `.` <-> `,`, and inside
 * an array literal the column separator `,` <-> `\`. String literals and quoted sheet names are left alone.
 */
function convertFormula(formula: string, toLocale: boolean): string {
  const stack: string[] = [];
  let out = '';
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j;
      continue;
    }
    const inArray = stack.at(-1) === '{';
    if (ch === '(' || ch === '{') stack.push(ch);
    else if (ch === ')' || ch === '}') stack.pop();
    const digitsAround = /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '');
    if (toLocale) {
      if (ch === ',') out += inArray ? '\\' : ';';
      else if (ch === '.' && digitsAround) out += ',';
      else out += ch;
    } else if (ch === ',') out += '.';
    else if (ch === ';') out += inArray ? ';' : ',';
    else if (ch === '\\' && inArray) out += ',';
    else out += ch;
  }
  return out;
}

export function formulaToEnglish(formula: string, syntax: LocaleSyntax): string {
  return syntax.decimal === '.' ? formula : convertFormula(formula, false);
}

export function formulaToLocale(formula: string, locale: string): string {
  return localeSyntax(locale).decimal === '.' ? formula : convertFormula(formula, true);
}
