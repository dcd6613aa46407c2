import { GRADE_THRESHOLDS } from '../../core/grade';
import type { PaceStatus } from '../../core/pace';
import type { OkrColumnKey } from '../../schema/layout';

/** Header colour (Google Sheets' "light cornflower blue 3"): dark bold text stays readable on it. */
export const HEADER_BACKGROUND = '#c9daf8';

/** Google's grading bands (the engine's aspirational scale), for OKR_GRADE's documentation. */
export const GRADE_BANDS = {
  yellowFrom: GRADE_THRESHOLDS.aspirational.yellow,
  greenFrom: GRADE_THRESHOLDS.aspirational.green,
};
/**
 * THE colour legend: colours follow the status the Status column shows, and a status has one colour everywhere
 * (the Status cell's chip in the sheet, the sidebar's cards and status text, the Dashboard's status table).
 * Progress itself is not coloured: a colour on it would judge it on another scale than Status does.
 */
export const STATUS_COLORS: Record<PaceStatus, { background: string; text: string }> = {
  done: { background: '#b7e1cd', text: '#0d652d' },
  onTrack: { background: '#d9ead3', text: '#274e13' },
  atRisk: { background: '#fce8b2', text: '#7f6000' },
  offTrack: { background: '#f4c7c3', text: '#a50e0e' },
};

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
