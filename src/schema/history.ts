import { tableSpecs } from './layout';

/**
 * The History sheet (issue 14): one row per key result of each closed period, appended by "Close period…" and never
 * rewritten by the add-on (a reopen only dates its "Reopened on" cell). Found by developer metadata like the other
 * sheets, its columns by metadata, then by any label they shipped under (src/schema/locate.ts).
 */
const HISTORY_COLUMN_KEYS = [
  'period',
  'objective',
  'krId',
  'keyResult',
  'owner',
  'kind',
  'start',
  'target',
  'finalValue',
  'progress',
  'grade',
  'commitment',
  'closingStatus',
  'lastConfidence',
  'learningNote',
  'carriedTo',
  'worked',
  'didNotWork',
  'change',
  'closedBy',
  'closedAt',
  'reopenedAt',
  // What "Reopen last period" puts back: the KR's row of the OKRs sheet as it was, as JSON.
  'restore',
] as const;
export type HistoryColumnKey = (typeof HISTORY_COLUMN_KEYS)[number];
export const HISTORY_COLUMNS = /* @__PURE__ */ tableSpecs<HistoryColumnKey>('history', HISTORY_COLUMN_KEYS);

/** How a KR leaves the period (its words: closingStatusLabel in src/i18n/schema-labels.ts). */
export type ClosingStatus = 'achieved' | 'missed' | 'carryOver' | 'drop';
export const CLOSING_STATUSES: readonly ClosingStatus[] = ['achieved', 'missed', 'carryOver', 'drop'];
