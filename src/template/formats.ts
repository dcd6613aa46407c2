import { GRADE_THRESHOLDS } from '../engine/grade';
import type { OkrColumnKey } from './layout';

/** Header colour (Google Sheets' "light cornflower blue 3"): dark bold text stays readable on it. */
export const HEADER_BACKGROUND = '#c9daf8';

/** The progress colours follow Google's grading (the engine's aspirational scale): red, yellow from 0.4, green from 0.7. */
export const GRADE_BANDS = {
  yellowFrom: GRADE_THRESHOLDS.aspirational.yellow,
  greenFrom: GRADE_THRESHOLDS.aspirational.green,
};
export const GRADE_COLORS = { red: '#f4c7c3', yellow: '#fce8b2', green: '#b7e1cd' };

export const PERCENT_FORMAT = '0%';
/** ISO dates read the same in English and French and sort as text. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * Widths (px) of the OKRs columns that hold sentences; they wrap, so a narrow one makes every row several lines
 * tall. The other columns keep Sheets' default width (100 px), which costs no call.
 */
export const OKR_WIDTHS: Partial<Record<OkrColumnKey, number>> = {
  objective: 260,
  keyResult: 260,
  actions: 280,
  notes: 200,
};
/** Rows of the OKRs sheet are centred vertically: short cells sit level with the wrapped sentences. */
export const OKR_VERTICAL_ALIGNMENT = 'middle';
/** The Dashboard's column A (px): objective names and table titles, followed by filled cells. */
export const DASHBOARD_LABEL_WIDTH = 260;
/** The log's columns share one width (one call); its sentences wrap. */
export const LOG_WIDTH = 140;

/** Groups 0-based column indexes into runs of consecutive columns: [[start, count], ...]. */
export function columnRuns(indexes: readonly number[]): [number, number][] {
  const unique = [...new Set(indexes)].map(index => ({ index, width: 0 }));
  return widthRuns(unique).map(([start, count]) => [start, count]);
}

/** Runs of consecutive columns sharing a width, [start (0-based), count, width]: one setColumnWidths call each. */
export function widthRuns(widths: readonly { index: number; width: number }[]): [number, number, number][] {
  const sorted = [...widths].sort((a, b) => a.index - b.index);
  const runs: [number, number, number][] = [];
  for (const { index, width } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === index && last[2] === width) last[1] += 1;
    else runs.push([index, 1, width]);
  }
  return runs;
}
