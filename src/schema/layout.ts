import type { HistoryColumnKey } from './history';

/**
 * The shape of the workspace the template installs, without a word of text: the keys of the sheets, of their
 * columns (in install order) and of the settings. This is the contract between the template, the check-in sidebar
 * and the custom-function formulas. Sheets are found by developer metadata (SHEET_METADATA_KEY, so renaming a sheet
 * breaks nothing); columns and Settings rows by developer metadata (COLUMN_METADATA_KEY, src/gas/column-metadata.ts)
 * and, where it is missing, by any label they ever shipped under in any language (src/schema/locate.ts), so
 * inserting, moving or renaming columns breaks nothing. The labels are in the catalogue (src/i18n/schema-labels.ts).
 */

/** Every sheet the add-on owns (History only once a period is closed). */
export const ALL_SHEETS = ['okrs', 'checkins', 'settings', 'dashboard', 'history'] as const;
export type SheetKey = (typeof ALL_SHEETS)[number];

/** Developer metadata key put on each sheet the add-on owns; its value is the SheetKey. */
export const SHEET_METADATA_KEY = 'okr-sheets.sheet';
/** Developer metadata key put on each column (or Settings row) the add-on owns; its value is the column key. */
export const COLUMN_METADATA_KEY = 'okr-sheets.column';

/** The tables whose columns (or, for Settings, rows) the add-on finds and labels. */
export type Table = 'okrs' | 'checkins' | 'history' | 'settings';

export interface ColumnSpec<K extends string> {
  /** Which table: with the key, names the label in the catalogue (`okrs.owner`). */
  table: Table;
  key: K;
  /** Filled by one formula in the header row; users never type here. */
  computed?: boolean;
}

/** The specs of one table's columns in order; `computed` lists the formula-filled ones. */
export function tableSpecs<K extends string>(
  table: Table,
  keys: readonly K[],
  computed: readonly K[] = []
): readonly ColumnSpec<K>[] {
  return keys.map(key => (computed.includes(key) ? { table, key, computed: true } : { table, key }));
}

/** OKRs sheet: one row per key result, columns in this order on install. Row 1 is the header. */
const OKR_COLUMN_KEYS = [
  'id',
  'objective',
  'keyResult',
  'owner',
  'kind',
  'start',
  'target',
  'current',
  'progress',
  'progressBar',
  'objectiveProgress',
  'confidence',
  'status',
  'actions',
  'lastCheckin',
  'notes',
  // Appended last so existing workbooks get it on repair without any column moving. Blank counts as 1.
  'weight',
  // Period close (issue 14): blank commitment = the Settings "Default KR type"; the ID a carried KR came from.
  'commitment',
  'carriedFrom',
] as const;
export type OkrColumnKey = (typeof OKR_COLUMN_KEYS)[number];
export const OKR_COLUMNS = /* @__PURE__ */ tableSpecs<OkrColumnKey>('okrs', OKR_COLUMN_KEYS, [
  'progress',
  'progressBar',
  'objectiveProgress',
  'status',
]);

/** Confidence is a 0-10 score (how sure the owner is to reach the target). */
export const CONFIDENCE_RANGE = { min: 0, max: 10 };

/** Check-ins sheet: the append-only log the check-in sidebar writes. Row 1 is the header. */
const CHECKIN_COLUMN_KEYS = [
  'date',
  'week',
  'krId',
  'objective',
  'keyResult',
  'previous',
  'value',
  'progress',
  'confidence',
  'comment',
  'author',
  // The Settings period name at save time: the review, trends and History keep periods apart.
  'period',
] as const;
export type CheckinColumnKey = (typeof CHECKIN_COLUMN_KEYS)[number];
export const CHECKIN_COLUMNS = /* @__PURE__ */ tableSpecs<CheckinColumnKey>('checkins', CHECKIN_COLUMN_KEYS);

/** KR ids look like KR-0007: assigned once, never reused (the highest number ever given is kept). */
export const KR_ID_PREFIX = 'KR-';
export function formatKrId(n: number): string {
  return `${KR_ID_PREFIX}${String(n).padStart(4, '0')}`;
}

/**
 * Settings sheet: label in column A, value in column B, one row per setting in this order (row 2 onwards, row 1
 * is a header). Rows are found by metadata or label, so a user may add notes below them.
 */
const SETTING_KEYS = ['periodName', 'periodStart', 'periodEnd', 'asOf', 'krType', 'language'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
export const SETTING_ROWS = /* @__PURE__ */ tableSpecs<SettingKey>('settings', SETTING_KEYS);

/** The column (or setting) keys of each table; History's are in src/schema/history.ts. */
export interface TableKeys {
  okrs: OkrColumnKey;
  checkins: CheckinColumnKey;
  history: HistoryColumnKey;
  settings: SettingKey;
}
