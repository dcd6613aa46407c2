/**
 * Calendar days belong to the spreadsheet's time zone (File > Settings), not the script's (appsscript.json).
 * A Date written to a cell is an instant that Sheets shows in the spreadsheet's zone, and a date cell reaches the
 * script as the instant of midnight in that zone. The pure code (src/engine, src/checkin, src/template) works on
 * "local days": Dates at the script's local midnight, read with getFullYear/getMonth/getDate. This module is the
 * one boundary between the two:
 *
 * - `today()`: today's day in the spreadsheet's zone, as a local day;
 * - `fromCells(values)`: turns every date cell read from a sheet into the local day it shows (in place);
 * - `toCell(day)`: the instant to write so that the cell shows that day.
 *
 * It costs one Spreadsheet call (getSpreadsheetTimeZone); conversions use Utilities.formatDate, memoised per
 * instant (a log of 50,000 rows holds a few hundred distinct days).
 */
import { isValidDate } from '../core/text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetCalendar {
  readonly timeZone: string;
  /** Today in the spreadsheet's zone, as a local day (script midnight). */
  today(now?: Date): Date;
  /** A date cell as the local day it shows in the spreadsheet; other values unchanged. */
  fromCell(value: unknown): unknown;
  /** Replaces, in place, every date cell of a 2D array by the local day it shows. Returns the array. */
  fromCells<T extends unknown[][]>(values: T): T;
  /** The instant to write for a local day so that the cell shows that very day. */
  toCell(day: Date): Date;
}

const DAY_PATTERN = 'yyyy-MM-dd';

function localDay(text: string): Date {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The UTC offset of `zone` at `instant`, in ms (Utilities.formatDate's `Z` gives ±hhmm). */
function offsetMs(instant: Date, zone: string): number {
  const z = Utilities.formatDate(instant, zone, 'Z');
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60000;
}

function calendarFor(timeZone: string): SheetCalendar {
  const shown = new Map<number, Date>();
  const written = new Map<number, number>();
  const fromCell = (value: unknown): unknown => {
    if (!isValidDate(value)) return value;
    const time = value.getTime();
    let day = shown.get(time);
    if (!day) {
      // A date-time keeps its time of day (wall clock in the spreadsheet's zone).
      const text = Utilities.formatDate(value, timeZone, 'yyyy-MM-dd HH:mm:ss');
      const [date, clock] = text.split(' ');
      const [h, m, s] = clock.split(':').map(Number);
      day = localDay(date);
      day.setHours(h, m, s);
      shown.set(time, day);
    }
    return new Date(day.getTime());
  };
  return {
    timeZone,
    today: (now = new Date()) => localDay(Utilities.formatDate(now, timeZone, DAY_PATTERN)),
    fromCell,
    fromCells(values) {
      for (const row of values) for (let c = 0; c < row.length; c++) row[c] = fromCell(row[c]);
      return values;
    },
    toCell(day) {
      const known = written.get(day.getTime());
      if (known !== undefined) return new Date(known);
      const wall = Date.UTC(
        day.getFullYear(),
        day.getMonth(),
        day.getDate(),
        day.getHours(),
        day.getMinutes()
      );
      let instant = wall;
      for (let i = 0; i < 3; i++) {
        const next = wall - offsetMs(new Date(instant), timeZone);
        if (next === instant) break;
        instant = next;
      }
      written.set(day.getTime(), instant);
      return new Date(instant);
    },
  };
}

/** The calendar of a spreadsheet (one getSpreadsheetTimeZone call). */
export function sheetCalendar(ss: Spreadsheet): SheetCalendar {
  return calendarFor(ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone());
}
