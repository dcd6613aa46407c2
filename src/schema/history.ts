import type { Localized } from '../i18n/lang';
import type { ColumnSpec } from './layout';

/**
 * The History sheet (issue 14): one row per key result of each closed period, appended by "Close period…" and never
 * rewritten by the add-on (a reopen only dates its "Reopened on" cell). Found by developer metadata like the other
 * sheets, its columns by header in either language.
 */
export type HistoryColumnKey =
  | 'period'
  | 'objective'
  | 'krId'
  | 'keyResult'
  | 'owner'
  | 'kind'
  | 'start'
  | 'target'
  | 'finalValue'
  | 'progress'
  | 'grade'
  | 'commitment'
  | 'closingStatus'
  | 'lastConfidence'
  | 'learningNote'
  | 'carriedTo'
  | 'worked'
  | 'didNotWork'
  | 'change'
  | 'closedBy'
  | 'closedAt'
  | 'reopenedAt'
  | 'restore';

export const HISTORY_COLUMNS: readonly ColumnSpec<HistoryColumnKey>[] = [
  { key: 'period', header: { en: 'Period', fr: 'Période' } },
  { key: 'objective', header: { en: 'Objective', fr: 'Objectif' } },
  { key: 'krId', header: { en: 'KR ID', fr: 'ID RC' } },
  { key: 'keyResult', header: { en: 'Key result', fr: 'Résultat clé' } },
  { key: 'owner', header: { en: 'Owner', fr: 'Responsable' } },
  { key: 'kind', header: { en: 'Kind', fr: 'Type' } },
  { key: 'start', header: { en: 'Start', fr: 'Départ' } },
  { key: 'target', header: { en: 'Target', fr: 'Cible' } },
  { key: 'finalValue', header: { en: 'Final value', fr: 'Valeur finale' } },
  { key: 'progress', header: { en: 'Progress', fr: 'Progression' } },
  { key: 'grade', header: { en: 'Grade', fr: 'Note' } },
  { key: 'commitment', header: { en: 'Commitment', fr: 'Engagement' } },
  { key: 'closingStatus', header: { en: 'Closing status', fr: 'Statut de clôture' } },
  { key: 'lastConfidence', header: { en: 'Last confidence', fr: 'Dernière confiance' } },
  { key: 'learningNote', header: { en: 'Learning note', fr: 'Enseignement' } },
  { key: 'carriedTo', header: { en: 'Carried to', fr: 'Reporté vers' } },
  { key: 'worked', header: { en: 'What worked', fr: 'Ce qui a marché' } },
  { key: 'didNotWork', header: { en: 'What did not work', fr: "Ce qui n'a pas marché" } },
  { key: 'change', header: { en: 'What we change', fr: 'Ce que nous changeons' } },
  { key: 'closedBy', header: { en: 'Closed by', fr: 'Clôturé par' } },
  { key: 'closedAt', header: { en: 'Closed on', fr: 'Clôturé le' } },
  { key: 'reopenedAt', header: { en: 'Reopened on', fr: 'Rouvert le' } },
  // What "Reopen last period" puts back: the KR's row of the OKRs sheet as it was, as JSON.
  { key: 'restore', header: { en: 'Restore data', fr: 'Données de restauration' } },
];

/** How a KR leaves the period. */
export type ClosingStatus = 'achieved' | 'missed' | 'carryOver' | 'drop';
export const CLOSING_STATUSES: readonly ClosingStatus[] = ['achieved', 'missed', 'carryOver', 'drop'];

export const CLOSING_STATUS_LABELS: Record<ClosingStatus, Localized> = {
  achieved: { en: 'Achieved', fr: 'Atteint' },
  missed: { en: 'Missed', fr: 'Manqué' },
  carryOver: { en: 'Carry over', fr: 'Reporté' },
  drop: { en: 'Drop', fr: 'Abandonné' },
};
