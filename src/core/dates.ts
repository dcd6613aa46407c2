import { OkrInputError, quoteInput } from './errors';
import { isBlank, isDate, isoDay, isValidDate } from './text';

/**
 * Pure date math: calendar days as local midnights, day numbers, Sheets serials, quarters, ISO weeks and ISO day
 * texts ('YYYY-MM-DD', what the sidebar and the log compare). gas/sheet-calendar.ts is the only place that knows
 * the spreadsheet's time zone.
 */

const DAY_MS = 86400000;
/** Days from Sheets' day 0 (1899-12-30) to 1970-01-01. */
const SHEETS_EPOCH_OFFSET = 25569;

/** The calendar date of `date` (in the script's time zone) as a count of days since 1970-01-01. */
export function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** Local midnight of a day number. */
export function fromDayNumber(days: number): Date {
  const utc = new Date(days * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/**
 * Reads a date as it reaches a script: a Date (a date cell), a Sheets serial number (46112 is 2026-03-31), ISO
 * text (`2026-03-31`, time ignored) or day-first text (`31/03/2026`, `31.03.2026`, `31-03-26`). Slashed text is
 * read day first, as in French, unless the second number cannot be a month (`03/31/2026`). Blank gives null.
 * Returns local midnight of that calendar day. Anything else throws an OkrInputError quoting the text.
 */
export function parseUserDate(value: unknown): Date | null {
  if (isBlank(value)) return null;
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) throw notADate('Invalid Date');
    return new Date(value.getFullYear(), value.getMonth(), value.getDate());
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return fromDayNumber(Math.floor(value) - SHEETS_EPOCH_OFFSET);
  }
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return calendarDate(+iso[1], +iso[2], +iso[3], text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (dayFirst) {
    const a = +dayFirst[1];
    const b = +dayFirst[2];
    const year = dayFirst[3].length === 2 ? 2000 + +dayFirst[3] : +dayFirst[3];
    return b > 12 ? calendarDate(year, a, b, text) : calendarDate(year, b, a, text);
  }
  throw notADate(text);
}

function calendarDate(year: number, month: number, day: number, text: string): Date {
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    throw notADate(text);
  }
  return date;
}

function notADate(text: string): OkrInputError {
  return new OkrInputError('notADate', { input: quoteInput(text) });
}

export interface Period {
  start: Date;
  end: Date;
  /** `Q2 2026`: the same in English and French. */
  name: string;
}

/** The calendar quarter containing `date`: start and end are local midnights of its first and last days. */
export function quarterOf(date: Date): Period {
  const quarter = Math.floor(date.getMonth() / 3);
  const year = date.getFullYear();
  return {
    start: new Date(year, quarter * 3, 1),
    end: new Date(year, quarter * 3 + 3, 0),
    name: `Q${quarter + 1} ${year}`,
  };
}

/** ISO 8601 week of a date, `2026-W05`: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): string {
  const day = dayNumber(date);
  const weekday = (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 0 = Monday
  const thursday = fromDayNumber(day - weekday + 3);
  const year = thursday.getFullYear();
  const week = Math.floor((dayNumber(thursday) - dayNumber(new Date(year, 0, 1))) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
/** Days as ISO 'YYYY-MM-DD' strings of local dates (text.ts isoDay): what the sidebar and the log compare. */
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
