import type { ClosingStatus } from '../schema/history';
import type { ColumnSpec, SheetKey, Table, TableKeys } from '../schema/layout';
import { t, type Catalog } from './catalog';
import type { Lang } from './lang';
import { SCHEMA } from './sections';

/**
 * The words of the workbook contract (src/schema/layout.ts holds only keys): sheet names, column headers, setting
 * labels, from the catalogue's `schema` section, whose keys are `<table>.<column key>`.
 */
type LabelKey =
  | `sheet.${SheetKey}`
  | { [T in Table]: `${T}.${TableKeys[T]}` }[Table]
  | `closing.${ClosingStatus}`
  | 'settingsHeader.setting'
  | 'settingsHeader.value'
  | 'languageName'
  | 'quarterName';

/** Typed by every key of the layout: a key without its label in the catalogue is a compile error. */
const LABELS: Catalog<LabelKey> = SCHEMA;

export const sheetName = (lang: Lang, key: SheetKey): string => t(LABELS, lang, `sheet.${key}`);

/** The header of a column (or the label of a Settings row) by its table and key, in `lang`. */
export const labelOf = <T extends Table>(lang: Lang, table: T, key: TableKeys[T]): string =>
  t(LABELS, lang, `${table}.${key}` as LabelKey);

/** The header of a column (or the label of a Settings row) of a spec, in `lang`. */
export const columnLabel = <K extends string>(lang: Lang, spec: ColumnSpec<K>): string =>
  t(LABELS, lang, `${spec.table}.${spec.key}` as LabelKey);

/** The Settings sheet's header row: "Setting", "Value". */
export const settingsHeader = (lang: Lang): string[] => [
  t(LABELS, lang, 'settingsHeader.setting'),
  t(LABELS, lang, 'settingsHeader.value'),
];

/** What the Settings sheet's Language cell shows for `lang` ("English", "Français"). */
export const languageName = (lang: Lang): string => t(LABELS, lang, 'languageName');

/** A calendar quarter's name ("Q4 2026", "T4 2026"), the default period name. */
export const quarterName = (lang: Lang, quarter: number, year: number): string =>
  t(LABELS, lang, 'quarterName', { quarter, year });

export const closingStatusLabel = (lang: Lang, status: ClosingStatus): string =>
  t(LABELS, lang, `closing.${status}`);
