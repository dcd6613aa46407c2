/** The two languages okr-sheets speaks. Everything a user reads exists in both. */
export type Lang = 'en' | 'fr';

/** Picks the language from an Apps Script locale ("fr_FR", "fr", "en_US", "fr-CA"); English by default. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^fr(?:[_-]|$)/i.test(String(locale ?? '').trim()) ? 'fr' : 'en';
}

/** A text in both languages. */
export type Localized = Record<Lang, string>;

/** Whether a value (a request field) names one of the languages okr-sheets speaks; a new `Lang` must be listed. */
const LANGS: Record<Lang, true> = { en: true, fr: true };
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LANGS, value);
}
