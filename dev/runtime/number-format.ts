// Display formatting and input parsing as Sheets does it, for the common number-format patterns:
//   automatic ('' / 'General'), '0', '0.0', '0.00', '#,##0', '#,##0.00', '0%', '0.0%', literals ("x", \x),
//   sections (pos;neg;zero;text), '@' (plain text), and date/time patterns (yyyy yy mmmm mmm mm m dddd ddd dd d
//   hh h mm ss am/pm, case-insensitive, m after h / before s = minutes).
// Locale: decimal and grouping separators, month/day names; French uses ',' decimals, U+202F (narrow no-break
// space) for grouping and before '%', as Sheets does.
import { serialFromParts, serialWallClock } from './dates';
import type { Scalar } from './model';

export interface LocaleInfo {
  decimal: string;
  group: string;
  percentSpace: string;
  lang: string;
  tag: string;
}

const NNBSP = '\u202F';

export function localeInfo(locale: string): LocaleInfo {
  const lang = locale.split(/[_-]/)[0].toLowerCase();
  const tag = locale.replace('_', '-');
  if (lang === 'fr') return { decimal: ',', group: NNBSP, percentSpace: NNBSP, lang, tag };
  if (['de', 'es', 'it', 'pt', 'nl'].includes(lang))
    return { decimal: ',', group: '.', percentSpace: '', lang, tag };
  return { decimal: '.', group: ',', percentSpace: '', lang, tag };
}

export function defaultDateFormat(locale: string, withTime: boolean): string {
  const base = /^en(_US)?$/i.test(locale) || locale === 'en' ? 'M/d/yyyy' : 'dd/MM/yyyy';
  return withTime ? `${base} H:mm:ss` : base;
}

interface Token {
  kind: 'lit' | 'tok';
  text: string;
}

