import type { Lang } from '../../i18n/lang';

/**
 * What crosses google.script.run between the check-in sidebar and the server: plain JSON-safe data only (dates as
 * ISO 'YYYY-MM-DD' strings, never Date objects).
 */

/** A cell as the sidebar saw it: a number, a text, '' for blank; a date becomes its ISO day. */
export type CellValue = number | string;

/** The engine's pace status, or 'none' while a KR has no progress. */
export type StatusKey = 'done' | 'onTrack' | 'atRisk' | 'offTrack' | 'none';

/** What every view of a KR carries: its ID, where it belongs, and its start and target as the cells hold them. */
export interface KrBase {
  id: string;
  objective: string;
  keyResult: string;
  owner: string;
  kind: string;
  start: CellValue;
  target: CellValue;
}

export interface CheckinKr extends KrBase {
  /** The Current cell as loaded: also the fingerprint sent back on save to detect concurrent edits. */
  current: CellValue;
  /** The Confidence cell as loaded (fingerprint as well). */
  confidence: CellValue;
  /** The current value written the way the user's locale writes numbers ('1,5', '45 %'); '' when blank. */
  currentText: string;
  /** 0..1 (may exceed 1 or go below 0 when overshooting); null when it cannot be computed. */
  progress: number | null;
  /** Why there is no progress although Current holds a value (the sheet's ⚠ text without the mark); '' else. */
  progressError: string;
  status: StatusKey;
  lastCheckin: string;
  actions: string;
  /** True when Current holds a formula: the sidebar then does not offer to overwrite it. */
  currentIsFormula: boolean;
  /** Past values from the Check-ins log, oldest first (at most TREND_LENGTH). */
  trend: number[];
  /** The Weight cell read as a number (the KR's weight in its objective); null when blank or unreadable: counts as 1. */
  weight?: number | null;
}

export interface CheckinObjective {
  name: string;
  /** Null when no KR is measured yet, or when the objective is incomplete. */
  progress: number | null;
  /** KRs in error (bad cell, no target, another scale): the objective shows "⚠ Incomplete" instead of a number. */
  incomplete: number;
  krs: CheckinKr[];
}

export interface ReviewKr {
  id: string;
  objective: string;
  keyResult: string;
  owner: string;
  progress: number | null;
  /** Progress change since a week ago (null when unknown). */
  change: number | null;
  status: StatusKey;
  confidence: CellValue;
  lastCheckin: string;
  /** Whole days since the last check-in; null when never checked in. */
  daysSinceCheckin: number | null;
  actions: string;
  /** Why there is no progress when a cell cannot be read ("Current value is not a number: “abc”"). */
  unreadable?: string;
}

export interface ReviewObjective {
  name: string;
  progress: number | null;
  /** KRs in error: the objective is incomplete (progress null). */
  incomplete: number;
  change: number | null;
  /** Mean confidence (0-10) of its KRs, null when none is typed. */
  confidence: number | null;
}

export interface WeeklyReview {
  today: string;
  week: string;
  overall: number | null;
  /** Objectives that are incomplete: the overall is then incomplete too (null). */
  overallIncomplete: number;
  overallChange: number | null;
  objectives: ReviewObjective[];
  movers: ReviewKr[];
  stale: ReviewKr[];
  atRisk: ReviewKr[];
  /** The plain-text summary the "Copy summary" button puts on the clipboard. */
  summary: string;
}

export interface CheckinData {
  lang: Lang;
  today: string;
  /** ISO week of today, e.g. '2026-W48'. */
  week: string;
  /** Monday of this ISO week, ISO day: KRs whose last check-in is before it are "not updated this week". */
  weekStart: string;
  /** The Settings period as ISO days ('' when not set): the check-in previews the status against it. */
  periodStart?: string;
  periodEnd?: string;
  /** Settings' "As of" day ('' when blank: today): the day pace is measured at. */
  asOf?: string;
  objectives: CheckinObjective[];
  owners: string[];
  review: WeeklyReview;
}

export interface CheckinEntry {
  id: string;
  /** The Current cell as loaded (CheckinKr.current). */
  loadedCurrent: CellValue;
  /** The Confidence cell as loaded (CheckinKr.confidence). */
  loadedConfidence: CellValue;
  /** The new value as typed, read in the user's language ('1,5', '45 %'). */
  value: string;
  /** The new confidence as typed; '' keeps the cell blank. */
  confidence: string;
  comment: string;
}

export interface SaveRequest {
  entries: CheckinEntry[];
  /** The language the sidebar showed (and the user typed numbers in); the Settings sheet's language wins. */
  lang?: Lang;
}

export interface SaveConflict {
  id: string;
  keyResult: string;
  field: 'current' | 'confidence';
  /** What the sheet holds now, formatted for the user. */
  sheetValue: string;
  /** What the user entered. */
  enteredValue: string;
  message: string;
}

export interface SaveError {
  id: string;
  keyResult: string;
  field: 'value' | 'confidence' | 'current' | 'comment' | 'id';
  value: string;
  message: string;
}

export interface SaveMissing {
  id: string;
  message: string;
}

export interface SaveResult {
  saved: string[];
  conflicts: SaveConflict[];
  errors: SaveError[];
  missing: SaveMissing[];
  /** The fresh state after the save, so the sidebar redraws without a second call. */
  data: CheckinData;
}
