import type { Lang } from '../i18n/lang';
import { labelOf } from '../i18n/schema-labels';
import { columnIndex, columnLetter, sheetRef } from './a1';
import { shippedLabels } from './labels-shipped';
import { OKR_COLUMNS, type OkrColumnKey, type SettingKey } from './layout';

/**
 * The computed columns of the OKRs sheet: ONE formula in the header cell that reads whole columns from row 1
 * (`H1:H`) and returns the header text then one value per row (the custom functions' `header` argument skips the
 * ranges' first row), so row N of the result is row N of the sheet whatever rows are inserted at row 2, deleted,
 * moved or sorted, with no repair, and the number of custom-function cells stays constant however many KRs exist.
 * Formulas are written with `;` between arguments (read in every locale) and hold no decimal number.
 */
export type ComputedColumnKey = 'progress' | 'progressBar' | 'objectiveProgress' | 'status';
export const COMPUTED_KEYS: readonly ComputedColumnKey[] = [
  'progress',
  'progressBar',
  'objectiveProgress',
  'status',
];

/** Where the Settings sheet keeps the values the Status formula needs. */
export interface SettingsRef {
  sheetName: string;
  /** 1-based rows of the settings values (column B). */
  rows: Record<SettingKey, number>;
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A whole column from its header row: `H1:H` (inserted rows at row 2 stay inside it). */
const fromHeader = (index: number) => `${columnLetter(index)}1:${columnLetter(index)}`;

/** The header-cell formula of a computed column, from the current positions of the columns it reads. */
export function computedFormula(
  key: ComputedColumnKey,
  columns: Record<OkrColumnKey, number>,
  settings: SettingsRef,
  lang: Lang
): string {
  const header = stringLiteral(labelOf(lang, 'okrs', key));
  const col = (k: OkrColumnKey) => fromHeader(columns[k]);
  const setting = (k: SettingKey) => `${sheetRef(settings.sheetName)}!$B$${settings.rows[k]}`;
  // The Settings language ("English" / "Français") is the functions' locale argument: "fr…" means French.
  const locale = setting('language');
  switch (key) {
    case 'progress':
      return (
        `=OKR_PROGRESS(${col('current')}; ${col('target')}; ${col('start')}; ${col('kind')}; ` +
        `${locale}; ${header})`
      );
    case 'progressBar': {
      // Row 1 of the array is the header (SEQUENCE numbers the rows: ROW of a range is not an array everywhere).
      const p = col('progress');
      const tenths = `ROUND(10*IF(${p}>1; 1; IF(${p}<0; 0; ${p})))`;
      return (
        `=ARRAYFORMULA(IF(SEQUENCE(ROWS(${p}))=1; ${header}; ` +
        `IF(ISNUMBER(${p}); REPT("█"; ${tenths}) & REPT("░"; 10-${tenths}); "")))`
      );
    }
    case 'objectiveProgress':
      return `=OKR_ROLLUP(${col('objective')}; ${col('progress')}; ${col('weight')}; ${locale}; ${header})`;
    case 'status':
      return (
        `=OKR_STATUS(${col('progress')}; ${setting('periodStart')}; ${setting('periodEnd')}; ` +
        `${setting('asOf')}; ${locale}; ${header})`
      );
  }
}

/**
 * The arguments of a function call's text (`OKR_PROGRESS(H1:H; G1:G)` from its `(`), split on `;` or `,`,
 * whichever the text uses between arguments (Sheets may return either, by locale); strings and nested
 * brackets are kept whole. Null when the brackets do not close.
 */
function callArguments(text: string, open: number): string[] | null {
  // Top-level separators of this call: `;` if any, else `,`.
  let depth = 0;
  let sep = ',';
  let close = -1;
  for (let i = open; i < text.length && close < 0; i++) {
    const ch = text[i];
    if (ch === '"') i = skipString(text, i);
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') {
      depth--;
      if (depth === 0) close = i;
    } else if (ch === ';' && depth === 1) sep = ';';
  }
  if (close < 0) return null;
  const args: string[] = [];
  let current = '';
  depth = 0;
  for (let i = open + 1; i < close; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = skipString(text, i);
      current += text.slice(i, end + 1);
      i = end;
      continue;
    }
    if (ch === '(' || ch === '{') depth++;
    if (ch === ')' || ch === '}') depth--;
    if (ch === sep && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += ch;
  }
  args.push(current.trim());
  return args;
}

/** Index of the quote closing the string literal opened at `start` ("" is an escaped quote). */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') i += 2;
      else return i;
    } else i++;
  }
  return text.length - 1;
}

