import { OkrInputError } from './errors';
import { dayNumber } from './dates';

export type PaceStatus = 'done' | 'onTrack' | 'atRisk' | 'offTrack';

/**
 * How far behind the expected progress a key result may be. In a 13-week quarter, 0.1 is about 9 days: a
 * week behind is ordinary noise between two weekly check-ins. 0.25 is about three weeks: more than that is
 * rarely caught up without changing the plan, so the team should talk about it.
 */
export const PACE_THRESHOLDS = { onTrack: 0.1, atRisk: 0.25 };

const EPSILON = 1e-9;

/**
 * The progress expected at `today` if work went at a steady pace: the elapsed fraction of the period, counted
 * in calendar days from the start date (0) to the end date (1). 0 before the period, 1 after it.
 */
export function expectedProgress(periodStart: Date, periodEnd: Date, today: Date): number {
  const start = dayNumber(periodStart);
  const end = dayNumber(periodEnd);
  if (end < start) {
    throw new OkrInputError('periodEndsBeforeStart');
  }
  const now = dayNumber(today);
  if (now <= start) return now < start || end > start ? 0 : 1;
  if (now >= end) return 1;
  return (now - start) / (end - start);
}

/**
 * Status from the gap between expected and actual progress: Done at 1, On track while at most 0.1 behind,
 * At risk up to 0.25 behind, Off track beyond. Before the period nothing is expected (On track); after it
 * everything is (a KR short of 1 is then At risk or Off track by how far it fell short).
 */
export function paceStatus(progress: number, expected: number): PaceStatus {
  if (progress >= 1 - EPSILON) return 'done';
  const gap = expected - progress;
  if (gap <= PACE_THRESHOLDS.onTrack + EPSILON) return 'onTrack';
  if (gap <= PACE_THRESHOLDS.atRisk + EPSILON) return 'atRisk';
  return 'offTrack';
}
