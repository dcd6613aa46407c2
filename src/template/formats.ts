import type { OkrColumnKey } from './layout';

/** Header colour (Google Sheets' "light cornflower blue 3"): dark bold text stays readable on it. */
export const HEADER_BACKGROUND = '#c9daf8';

/** Google's grading bands on progress: red below 0.4, yellow 0.4 to below 0.7, green from 0.7. */
export const GRADE_BANDS = { yellowFrom: 0.4, greenFrom: 0.7 };
export const GRADE_COLORS = { red: '#f4c7c3', yellow: '#fce8b2', green: '#b7e1cd' };

export const PERCENT_FORMAT = '0%';

/** Default width; the wide columns hold sentences and wrap. */
export const DEFAULT_WIDTH = 110;
export const WIDE_WIDTH = 260;
export const OKR_WIDE: readonly OkrColumnKey[] = ['objective', 'keyResult', 'actions', 'notes'];
/** The log's columns share one width (one call); its sentences wrap. */
export const LOG_WIDTH = 140;

/** Confidence is a 0-10 score (how sure the owner is to reach the target). */
export const CONFIDENCE_RANGE = { min: 0, max: 10 };

/** Groups 0-based column indexes into runs of consecutive columns: [[start, count], ...]. */
export function columnRuns(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const index of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === index) last[1] += 1;
    else runs.push([index, 1]);
  }
  return runs;
}
