import {
  expectedProgress,
  gradeOf,
  krProgress as engineProgress,
  objectiveProgress,
  paceStatus,
  parseKrKind,
  parseUserNumber,
  type Grade,
} from '../engine';
import type { Lang } from '../i18n/lang';
import type { StatusKey } from './types';

/**
 * The engine's figures read leniently from raw cells: a cell the engine refuses gives null (the sheet's own
 * formulas show that error; the sidebar just shows no progress).
 */
export function lenientNumber(value: unknown, lang: Lang = 'en'): number | null {
  try {
    return parseUserNumber(value, lang);
  } catch {
    return null;
  }
}

/** Raw progress (may pass 1 or fall below 0), or null when it cannot be computed. */
export function krProgress(start: unknown, target: unknown, current: unknown, kind: unknown): number | null {
  try {
    return (
      engineProgress(parseKrKind(kind), lenientNumber(start), lenientNumber(target), lenientNumber(current))
        ?.raw ?? null
    );
  } catch {
    return null;
  }
}

/** The period pace is measured against; null when the Settings sheet has no valid period. */
export interface PaceContext {
  periodStart: Date | null;
  periodEnd: Date | null;
  today: Date;
}

const GRADE_STATUS: Record<Grade, StatusKey> = { green: 'onTrack', yellow: 'atRisk', red: 'offTrack' };

/** Status like the sheet's Status column: against the steady pace of the period, or by grade without one. */
export function krStatus(progress: number | null, pace: PaceContext): StatusKey {
  if (progress === null) return 'none';
  if (pace.periodStart && pace.periodEnd && pace.periodEnd >= pace.periodStart) {
    return paceStatus(progress, expectedProgress(pace.periodStart, pace.periodEnd, pace.today));
  }
  return progress >= 1 ? 'done' : GRADE_STATUS[gradeOf(progress)];
}

/**
 * An objective's progress: the engine's weighted mean of its KRs' progress, each clamped to 0..1 (a blank weight
 * counts as 1, as in the sheet's Objective progress column).
 */
export function rollupProgress(
  progresses: readonly (number | null)[],
  weights: readonly (number | null | undefined)[] = []
): number | null {
  return objectiveProgress(progresses.map((progress, i) => ({ progress, weight: weights[i] ?? null })));
}

/**
 * The overall figure: the mean of the objectives' progress, each clamped to 0..1, every objective counting once.
 * The weekly review, the OKRs sheet's headline and the Dashboard's (OKR_OVERALL) all use this one definition.
 */
export function overallProgress(objectives: readonly (number | null)[]): number | null {
  return rollupProgress(objectives);
}

/** A Weight cell read leniently: a number of 0 or more, else null (counts as 1). */
export function lenientWeight(value: unknown, lang: Lang = 'en'): number | null {
  const weight = lenientNumber(value, lang);
  return weight !== null && weight >= 0 ? weight : null;
}