function splitSections(pattern: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes quoted literals, escapes and [..] blocks: what remains says what kind of pattern it is. */
function bare(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(pattern: string | undefined | null): boolean {
  if (!pattern) return false;
  const b = bare(splitSections(pattern)[0]);
  return /[dy]|m{1,4}|h|s/i.test(b) && !/[0#?]/.test(b) && !/^general$/i.test(b.trim());
}

export function isTextFormat(pattern: string | undefined | null): boolean {
  return pattern === '@';
}

function tokenizeDate(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      tokens.push({ kind: 'lit', text: pattern.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? pattern.length : end + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'lit', text: pattern[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i);
      i = end < 0 ? pattern.length : end + 1;
    } else if (/^(am\/pm|a\/p)/i.test(pattern.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(pattern.slice(i))!;
      tokens.push({ kind: 'tok', text: m[1].toLowerCase() });
      i += m[1].length;
    } else if (/[dmyhs]/i.test(ch)) {
      let j = i;
      while (j < pattern.length && pattern[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: 'tok', text: pattern.slice(i, j).toLowerCase() });
      i = j;
    } else if (ch === '.' && /^\.0+/.test(pattern.slice(i)) && tokens.at(-1)?.text.startsWith('s')) {
      const m = /^\.0+/.exec(pattern.slice(i))!;
      tokens.push({ kind: 'tok', text: m[0] });
      i += m[0].length;
    } else {
      tokens.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  // m / mm means minutes right after an hour token or right before a seconds token
  const toks = tokens.filter(t => t.kind === 'tok');
  toks.forEach((t, k) => {
    if (t.text !== 'm' && t.text !== 'mm') return;
    if (toks[k - 1]?.text.startsWith('h') || toks[k + 1]?.text.startsWith('s'))
      t.text = t.text === 'm' ? 'n' : 'nn';
  });
  return tokens;
}

function names(tag: string, kind: 'month' | 'weekday', style: 'long' | 'short'): string[] {
  const fmt = new Intl.DateTimeFormat(
    tag,
    kind === 'month' ? { month: style, timeZone: 'UTC' } : { weekday: style, timeZone: 'UTC' }
  );
  if (kind === 'month') return Array.from({ length: 12 }, (_, m) => fmt.format(Date.UTC(2021, m, 1)));
  // 2021-03-01 is a Monday
  return Array.from({ length: 7 }, (_, d) => fmt.format(Date.UTC(2021, 2, 1 + d)));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDateSerial(serial: number, pattern: string, locale: string): string {
  const w = serialWallClock(serial);
  const tag = localeInfo(locale).tag;
  const tokens = tokenizeDate(pattern);
  const hasAmPm = tokens.some(t => t.kind === 'tok' && (t.text === 'am/pm' || t.text === 'a/p'));
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'lit') {
      out += t.text;
      continue;
    }
    const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
    switch (t.text) {
      case 'yyyy':
      case 'yyy':
        out += String(w.year);
        break;
      case 'yy':
      case 'y':
        out += pad(w.year % 100);
        break;
      case 'mmmmm':
        out += names(tag, 'month', 'long')[w.month - 1][0];
        break;
      case 'mmmm':
        out += names(tag, 'month', 'long')[w.month - 1];
        break;
      case 'mmm':
        out += names(tag, 'month', 'short')[w.month - 1];
        break;
      case 'mm':
        out += pad(w.month);
        break;
      case 'm':
        out += String(w.month);
        break;
      case 'dddd':
        out += names(tag, 'weekday', 'long')[w.weekday - 1];
        break;
      case 'ddd':
        out += names(tag, 'weekday', 'short')[w.weekday - 1];
        break;
      case 'dd':
        out += pad(w.day);
        break;
      case 'd':
        out += String(w.day);
        break;
      case 'hh':
        out += pad(hasAmPm ? h12 : w.hour);
        break;
      case 'h':
        out += String(hasAmPm ? h12 : w.hour);
        break;
      case 'nn':
        out += pad(w.minute);
        break;
      case 'n':
        out += String(w.minute);
        break;
      case 'ss':
        out += pad(w.second);
        break;
      case 's':
        out += String(w.second);
        break;
      case 'am/pm':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'a/p':
        out += w.hour < 12 ? 'A' : 'P';
        break;
      default:
        if (t.text.startsWith('.')) out += '.' + pad(w.ms, 3).slice(0, t.text.length - 1);
        else out += t.text;
    }
  }
  return out;
}

function group(intDigits: string, sep: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Automatic format: up to 10 significant digits, no grouping. */
export function formatGeneral(value: number, locale: string): string {
  if (!Number.isFinite(value)) return String(value);
  const info = localeInfo(locale);
  let s: string;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) s = String(value);
  else if (Math.abs(value) >= 1e15 || (Math.abs(value) < 1e-9 && value !== 0))
    s = value.toExponential(2).replace('e', 'E');
  else s = String(Number(value.toPrecision(10)));
  return s.replace('.', info.decimal);
}

function formatNumberSection(value: number, section: string, locale: string, negativeSign: boolean): string {
  const info = localeInfo(locale);
  // split into literal prefix, numeric core and literal suffix
  const literal = (s: string) => {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      if (ch === '"') {
        const end = s.indexOf('"', i + 1);
        out += s.slice(i + 1, end < 0 ? undefined : end);
        i = end < 0 ? s.length : end;
      } else if (ch === '\\') out += s[++i] ?? '';
      else if (ch === '_') {
        out += ' ';
        i++;
      } else if (ch === '*') i++;
      else if (ch === '[') i = Math.max(i, s.indexOf(']', i));
      else if (ch === '%') out += info.percentSpace && out === '' ? info.percentSpace + '%' : '%';
      else out += ch;
    }
    return out;
  };
  // find the numeric core outside quotes
  let first = -1;
  let last = -1;
  let quoted = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\') i++;
    else if (!quoted && /[0#?]/.test(ch)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  const percents = (bare(section).match(/%/g) ?? []).length;
  let v = Math.abs(value) * 100 ** percents;
  if (first < 0) return (negativeSign && value < 0 ? '-' : '') + literal(section);
  const core = section.slice(first, last + 1);
  const prefix = literal(section.slice(0, first));
  const suffix = literal(section.slice(last + 1));
  const [intPat, decPat = ''] = core.split('.');
  const maxDec = (decPat.match(/[0#?]/g) ?? []).length;
  const minDec = (decPat.match(/0/g) ?? []).length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  const grouping = intPat.includes(',');
  let [intStr, decStr = ''] = v.toFixed(maxDec).split('.');
  if (Number(`${intStr}.${decStr || 0}`) === 0) v = 0;
  decStr = decStr.replace(/0+$/, '');
  while (decStr.length < minDec) decStr += '0';
  intStr = intStr.replace(/^0+/, '');
  while (intStr.length < minInt) intStr = '0' + intStr;
  if (grouping) intStr = group(intStr, info.group);
  const num = intStr + (decStr ? info.decimal + decStr : '');
  const sign = negativeSign && value < 0 && v !== 0 ? '-' : '';
  const suffixOut = suffix.startsWith('%') && info.percentSpace ? info.percentSpace + suffix : suffix;
  return sign + prefix + num + suffixOut;
}

/** What Sheets shows for a value with a number format in a locale. */
export function formatValue(
  value: Scalar | null | undefined,
  pattern: string | undefined,
  locale: string
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') {
    const fr = localeInfo(locale).lang === 'fr';
    return value ? (fr ? 'VRAI' : 'TRUE') : fr ? 'FAUX' : 'FALSE';
  }
  const sections = pattern && !/^general$/i.test(pattern) ? splitSections(pattern) : [];
  if (typeof value === 'string') {
    const textSection =
      sections[3] ??
      (sections.length && sections.some(s => s.includes('@'))
        ? sections.find(s => s.includes('@'))
        : undefined);
    // the section's quotes delimit its literal text; the value's own quotes are kept
    return textSection ? textSection.replace(/"/g, '').replace(/@/g, () => value) : value;
  }
  if (!sections.length || pattern === '@') return formatGeneral(value, locale);
  if (isDateFormat(pattern)) return formatDateSerial(value, sections[0], locale);
  if (value < 0 && sections[1] !== undefined) return formatNumberSection(value, sections[1], locale, false);
  if (value === 0 && sections[2] !== undefined) return formatNumberSection(value, sections[2], locale, false);
  return formatNumberSection(value, sections[0], locale, true);
}

export interface ParsedInput {
  value?: Scalar;
  formula?: string;
  /** number format Sheets applies when the cell's format is automatic */
  format?: string;
}

/**
 * How Sheets interprets a string typed into a cell (setValue/setValues with a string): the ONE parser of typed
 * input, used by the runtime's setValue and by the preview grid. `'` forces text, `=` starts a formula.
 */
export function parseInput(text: string, locale: string): ParsedInput {
  if (text === '') return { value: '' };
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const info = localeInfo(locale);
  const t = text.trim();
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || (info.lang === 'fr' && upper === 'VRAI')) return { value: true };
  if (upper === 'FALSE' || (info.lang === 'fr' && upper === 'FAUX')) return { value: false };
  const d = info.decimal === '.' ? '\\.' : info.decimal;
  const g = info.group === ',' ? ',' : info.group === '.' ? '\\.' : '[\\u202F\\u00A0 ]';
  const num = new RegExp(
    `^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(\\s*%)?$`
  );
  const m = num.exec(t);
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    const intPart = (m[2] ?? '0').replace(/[^\d]/g, '');
    let value = Number(`${m[1]}${intPart}.${m[3] ?? '0'}${m[4] ? 'e' + m[4] : ''}`);
    if (m[5]) {
      value = value / 100;
      return { value, format: m[3] ? '0.00%' : '0%' };
    }
    return { value, format: m[2] && /\D/.test(m[2]) ? '#,##0' + (m[3] ? '.00' : '') : undefined };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (iso) {
    const [, y, mo, da, h, mi, s] = iso;
    return {
      value: serialFromParts(+y, +mo, +da, +(h ?? 0), +(mi ?? 0), +(s ?? 0)),
      format: h ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd',
    };
  }
  const local = /^(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(t);
  if (local) {
    // the locale's order: M/d/yyyy in en_US, dd/MM/yyyy elsewhere; a day that does not exist stays text
    const [a, b] = [+local[1], +local[3]];
    const year = local[4].length === 2 ? 2000 + +local[4] : +local[4];
    const [month, day] = defaultDateFormat(locale, false).startsWith('M') ? [a, b] : [b, a];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (month >= 1 && check.getUTCMonth() === month - 1 && check.getUTCDate() === day)
      return { value: serialFromParts(year, month, day), format: defaultDateFormat(locale, false) };
  }
  return { value: text };
}
