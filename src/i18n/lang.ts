/** The two languages okr-sheets speaks. Everything a user reads exists in both. */
export type Lang = 'en' | 'fr';

/** Picks the language from an Apps Script locale ("fr_FR", "fr", "en_US", "fr-CA"); English by default. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^fr(?:[_-]|$)/i.test(String(locale ?? '').trim()) ? 'fr' : 'en';
}

/** A text in both languages. */
export type Localized = Record<Lang, string>;

/** Every language, as a value: a third one in `Lang` is a compile error here until it is listed. */
const LANGS: Readonly<Record<Lang, true>> = { en: true, fr: true };

/** The languages, in catalogue order: ['en', 'fr']. */
export const langs = (): Lang[] => Object.keys(LANGS) as Lang[];

/** True when `value` names one of the catalogue's languages (a request field, a setting). */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LANGS, value);
}
