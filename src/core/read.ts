/**
 * THE readers of what a cell holds, one per concept: a number, a KR value, a language and a commitment (the status
 * a KR's progress gets is a figure: core/figures.ts statusFor). Every surface (the custom functions, the Settings
 * sheet, the check-in sidebar, the close dialog, the quality check) reads through here, so one cell means one thing
 * wherever it is read. Each reader documents its rule; tests/core/read.test.ts holds the cases where copies of
 * these rules used to disagree.
 */
import { LANG_STYLES } from '../i18n/format';
import { commitmentLabel, labelsInEveryLang } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import { OkrInputError, quoteInput } from './errors';
import type { Commitment } from './grade';
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

const CURRENCY_PREFIX = /^(?:[€$£]|eur|usd|gbp)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:[€$£]|eur|usd|gbp)$/i;

/**
 * THE reader of a number cell, for every surface (sheet, sidebar, dialogs, quality check), in the WORKBOOK's
 * language (the Settings language, which the template's formulas pass to the custom functions as their locale
 * argument). Blank gives null.
 *
 * - Numbers pass through; booleans (checkboxes) give 1 and 0; so do true/false, vrai/faux, yes/no, oui/non,
 *   done/fait, not done/pas fait.
 * - `45%` and `45 %` give 0.45. `€1,200`, `1 200 €`, `$3.5k` (k = thousands) are read without the currency.
 * - Spaces (normal, U+00A0, U+202F) group thousands: `1 200`, `1 200,50`, `1 200.50`.
 * - With both `,` and `.`, the last one is the decimal mark (`1,200.50`, `1.200,50`).
 * - A single `,` is a decimal comma (`1,5`), except when followed by exactly three digits after a non-zero
 *   integer part (`1,200`): that is ambiguous, so the language's decimal mark decides (i18n/format.ts
 *   LANG_STYLES): where it is `,` (French) a decimal comma (1.2), else thousands (1200). There is no default
 *   language: a reader that defaulted to English read `1,500` as 1500 in a French workbook.
 * - A single `.` is always a decimal point (`1.200` is 1.2); several dots group thousands (`1.200.000`).
 *
 * Anything else throws an OkrInputError quoting the text (`'abc' is not a number`), or, with `lenient`, gives
 * null (for cells where a stray text must not stop the rest: the log, weights in the sidebar, confidences).
 */
export function readNumber(value: unknown, lang: Lang, options: { lenient?: boolean } = {}): number | null {
  try {
    return strictNumber(value, lang);
  } catch (error) {
    if (options.lenient && error instanceof OkrInputError) return null;
    throw error;
  }
}

function strictNumber(value: unknown, lang: Lang): number | null {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
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
  return new OkrInputError('notANumber', { input: quoteInput(value) });
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
  if (!Number.isFinite(n)) return null;
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
    if (couldBeThousands && LANG_STYLES[lang].decimal !== ',') return whole + fraction;
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

/** The start and target of the KR a value is typed for (as the sheet holds them). */
export interface KrBounds {
  start?: unknown;
  target?: unknown;
}

/**
 * Whether a KR counts in percentage points: "from 2,5 % to 3,3 %" is often typed as 2.5 and 3.3 rather than in a
 * percent-formatted cell (0.025). Then '3,2 %' means 3.2, not 0.032, which would silently read as no progress.
 */
function countsInPercentPoints(bounds: KrBounds | undefined, lang: Lang): boolean {
  if (!bounds) return false;
  return [bounds.start, bounds.target].some(bound => {
    const value = readNumber(bound, lang, { lenient: true });
    return value !== null && Math.abs(value) > 1;
  });
}

/**
 * Reads a KR value as typed ('12', '1,5', '45 %', 'done'), for a check-in or a period's final value: null when
 * blank; throws OkrInputError when it is not a number. A percent is read in the KR's own scale (`bounds`): '45 %'
 * is 0.45 for a KR from 0.3 to 0.5, and 45 for a KR from 30 to 50. No message here: each surface says it in its
 * own words.
 */
export function readKrValue(text: string, lang: Lang, bounds?: KrBounds): number | null {
  const typed = String(text ?? '');
  const points = typed.includes('%') && countsInPercentPoints(bounds, lang);
  return readNumber(points ? typed.replace(/%/g, '') : typed, lang);
}

/**
 * THE reader of a language: a Settings Language cell ("English", "Français", "French", "anglais"), a locale
 * ("fr_FR", "fr-CA", "en_US") or a code ("fr", "en"). A text whose first word is fr, francais or french (any case,
 * accents ignored) is French; en, english or anglais English; anything else (blank included) gives null: the
 * caller's fallback. Before, the locale reader took "Français" for English while the Settings reader and the
 * custom functions' locale argument took it for French.
 */
export function readLang(value: unknown): Lang | null {
  return LANG_WORDS[normalizeWord(value).split(' ')[0]] ?? null;
}

// Each language by its code and its names. The Settings' Language cell shows languageName (i18n/schema-labels.ts):
// read here as words, not imported, so the pages that read cells do not carry the whole schema section
// (tests/core/read.test.ts reads every languageName back).
const LANG_WORDS: Readonly<Record<string, Lang>> = {
  fr: 'fr',
  francais: 'fr',
  french: 'fr',
  en: 'en',
  english: 'en',
  anglais: 'en',
};

/** The words of each commitment besides its labels in every language; built on first use. */
let commitmentWords: Map<string, Commitment> | undefined;
function commitmentOfWord(word: string): Commitment | undefined {
  if (!commitmentWords) {
    commitmentWords = new Map();
    for (const [commitment, words] of [
      ['aspirational', ['true', 'vrai', 'ambitious', 'aspirationnel', 'moonshot', 'moon shot']],
      ['committed', ['false', 'faux', 'commit', 'roofshot', 'roof shot']],
    ] as const) {
      for (const w of [...words, ...labelsInEveryLang(commitmentLabel, commitment)])
        commitmentWords.set(normalizeWord(w), commitment);
    }
  }
  return commitmentWords.get(word);
}

/**
 * THE reader of a commitment: a KR's Commitment cell, OKR_GRADE's `aspirational` argument and the Settings'
 * "Default KR type". TRUE / 1 and the words Aspirational / Ambitieux (moonshot…) are aspirational; FALSE / 0 and
 * Committed / Engagé (roofshot…) committed. BLANK is `fallback`: for a KR, the Settings "Default KR type" (itself
 * blank: aspirational); for OKR_GRADE, its documented default (aspirational). Another word throws an OkrInputError,
 * or gives `fallback` with `lenient` (the Settings cell, which must not stop the add-on).
 */
export function readCommitment(
  value: unknown,
  fallback: Commitment,
  options: { lenient?: boolean } = {}
): Commitment {
  if (isBlank(value)) return fallback;
  if (value === true || value === 1) return 'aspirational';
  if (value === false || value === 0) return 'committed';
  const found = commitmentOfWord(normalizeWord(value));
  if (found) return found;
  if (options.lenient) return fallback;
  throw new OkrInputError('notACommitment', { input: quoteInput(String(value).trim()) });
}
