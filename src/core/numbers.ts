import type { Lang } from '../i18n/lang';
import { OkrInputError, quoteInput } from './errors';
import { isBlank, normalizeWord } from './text';

/** Words read as 1 and 0, so a milestone can be ticked with a checkbox or typed as done/fait/oui/non. */
const TRUE_WORDS = new Set(['true', 'vrai', 'yes', 'oui', 'done', 'fait', 'termine', 'ok']);
const FALSE_WORDS = new Set([
  'false',
  'faux',
  'no',
  'non',
  'not done',
  'pas fait',
  'todo',
  'to do',
  'a faire',
]);

// Number.isFinite as a module constant: global lookups are slow in a vm context (the local runtime, bench).
const isFiniteNumber = Number.isFinite;

const CURRENCY_PREFIX = /^(?:[€$£]|eur|usd|gbp)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:[€$£]|eur|usd|gbp)$/i;

/**
 * Reads a number the way people type it into a cell, in English or French. Blank gives null.
 *
 * - Numbers pass through; booleans (checkboxes) give 1 and 0; so do true/false, vrai/faux, yes/no, oui/non,
 *   done/fait, not done/pas fait.
 * - `45%` and `45 %` give 0.45. `€1,200`, `1 200 €`, `$3.5k` (k = thousands) are read without the currency.
 * - Spaces (normal, U+00A0, U+202F) group thousands: `1 200`, `1 200,50`, `1 200.50`.
 * - With both `,` and `.`, the last one is the decimal mark (`1,200.50`, `1.200,50`).
 * - A single `,` is a decimal comma (`1,5`), except when followed by exactly three digits after a non-zero
 *   integer part (`1,200`): that is ambiguous, so `lang` decides: 'fr' reads a decimal comma (1.2), 'en' (the
 *   default) thousands (1200).
 * - A single `.` is always a decimal point (`1.200` is 1.2); several dots group thousands (`1.200.000`).
 *
 * Anything else throws an OkrInputError quoting the text: `'abc' is not a number`.
 */
export function parseUserNumber(value: unknown, lang: Lang = 'en'): number | null {
  if (typeof value === 'number') {
    if (isFiniteNumber(value)) return value;
    throw notANumber(value);
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isBlank(value)) return null;
  if (typeof value !== 'string') throw notANumber(value);

  if (/^\s*[^\d\s.,+\-\u2212€$£]/.test(value)) {
    const word = normalizeWord(value);
    if (TRUE_WORDS.has(word)) return 1;
    if (FALSE_WORDS.has(word)) return 0;
  }

  const parsed = parseNumberText(value.trim(), lang);
  if (parsed === null) throw notANumber(value.trim());
  return parsed;
}

function notANumber(value: unknown): OkrInputError {
  const quoted = quoteInput(value);
  return new OkrInputError({ en: `${quoted.en} is not a number`, fr: `${quoted.fr} n'est pas un nombre` });
}

function parseNumberText(text: string, lang: Lang): number | null {
  let rest = text.replace(/\s+/g, ' ');
  let negative = false;
  const takeSign = () => {
    const sign = /^[-+\u2212]\s*/.exec(rest);
    if (!sign) return false;
    negative = sign[0][0] !== '+';
    rest = rest.slice(sign[0].length);
    return true;
  };
  const signed = takeSign();
  rest = rest.replace(CURRENCY_PREFIX, '');
  if (!signed) takeSign();
  rest = rest.replace(CURRENCY_SUFFIX, '');

  // Scaling by exponent (45e-2, 1.1e3) avoids the float noise of 45 / 100 * ... or 1.1 * 1000.
  let exponent = 0;
  if (/\s?%$/.test(rest)) {
    exponent = -2;
    rest = rest.replace(/\s?%$/, '');
  } else if (/\d\s?k$/i.test(rest)) {
    exponent = 3;
    rest = rest.replace(/\s?k$/i, '');
  }

  const plain = readDigits(rest, lang);
  if (plain === null) return null;
  const n = +`${plain}e${exponent}`;
  if (!isFiniteNumber(n)) return null;
  return negative && n !== 0 ? -n : n;
}

/** Turns the digits and separators into a JavaScript number literal, or null when they are no number. */
function readDigits(body: string, lang: Lang): string | null {
  if (/^\d+$/.test(body)) return body;
  if (body.includes(' ')) {
    const grouped = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(body);
    return grouped ? joinParts(grouped[1].replace(/ /g, ''), grouped[2]) : null;
  }
  const single = /^(\d*)([.,])(\d+)$/.exec(body);
  if (single) {
    const [, whole, mark, fraction] = single;
    const couldBeThousands = mark === ',' && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
    if (couldBeThousands && lang !== 'fr') return whole + fraction;
    return joinParts(whole || '0', fraction);
  }
  const commaGroups = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(body);
  if (commaGroups) return joinParts(commaGroups[1].replace(/,/g, ''), commaGroups[2]);
  const dotGroups = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(body);
  if (dotGroups) return joinParts(dotGroups[1].replace(/\./g, ''), dotGroups[2]);
  return null;
}

function joinParts(whole: string, fraction: string | undefined): string {
  return fraction === undefined ? whole : `${whole}.${fraction}`;
}

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
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [whole, fraction = ''] = rounded.toFixed(maxDecimals).split('.');
  const groupMark = lang === 'fr' ? '\u202F' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupMark);
  const decimals = fraction.replace(/0+$/, '');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return sign + grouped + (decimals ? (lang === 'fr' ? ',' : '.') + decimals : '');
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '\u207B',
  '0': '\u2070',
  '1': '\u00B9',
  '2': '\u00B2',
  '3': '\u00B3',
  '4': '\u2074',
  '5': '\u2075',
  '6': '\u2076',
  '7': '\u2077',
  '8': '\u2078',
  '9': '\u2079',
};

/** `1.5 × 10²¹` (`1,5 × 10²¹` in French): three significant digits and a power of ten. */
function scientific(n: number, lang: Lang): string {
  const [mantissa, exponent] = n.toExponential(2).split('e');
  const digits = mantissa.replace(/\.?0+$/, '');
  const shown = lang === 'fr' ? digits.replace('.', ',') : digits;
  const power = String(Number(exponent))
    .split('')
    .map(c => SUPERSCRIPT[c])
    .join('');
  return `${shown.replace('-', '\u2212')} \u00D7 10${power}`;
}

/** Writes a fraction as a percentage: 0.45 gives `45%` in English, `45 %` (U+202F) in French. */
export function formatPercent(p: number, lang: Lang, maxDecimals = 0): string {
  const points = p * 100;
  const text = Math.abs(points) >= 1e15 ? scientific(points, lang) : fixed(points, lang, maxDecimals);
  return text + (lang === 'fr' ? '\u202F%' : '%');
}
