// Utilities.formatDate: Java SimpleDateFormat patterns (G y Y M L w d D E u a H k K h m s S z Z X, 'quoted').
// Week fields (w, Y) follow ISO 8601 (weeks start on Monday, week 1 holds the first Thursday).
import { wallClock } from './dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function isoWeek(year: number, month: number, day: number): { week: number; year: number } {
  const d = new Date(Date.UTC(year, month - 1, day));
  const weekday = (d.getUTCDay() + 6) % 7; // 0 = Monday
  d.setUTCDate(d.getUTCDate() - weekday + 3); // Thursday of this week
  const weekYear = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  return { week: 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86400000)), year: weekYear };
}

function offsetMinutes(date: Date, timeZone: string): number {
  const w = wallClock(date, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return Math.round((wall - date.getTime()) / 60000);
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallClock(date, timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? undefined : end).replace(/''/g, "'");
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const iso = isoWeek(w.year, w.month, w.day);
    const dayOfYear =
      Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
    switch (ch) {
      case 'G':
        out += 'AD';
        break;
      case 'y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'Y':
        out += n === 2 ? pad(iso.year % 100, 2) : pad(iso.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        break;
      case 'w':
        out += pad(iso.week, n);
        break;
      case 'W':
        out += pad(Math.ceil(w.day / 7), n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'D':
        out += pad(dayOfYear, n);
        break;
      case 'F':
        out += pad(Math.ceil(w.day / 7), n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[w.weekday - 1] : DAYS[w.weekday - 1].slice(0, 3);
        break;
      case 'u':
        out += pad(w.weekday, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.ms, Math.max(n, 3)).slice(0, Math.max(n, 3));
        break;
      case 'z':
      case 'Z':
      case 'X': {
        const off = offsetMinutes(date, timeZone);
        const sign = off < 0 ? '-' : '+';
        const hh = pad(Math.floor(Math.abs(off) / 60), 2);
        const mm = pad(Math.abs(off) % 60, 2);
        if (ch === 'X' && off === 0) out += 'Z';
        else if (ch === 'z') out += `GMT${sign}${hh}:${mm}`;
        else
          out +=
            ch === 'X' && n === 1
              ? `${sign}${hh}`
              : ch === 'X' && n >= 3
                ? `${sign}${hh}:${mm}`
                : `${sign}${hh}${mm}`;
        break;
      }
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
