import { columnLabel, sheetName } from '../i18n/schema-labels';
import { LANGS } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import type { ColumnSpec, SheetKey, Table, TableKeys } from './layout';

/**
 * Every label a sheet, column or setting has ever shipped under, in every language: a workbook installed by an
 * older version still shows its old headers, and a column found by none of them would be added again by repair
 * (an empty duplicate column, every owner lost by the sidebar).
 *
 * The labels shipped are the catalogue's current ones in every language plus the RETIRED ones below. When a
 * translator renames a label in src/i18n/<lang>.ts, its old text goes here, never away: the test
 * tests/schema/labels-shipped.test.ts holds every label shipped so far and fails when one is no longer recognized.
 * (Up to now no label has ever changed: git history of src/template/layout.ts, src/period/layout.ts and
 * src/schema/layout.ts.)
 */
const RETIRED: {
  sheets: Partial<Record<SheetKey, readonly string[]>>;
  tables: { [T in Table]: Partial<Record<TableKeys[T], readonly string[]>> };
} = { sheets: {}, tables: { okrs: {}, checkins: {}, history: {}, settings: {} } };

/** Every name our sheet `key` has shipped under: `lang`'s current one first, then the others. */
export function shippedSheetNames(key: SheetKey, lang: Lang): string[] {
  const names = [lang, ...LANGS.filter(l => l !== lang)].map(l => sheetName(l, key));
  return [...new Set([...names, ...(RETIRED.sheets[key] ?? [])])];
}

/** Every label the column (or Settings row) `spec` has shipped under, in every language. */
export function shippedLabels<K extends string>(spec: ColumnSpec<K>): string[] {
  const retired = (RETIRED.tables[spec.table] as Partial<Record<string, readonly string[]>>)[spec.key] ?? [];
  return [...new Set([...LANGS.map(lang => columnLabel(lang, spec)), ...retired])];
}
