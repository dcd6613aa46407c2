import type { Lang } from '../i18n/lang';
import { OKR_COLUMNS, type OkrColumnKey, type SettingKey } from './layout';

/**
 * The computed columns of the OKRs sheet: ONE formula in the header cell, an array literal whose first element is
 * the header text and the rest the custom function's column, so sorting the data rows never moves it and the number
 * of custom-function cells stays constant however many KRs exist.
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

/**
 * A sheet name as formulas and A1 notation write it: quoted unless a plain identifier that cannot be read as a
 * cell (a sheet named Q4 or KR1 is quoted).
 */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const openColumn = (index: number) => `${columnLetter(index)}2:${columnLetter(index)}`;

/** The header-cell formula of a computed column, from the current positions of the columns it reads. */
export function computedFormula(
  key: ComputedColumnKey,
  columns: Record<OkrColumnKey, number>,
  settings: SettingsRef,
  lang: Lang
): string {
  const header = stringLiteral(OKR_COLUMNS.find(c => c.key === key)!.header[lang]);
  const col = (k: OkrColumnKey) => openColumn(columns[k]);
  const setting = (k: SettingKey) => `${sheetRef(settings.sheetName)}!$B$${settings.rows[k]}`;
  // The Settings language ("English" / "Français") is the functions' locale argument: "fr…" means French.
  const locale = setting('language');
  switch (key) {
    case 'progress':
      return (
        `={${header}; OKR_PROGRESS(${col('current')}, ${col('target')}, ${col('start')}, ${col('kind')}, ` +
        `${locale})}`
      );
    case 'progressBar': {
      const p = col('progress');
      const tenths = `ROUND(10*IF(${p}>1, 1, IF(${p}<0, 0, ${p})))`;
      return `={${header}; ARRAYFORMULA(IF(ISNUMBER(${p}), REPT("█", ${tenths}) & REPT("░", 10-${tenths}), ""))}`;
    }
    case 'objectiveProgress':
      return `={${header}; OKR_ROLLUP(${col('objective')}, ${col('progress')}, ${col('weight')}, ${locale})}`;
    case 'status':
      return (
        `={${header}; OKR_STATUS(${col('progress')}, ${setting('periodStart')}, ${setting('periodEnd')}, ` +
        `${setting('asOf')}, ${locale})}`
      );
  }
}

/** The header text an array-literal formula shows (`={"Progress"; ...}` -> Progress), or null. */
export function formulaHeader(formula: unknown): string | null {
  const match = /^=\s*\{\s*"((?:[^"]|"")*)"\s*;/.exec(String(formula ?? ''));
  return match ? match[1].replace(/""/g, '"') : null;
}

/** A formula as compared for repair: Sheets may rewrite spaces, case and the quotes around sheet names. */
export function canonicalFormula(formula: string): string {
  return formula.replace(/\s+/g, '').replace(/'/g, '').toUpperCase();
}

/**
 * Compares formulas the way Sheets may rewrite them (spaces, case, optional quotes around sheet names), ignoring
 * which language the header literal is in, so a repair does not rewrite a formula that works.
 */
export function sameComputedFormula(key: ComputedColumnKey, actual: unknown, expected: string): boolean {
  const spec = OKR_COLUMNS.find(c => c.key === key)!;
  const canonical = (formula: string) => {
    const header = formulaHeader(formula);
    let body = formula;
    if (header !== null && (header === spec.header.en || header === spec.header.fr)) {
      body = formula.replace(/^=\s*\{\s*"((?:[^"]|"")*)"/, `={"${key}"`);
    }
    return canonicalFormula(body);
  };
  return typeof actual === 'string' && actual !== '' && canonical(actual) === canonical(expected);
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

/** The input columns each computed formula reads, in its argument order. */
const FORMULA_INPUTS: readonly [string, readonly OkrColumnKey[]][] = [
  ['OKR_PROGRESS', ['current', 'target', 'start', 'kind']],
  ['OKR_ROLLUP', ['objective', 'progress', 'weight']],
];

/**
 * Where the computed formulas of a header row read their inputs (`OKR_PROGRESS(H2:H, G2:G, ...)` -> current is
 * column H). Sheets moves these references with the columns, so they still find a column whose header a user
 * renamed ("Target" -> "Goal"), where a header search cannot.
 */
export function columnsReadByFormulas(
  headerFormulas: readonly unknown[]
): Partial<Record<OkrColumnKey, number>> {
  const found: Partial<Record<OkrColumnKey, number>> = {};
  for (const formula of headerFormulas) {
    for (const [name, keys] of FORMULA_INPUTS) {
      const call = new RegExp(`${name}\\(([^)]*)\\)`, 'i').exec(String(formula ?? ''));
      if (!call) continue;
      call[1].split(',').forEach((arg, i) => {
        const ref = /^\$?([A-Z]{1,3})\$?2:\$?([A-Z]{1,3})$/i.exec(arg.trim());
        if (keys[i] && ref && ref[1].toUpperCase() === ref[2].toUpperCase())
          found[keys[i]] = columnIndex(ref[1]);
      });
    }
  }
  return found;
}
