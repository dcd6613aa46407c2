import { isoWeek } from './dates';
import { OkrInputError, quoteInput } from './errors';
import { clamp01, roundNoise } from './progress';
import { isBlank, isDate } from './text';

/** One check-in of the log: the ISO week it was made in, the KR's id, and the KR's progress then. */
export interface WeeklyCheckin {
  week: string;
  id: string;
  progress: number;
}

/**
 * An ISO week label as the check-in log writes it (`2026-W05`); a date gives the week it falls in; blank gives
 * null. Labels of this shape sort as text in time order.
 */
export function parseIsoWeekLabel(value: unknown): string | null {
  if (isDate(value)) return isoWeek(value);
  if (isBlank(value)) return null;
  const text = String(value).trim().toUpperCase();
  if (/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(text)) return text;
  throw new OkrInputError('notAnIsoWeek', { input: quoteInput(value) });
}

/**
 * Overall progress as of each week: the mean, over every KR checked in up to that week, of its last progress
 * logged in a week at or before it (clamped to 0..1). Within one week the later check-in wins; the log's order
 * of weeks does not matter. Null for a blank week and for a week before the first check-in.
 */
export function weeklyProgress(
  weeks: readonly (string | null)[],
  checkins: readonly WeeklyCheckin[]
): (number | null)[] {
  // Sorted by week, the log's order kept within a week (sort is stable): a sweep keeps each KR's latest value.
  const sorted = [...checkins].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
  const asked = [...new Set(weeks.filter((w): w is string => w !== null))].sort();
  const latest = new Map<string, number>();
  const byWeek = new Map<string, number | null>();
  let sum = 0;
  let next = 0;
  for (const week of asked) {
    for (; next < sorted.length && sorted[next].week <= week; next++) {
      const { id, progress } = sorted[next];
      const value = clamp01(progress);
      sum += value - (latest.get(id) ?? 0);
      latest.set(id, value);
    }
    byWeek.set(week, latest.size ? roundNoise(sum / latest.size) : null);
  }
  return weeks.map(week => (week === null ? null : byWeek.get(week)!));
}
