// Sheets stores dates as serial numbers (days since 1899-12-30) in the spreadsheet's time zone.
import { types } from 'node:util';

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY = 86400000;
const formatters = new Map<string, Intl.DateTimeFormat>();

export function isDate(v: unknown): v is Date {
  return types.isDate(v);
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 1 = Monday ... 7 = Sunday */
  weekday: number;
}

/** The wall-clock time of an instant in a time zone. */
export function wallClock(date: Date | number, timeZone: string): WallClock {
  const ms = typeof date === 'number' ? date : date.getTime();
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wallMs = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const weekday = ((new Date(wallMs).getUTCDay() + 6) % 7) + 1;
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    ms: ((ms % 1000) + 1000) % 1000,
    weekday,
  };
}

function wallMsOf(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
}

export function dateToSerial(date: Date, timeZone: string): number {
  return (wallMsOf(date.getTime(), timeZone) - EPOCH_UTC) / DAY;
}

/** The instant whose wall-clock time in `timeZone` is the given UTC-encoded wall time. */
export function wallToInstant(wallMs: number, timeZone: string): number {
  let guess = wallMs;
  for (let i = 0; i < 3; i++) {
    const offset = wallMsOf(guess, timeZone) - guess;
    const next = wallMs - offset;
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

export function serialToDate(
  serial: number,
  timeZone: string,
  makeDate: (ms: number) => Date = ms => new Date(ms)
): Date {
  const wallMs = Math.round(EPOCH_UTC + serial * DAY);
  return makeDate(wallToInstant(wallMs, timeZone));
}

/** Wall clock of a serial number (no time zone involved). */
export function serialWallClock(serial: number): WallClock {
  const d = new Date(Math.round(EPOCH_UTC + serial * DAY));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: ((d.getUTCDay() + 6) % 7) + 1,
  };
}

export function serialFromParts(year: number, month: number, day: number, h = 0, m = 0, s = 0): number {
  return (Date.UTC(year, month - 1, day, h, m, s) - EPOCH_UTC) / DAY;
}
