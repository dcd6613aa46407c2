import { CHECKIN_COLUMNS, type CheckinColumnKey } from '../../schema/layout';
import { mapColumnsByHeader } from '../../schema/locate';
import { cellToIsoDay } from '../../core/dates';
import { readNumber } from '../../core/read';
import type { Lang } from '../../i18n/lang';

/** One row of the Check-ins log, as the review and the trend lines read it. */
export interface LogEntry {
  date: string;
  krId: string;
  previous: number | null;
  value: number | null;
  confidence: number | null;
  comment: string;
}

/**
 * Reads the log's values (header row first) in the workbook's language; a number cell that is no number reads as
 * null. Rows without a date or KR id are skipped; order is kept.
 */
export function parseCheckinLog(
  values: readonly (readonly unknown[])[],
  lang: Lang,
  found?: Partial<Record<CheckinColumnKey, number>>
): LogEntry[] {
  if (values.length === 0) return [];
  // The server finds the columns by their developer metadata (src/gas/column-metadata.ts); header text else.
  const columns = found ?? mapColumnsByHeader(values[0], CHECKIN_COLUMNS);
  const at = (row: readonly unknown[], index: number | undefined) => (index === undefined ? '' : row[index]);
  const number = (value: unknown) => readNumber(value, lang, { lenient: true });
  const entries: LogEntry[] = [];
  for (const row of values.slice(1)) {
    const date = cellToIsoDay(at(row, columns.date));
    const krId = String(at(row, columns.krId) ?? '').trim();
    if (!date || !krId) continue;
    entries.push({
      date,
      krId,
      previous: number(at(row, columns.previous)),
      value: number(at(row, columns.value)),
      confidence: number(at(row, columns.confidence)),
      comment: String(at(row, columns.comment) ?? ''),
    });
  }
  return entries;
}

/** Log entries per KR id, each list sorted by date (stable: same-day entries keep their log order). */
export function groupLogByKr(entries: readonly LogEntry[]): Map<string, LogEntry[]> {
  const byKr = new Map<string, LogEntry[]>();
  for (const entry of entries) {
    const list = byKr.get(entry.krId);
    if (list) list.push(entry);
    else byKr.set(entry.krId, [entry]);
  }
  for (const list of byKr.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byKr;
}

export const TREND_LENGTH = 8;

/** Past values of one KR, oldest first: the value before its first check-in, then each check-in's value. */
export function trendOf(entries: readonly LogEntry[] | undefined): number[] {
  if (!entries || entries.length === 0) return [];
  const points: number[] = [];
  if (entries[0].previous !== null) points.push(entries[0].previous);
  for (const entry of entries) if (entry.value !== null) points.push(entry.value);
  return points.slice(-TREND_LENGTH);
}

/** The KR's value at the end of `day` according to the log, or undefined when the log does not say. */
export function valueOnDay(entries: readonly LogEntry[] | undefined, day: string): number | null | undefined {
  if (!entries || entries.length === 0) return undefined;
  let found: LogEntry | undefined;
  for (const entry of entries) if (entry.date <= day) found = entry;
  if (found) return found.value;
  return entries[0].previous;
}
