import { dayNumber } from './dates';
import { isoDay, isValidDate } from './text';

/** Days as ISO 'YYYY-MM-DD' strings of local dates (engine/text isoDay): what the sidebar and the log compare. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A cell read as a day: a Date, or a text already written 'YYYY-MM-DD'; '' otherwise. */
export function cellToIsoDay(value: unknown): string {
  if (isValidDate(value)) return isoDay(value);
  const text = String(value ?? '').trim();
  return ISO_DAY.test(text) ? text : '';
}

/** The local midnight of an ISO day. */
export function parseIsoDay(day: string): Date {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`not an ISO day: ${day}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function addDays(day: string, days: number): string {
  const date = parseIsoDay(day);
  date.setDate(date.getDate() + days);
  return isoDay(date);
}

/** Whole days from `from` to `to` (both ISO days), ignoring daylight-saving shifts. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(parseIsoDay(to)) - dayNumber(parseIsoDay(from));
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = parseIsoDay(day).getDay() || 7;
  return addDays(day, 1 - weekday);
}
