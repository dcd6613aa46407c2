import { wallToInstant } from '../runtime/dates';

/**
 * What a user typed into a grid cell, read as Google Sheets reads it in the spreadsheet's locale:
 * "=..." is a formula (written in the locale's syntax, stored in English syntax), "'..." forces text,
 * numbers, percents, dates and booleans are parsed with the locale's separators, anything else is text.
 */
export type CellInput =
  | { kind: 'formula'; formula: string }
  | { kind: 'value'; value: string | number | boolean | Date; numberFormat?: string };

interface LocaleSyntax {
  decimal: '.' | ',';
  dayFirst: boolean;
  trueWord: string;
  falseWord: string;
}

export function localeSyntax(locale: string): LocaleSyntax {
  const lang = locale.slice(0, 2).toLowerCase();
  const commaDecimal = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'tr'];
  const decimal = commaDecimal.includes(lang) ? ',' : '.';
  const dayFirst = !/^en_US$/i.test(locale) && lang !== 'zh' && lang !== 'ja' && lang !== 'ko';
  return lang === 'fr'
    ? { decimal, dayFirst, trueWord: 'VRAI', falseWord: 'FAUX' }
    : { decimal, dayFirst, trueWord: 'TRUE', falseWord: 'FALSE' };
}

/** `timeZone` is the spreadsheet's: a typed date is midnight there, as in Sheets. */
export function parseCellInput(input: string, locale: string, timeZone = 'UTC'): CellInput {
  const syntax = localeSyntax(locale);
  if (input.startsWith('=') && input.length > 1) {
    return { kind: 'formula', formula: formulaToEnglish(input, syntax) };
  }
  if (input.startsWith("'")) return { kind: 'value', value: input.slice(1) };
  const text = input.trim();
  if (text === '') return { kind: 'value', value: '' };

  const upper = text.toUpperCase();
  if (upper === syntax.trueWord || upper === 'TRUE') return { kind: 'value', value: true };
  if (upper === syntax.falseWord || upper === 'FALSE') return { kind: 'value', value: false };

  const percent = /^(.*?)\s*%$/.exec(text);
  if (percent) {
    const n = parseLocaleNumber(percent[1], syntax);
    if (n !== null) {
      const decimals = percent[1].split(syntax.decimal)[1]?.length ?? 0;
      return {
        kind: 'value',
        value: roundFloat(n / 100),
        numberFormat: decimals ? `0.${'0'.repeat(Math.min(decimals, 4))}%` : '0%',
      };
    }
  }
  const n = parseLocaleNumber(text, syntax);
  if (n !== null) return { kind: 'value', value: n };

  const date = parseLocaleDate(text, syntax, timeZone);
  if (date) return { kind: 'value', value: date.value, numberFormat: date.format };
  return { kind: 'value', value: input };
}

/** "1,234.5" (en), "1 234,5" (fr, with any kind of space), "-3", "+2"; null when it is not a plain number. */
export function parseLocaleNumber(text: string, syntax: LocaleSyntax): number | null {
  const t = text.trim();
  const group = syntax.decimal === '.' ? ',' : '[\\s\u00a0\u202f]';
  const dec = syntax.decimal === '.' ? '\\.' : ',';
  const pattern = new RegExp(`^([+-]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)?(?:${dec}(\\d+))?$`);
  const m = pattern.exec(t);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const integer = (m[2] ?? '0').replace(/\D/g, '');
  const value = Number(`${integer}.${m[3] ?? '0'}`);
  return m[1] === '-' ? -value : value;
}

function parseLocaleDate(text: string, syntax: LocaleSyntax, timeZone: string) {
  const makeDate = (year: number, month: number, day: number, format: string) => {
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      return null;
    }
    return { value: zonedMidnight(year, month, day, timeZone), format };
  };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return makeDate(+iso[1], +iso[2], +iso[3], 'yyyy-mm-dd');
  const local = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(text);
  if (!local) return null;
  const [a, b] = [+local[1], +local[2]];
  const year = local[3].length === 2 ? 2000 + +local[3] : +local[3];
  return syntax.dayFirst ? makeDate(year, b, a, 'dd/mm/yyyy') : makeDate(year, a, b, 'm/d/yyyy');
}

/** The instant of midnight on that day in a time zone. */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  return new Date(wallToInstant(Date.UTC(year, month - 1, day), timeZone));
}

function roundFloat(n: number): number {
  return Number(n.toPrecision(15));
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
