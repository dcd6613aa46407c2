import type { Localized } from '../i18n/lang';

/**
 * The shape of the workspace the template installs. This is the contract between the template, the check-in
 * sidebar and the custom-function formulas: sheets are found by developer metadata (so renaming a sheet breaks
 * nothing) and columns by metadata or header text in either language (so inserting or moving columns breaks
 * nothing).
 */
export type SheetKey = 'okrs' | 'checkins' | 'settings' | 'dashboard' | 'history';

/** Developer metadata key put on each sheet the add-on owns; its value is the SheetKey. */
export const SHEET_METADATA_KEY = 'okr-sheets.sheet';
/** Developer metadata key put on each column of a table the add-on owns; its value is the column key. */
export const COLUMN_METADATA_KEY = 'okr-sheets.column';

export const SHEET_NAMES: Record<SheetKey, Localized> = {
  okrs: { en: 'OKRs', fr: 'OKR' },
  checkins: { en: 'Check-ins', fr: 'Suivi hebdo' },
  settings: { en: 'Settings', fr: 'Paramètres' },
  dashboard: { en: 'Dashboard', fr: 'Tableau de bord' },
  history: { en: 'History', fr: 'Historique' },
};

export type OkrColumnKey =
  | 'id'
  | 'objective'
  | 'keyResult'
  | 'owner'
  | 'kind'
  | 'start'
  | 'target'
  | 'current'
  | 'progress'
  | 'progressBar'
  | 'objectiveProgress'
  | 'confidence'
  | 'status'
  | 'actions'
  | 'lastCheckin'
  | 'notes'
  | 'weight'
  | 'commitment'
  | 'carriedFrom';

export interface ColumnSpec<K extends string> {
  key: K;
  header: Localized;
  /** Filled by one formula in the header row; users never type here. */
  computed?: boolean;
}

/** OKRs sheet: one row per key result, in this order on install. Row 1 is the header. */
export const OKR_COLUMNS: readonly ColumnSpec<OkrColumnKey>[] = [
  { key: 'id', header: { en: 'ID', fr: 'ID' } },
  { key: 'objective', header: { en: 'Objective', fr: 'Objectif' } },
  { key: 'keyResult', header: { en: 'Key result', fr: 'Résultat clé' } },
  { key: 'owner', header: { en: 'Owner', fr: 'Responsable' } },
  { key: 'kind', header: { en: 'Kind', fr: 'Type' } },
  { key: 'start', header: { en: 'Start', fr: 'Départ' } },
  { key: 'target', header: { en: 'Target', fr: 'Cible' } },
  { key: 'current', header: { en: 'Current', fr: 'Actuel' } },
  { key: 'progress', header: { en: 'Progress', fr: 'Progression' }, computed: true },
  { key: 'progressBar', header: { en: 'Bar', fr: 'Barre' }, computed: true },
  {
    key: 'objectiveProgress',
    header: { en: 'Objective progress', fr: "Progression de l'objectif" },
    computed: true,
  },
  { key: 'confidence', header: { en: 'Confidence', fr: 'Confiance' } },
  { key: 'status', header: { en: 'Status', fr: 'Statut' }, computed: true },
  { key: 'actions', header: { en: 'Actions', fr: 'Actions' } },
  { key: 'lastCheckin', header: { en: 'Last check-in', fr: 'Dernier suivi' } },
  { key: 'notes', header: { en: 'Notes', fr: 'Notes' } },
  // Appended last so existing workbooks get it on repair without any column moving. Blank counts as 1.
  { key: 'weight', header: { en: 'Weight', fr: 'Poids' } },
  // Period close (issue 14): blank commitment = the Settings "Default KR type"; the ID a carried KR came from.
  { key: 'commitment', header: { en: 'Commitment', fr: 'Engagement' } },
  { key: 'carriedFrom', header: { en: 'Carried from', fr: 'Reporté de' } },
];

/** Confidence is a 0-10 score (how sure the owner is to reach the target). */
export const CONFIDENCE_RANGE = { min: 0, max: 10 };

export type CheckinColumnKey =
  | 'date'
  | 'week'
  | 'krId'
  | 'objective'
  | 'keyResult'
  | 'previous'
  | 'value'
  | 'progress'
  | 'confidence'
  | 'comment'
  | 'author'
  | 'period';

/** Check-ins sheet: the append-only log the check-in sidebar writes. Row 1 is the header. */
export const CHECKIN_COLUMNS: readonly ColumnSpec<CheckinColumnKey>[] = [
  { key: 'date', header: { en: 'Date', fr: 'Date' } },
  { key: 'week', header: { en: 'ISO week', fr: 'Semaine ISO' } },
  { key: 'krId', header: { en: 'KR ID', fr: 'ID RC' } },
  { key: 'objective', header: { en: 'Objective', fr: 'Objectif' } },
  { key: 'keyResult', header: { en: 'Key result', fr: 'Résultat clé' } },
  { key: 'previous', header: { en: 'Previous value', fr: 'Valeur précédente' } },
  { key: 'value', header: { en: 'New value', fr: 'Nouvelle valeur' } },
  { key: 'progress', header: { en: 'Progress', fr: 'Progression' } },
  { key: 'confidence', header: { en: 'Confidence', fr: 'Confiance' } },
  { key: 'comment', header: { en: 'Comment', fr: 'Commentaire' } },
  { key: 'author', header: { en: 'Author', fr: 'Auteur' } },
  // The Settings period name at save time: the review, trends and History keep periods apart.
  { key: 'period', header: { en: 'Period', fr: 'Période' } },
];

/** KR ids look like KR-0007: assigned once, never reused (the highest number ever given is kept). */
export const KR_ID_PREFIX = 'KR-';
export function formatKrId(n: number): string {
  return `${KR_ID_PREFIX}${String(n).padStart(4, '0')}`;
}

/** Finds each column key from a header row, accepting either language's header, ignoring case and spaces. */
export function mapColumnsByHeader<K extends string>(
  headerRow: readonly unknown[],
  specs: readonly ColumnSpec<K>[]
): Partial<Record<K, number>> {
  const norm = (v: unknown) =>
    String(v ?? '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ');
  const found: Partial<Record<K, number>> = {};
  headerRow.forEach((cell, index) => {
    const text = norm(cell);
    if (!text) return;
    const spec = specs.find(s => norm(s.header.en) === text || norm(s.header.fr) === text);
    if (spec && found[spec.key] === undefined) found[spec.key] = index;
  });
  return found;
}

export type SettingKey = 'periodName' | 'periodStart' | 'periodEnd' | 'asOf' | 'krType' | 'language';

/**
 * Settings sheet: label in column A, value in column B, one row per setting in this order (row 2 onwards, row 1
 * is a header). Rows are found by metadata or label, so a user may add notes below them.
 */
export const SETTING_ROWS: readonly ColumnSpec<SettingKey>[] = [
  { key: 'periodName', header: { en: 'Period', fr: 'Période' } },
  { key: 'periodStart', header: { en: 'Period start', fr: 'Début de période' } },
  { key: 'periodEnd', header: { en: 'Period end', fr: 'Fin de période' } },
  { key: 'asOf', header: { en: 'As of (for pace)', fr: 'Date de référence (rythme)' } },
  { key: 'krType', header: { en: 'Default KR type', fr: 'Type de RC par défaut' } },
  { key: 'language', header: { en: 'Language', fr: 'Langue' } },
];