const unquote = (literal: string): string | null => {
  const m = /^"((?:[^"]|"")*)"$/.exec(literal.trim());
  return m ? m[1].replace(/""/g, '"') : null;
};

/** The position of the `header` argument of each column function (its last parameter). */
const HEADER_ARGUMENT: Record<string, number> = {
  OKR_PROGRESS: 5,
  OKR_ROLLUP: 4,
  OKR_STATUS: 5,
  OKR_WEEKLY_PROGRESS: 5,
  OKR_GRADE: 3,
  OKR_PACE: 4,
};

/**
 * The header text a header-cell formula shows, or null: the `header` argument of a column function
 * (`=OKR_PROGRESS(…; "Progress")`) or the first row of the bar's array (`IF(SEQUENCE(…)=1; "Bar"; …)`). Either
 * argument separator is read.
 */
export function formulaHeader(formula: unknown): string | null {
  const text = String(formula ?? '').trim();
  const bar =
    /^=\s*ARRAYFORMULA\(\s*IF\(\s*SEQUENCE\(\s*ROWS\([^()]*\)\s*\)\s*=\s*1\s*[;,]\s*("(?:[^"]|"")*")/i.exec(
      text
    );
  if (bar) return unquote(bar[1]);
  const call = /^=\s*(OKR_[A-Z_]+)\s*\(/i.exec(text);
  const position = call ? HEADER_ARGUMENT[call[1].toUpperCase()] : undefined;
  if (position === undefined) return null;
  const args = callArguments(text, call![0].length - 1);
  return args && args.length === position + 1 ? unquote(args[position]) : null;
}

/**
 * A formula as compared for repair: Sheets may rewrite spaces, case, the quotes around sheet names and, by
 * locale, the argument separator (`;` or `,`) and the array column separator (`\\` or `,`).
 */
export function canonicalFormula(formula: string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  let depth: string[] = [];
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = '';
      for (const ch of part) {
        if (ch === '(' || ch === '{') depth.push(ch);
        if (ch === ')' || ch === '}') depth = depth.slice(0, -1);
        if (/\s/.test(ch) || ch === "'") continue;
        if ((ch === ';' && depth[depth.length - 1] !== '{') || ch === '\\') out += ',';
        else out += ch.toUpperCase();
      }
      return out;
    })
    .join('');
}

/**
 * Compares formulas the way Sheets may rewrite them (spaces, case, optional quotes around sheet names, either
 * argument separator), ignoring which of its shipped labels (any language) the header text is, so a repair does not
 * rewrite a formula that works.
 */
export function sameComputedFormula(key: ComputedColumnKey, actual: unknown, expected: string): boolean {
  const spec = OKR_COLUMNS.find(c => c.key === key)!;
  const canonical = (formula: string) => {
    let body = formula;
    for (const header of shippedLabels(spec)) body = body.split(stringLiteral(header)).join(`"${key}"`);
    return canonicalFormula(body);
  };
  return typeof actual === 'string' && actual !== '' && canonical(actual) === canonical(expected);
}

/** The input columns each computed formula reads, in its argument order. */
const FORMULA_INPUTS: readonly [string, readonly OkrColumnKey[]][] = [
  ['OKR_PROGRESS', ['current', 'target', 'start', 'kind']],
  ['OKR_ROLLUP', ['objective', 'progress', 'weight']],
];

/**
 * Where the computed formulas of a header row read their inputs (`OKR_PROGRESS(H1:H; G1:G; ...)` -> current is
 * column H; an older install's `H2:H` and either argument separator are read too). Sheets moves these
 * references with the columns, so they still find a column whose header a user renamed ("Target" -> "Goal"),
 * where a header search cannot.
 */
export function columnsReadByFormulas(
  headerFormulas: readonly unknown[]
): Partial<Record<OkrColumnKey, number>> {
  const found: Partial<Record<OkrColumnKey, number>> = {};
  for (const formula of headerFormulas) {
    const text = String(formula ?? '');
    for (const [name, keys] of FORMULA_INPUTS) {
      const call = new RegExp(`${name}\\s*\\(`, 'i').exec(text);
      if (!call) continue;
      const args = callArguments(text, call.index + call[0].length - 1) ?? [];
      args.forEach((arg, i) => {
        const ref = /^\$?([A-Z]{1,3})\$?[12]?:\$?([A-Z]{1,3})$/i.exec(arg);
        if (keys[i] && ref && ref[1].toUpperCase() === ref[2].toUpperCase())
          found[keys[i]] = columnIndex(ref[1]);
      });
    }
  }
  return found;
}
