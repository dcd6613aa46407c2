import type { Lang } from './lang';

/**
 * Per-language writing of what is not a sentence: the colon after a label, digit grouping, a day. One record per
 * language (a third language is a compile error until it has its row); code outside src/i18n asks here and never
 * tests `lang === 'fr'`.
 */
interface Writing {
  /** What follows a label before its value: French sets the colon off with a space. */
  colon: string;
  /** Between groups of three digits: U+202F (narrow no-break space) in French. */
  thousands: string;
  /** An ISO day's parts in the language's order. */
  day: (year: string, month: string, day: string) => string;
}

const WRITING: Record<Lang, Writing> = {
  en: { colon: ':', thousands: ',', day: (y, m, d) => `${y}-${m}-${d}` },
  fr: { colon: ' :', thousands: '\u202F', day: (y, m, d) => `${d}/${m}/${y}` },
};

/** The colon after a label: ':' in English, ' :' in French. */
export const colon = (lang: Lang): string => WRITING[lang].colon;

/** A string of digits grouped by thousands: '1000000' -> '1,000,000' / '1 000 000'. */
export const groupDigits = (digits: string, lang: Lang): string =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, WRITING[lang].thousands);

/** An ISO day ('2026-11-24') as the language writes it: 2026-11-24 / 24/11/2026. */
export function formatIsoDay(isoDay: string, lang: Lang): string {
  const [y, m, d] = isoDay.split('-');
  return WRITING[lang].day(y, m, d);
}
