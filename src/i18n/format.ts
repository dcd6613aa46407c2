import type { Lang } from './lang';

/**
 * How each language writes numbers and punctuation: THE per-language table for everything shown to people
 * (numbers, percents, quotes around what a user typed, the space French puts before a colon) and for the one
 * ambiguous reading of a typed number (`1,200`: see core/read.ts readNumber, which reads `decimal` here).
 * Adding a language is adding a row.
 */
export interface LangStyle {
  /** The decimal mark: `1.5` / `1,5`. */
  decimal: string;
  /** Between groups of three digits: `1,200` / `1 200` (U+202F). */
  group: string;
  /** After a percentage's number: `45%` / `45 %` (U+202F). */
  percent: string;
  /** Around a text the user typed: 'abc' / « abc ». */
  quote: readonly [string, string];
  /** A colon as the language writes it after a word: `Target:` / `Cible :`. */
  colon: string;
  /** Where an ISO day's year ($1), month ($2) and day ($3) go: 2026-11-24 / 24/11/2026. */
  day: string;
}

export const LANG_STYLES: Record<Lang, LangStyle> = {
  en: { decimal: '.', group: ',', percent: '%', quote: ["'", "'"], colon: ':', day: '$1-$2-$3' },
  fr: {
    decimal: ',',
    group: '\u202F',
    percent: '\u202F%',
    quote: ['«\u202F', '\u202F»'],
    colon: ' :',
    day: '$3/$2/$1',
  },
};

/**
 * Writes a number for people: `1,200.5` in English, `1 200,5` in French (U+202F narrow no-break space between
 * thousands). At most `maxDecimals` decimals, trailing zeros dropped.
 */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const magnitude = Math.abs(n);
  // Very large or very small numbers: `1.5 × 10²¹`, `2 × 10⁻⁹`, never `1e+21` or a bare 0.
  if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 0.5 * 10 ** -maxDecimals))
    return scientific(n, lang);
  return fixed(n, lang, maxDecimals);
}

function fixed(n: number, lang: Lang, maxDecimals: number): string {
  const style = LANG_STYLES[lang];
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [whole, fraction = ''] = rounded.toFixed(maxDecimals).split('.');
  const grouped = groupDigits(whole, lang);
  const decimals = fraction.replace(/0+$/, '');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return sign + grouped + (decimals ? style.decimal + decimals : '');
}

/** Superscript digits 0 to 9. */
const SUPERSCRIPT = '\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079';

/** `1.5 × 10²¹` (`1,5 × 10²¹` in French): three significant digits and a power of ten. */
function scientific(n: number, lang: Lang): string {
  const [mantissa, exponent] = n.toExponential(2).split('e');
  const digits = mantissa.replace(/\.?0+$/, '').replace('.', LANG_STYLES[lang].decimal);
  const power = String(Number(exponent))
    .split('')
    .map(c => (c === '-' ? '\u207B' : SUPERSCRIPT[+c]))
    .join('');
  return `${digits.replace('-', '\u2212')} \u00D7 10${power}`;
}

/** Writes a fraction as a percentage: 0.45 gives `45%` in English, `45 %` (U+202F) in French. */
export function formatPercent(p: number, lang: Lang, maxDecimals = 0): string {
  const points = p * 100;
  const text = Math.abs(points) >= 1e15 ? scientific(points, lang) : fixed(points, lang, maxDecimals);
  return text + LANG_STYLES[lang].percent;
}

/** Quotes what a user typed: 'abc' in English, « abc » (U+202F inside) in French. */
export function quote(text: string, lang: Lang): string {
  const [open, close] = LANG_STYLES[lang].quote;
  return open + text + close;
}

/** A label followed by a colon as the language writes it: `Target:` / `Cible :`. */
export function withColon(label: string, lang: Lang): string {
  return label + colon(lang);
}

/** The colon after a label: ':' in English, ' :' in French. */
export const colon = (lang: Lang): string => LANG_STYLES[lang].colon;

/** A string of digits grouped by thousands: '1000000' -> '1,000,000' / '1 000 000'. */
export const groupDigits = (digits: string, lang: Lang): string =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, LANG_STYLES[lang].group);

/** An ISO day ('2026-11-24') as the language writes it: 2026-11-24 / 24/11/2026. */
export const formatIsoDay = (isoDay: string, lang: Lang): string =>
  isoDay.replace(/^(\d+)-(\d+)-(\d+)$/, LANG_STYLES[lang].day);
