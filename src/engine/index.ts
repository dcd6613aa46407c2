// The OKR arithmetic: pure functions on plain data, no Apps Script service. Import from here.
export {
  OkrInputError,
  quoteInput,
  withContext,
  CELL_ERROR_MARK,
  cellErrorText,
  isCellErrorText,
} from './errors';
export { parseUserNumber, formatNumber, formatPercent } from './numbers';
export { KR_KINDS, KR_KIND_LABELS, parseKrKind, inferKrKind, type KrKind } from './kinds';
export { krProgress, clamp01, roundNoise, type KrProgress } from './progress';
export { objectiveProgress, rollupByObjective, objectiveFirstRows, type WeightedProgress } from './objective';
export {
  GRADE_LABELS,
  GRADE_THRESHOLDS,
  COMMITMENT_LABELS,
  gradeOf,
  parseCommitment,
  type Grade,
  type Commitment,
} from './grade';
export { STATUS_LABELS, PACE_THRESHOLDS, expectedProgress, paceStatus, type PaceStatus } from './pace';
export {
  parseUserDate,
  dayNumber,
  fromDayNumber,
  toSheetsSerial,
  quarterOf,
  isoWeek,
  type Period,
} from './dates';
export { isBlank, normalizeWord } from './text';
export { weeklyProgress, parseIsoWeekLabel, type WeeklyCheckin } from './weekly';
