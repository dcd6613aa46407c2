import type { Lang } from './lang';

/*
 * Per-language writing of what is not a sentence: the colon after a label, digit grouping, a day. One record per
 * convention, one row per language (a third language is a compile error until it has its rows); code outside
 * src/i18n asks here and never tests `lang === 'fr'`.
 */

const COLON: Record<Lang, string> = { en: ':', fr: ' :' };
/** Between groups of three digits: U+202F (narrow no-break space) in French. */
const THOUSANDS: Record<Lang, string> = { en: ',', fr: '\u202F' };
/** Where an ISO day's year, month and day go. */
const DAY: Record<Lang, string> = { en: '$1-$2-$3', fr: '$3/$2/$1' };

/** The colon after a label: ':' in English, ' :' in French. */
export const colon = (lang: Lang): string => COLON[lang];

/** A string of digits grouped by thousands: '1000000' -> '1,000,000' / '1 000 000'. */
export const groupDigits = (digits: string, lang: Lang): string =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[lang]);

/** An ISO day ('2026-11-24') as the language writes it: 2026-11-24 / 24/11/2026. */
export const formatIsoDay = (isoDay: string, lang: Lang): string =>
  isoDay.replace(/^(\d+)-(\d+)-(\d+)$/, DAY[lang]);
