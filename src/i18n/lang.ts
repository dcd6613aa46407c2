import { readLang } from '../core/read';

/** The two languages okr-sheets speaks. Everything a user reads exists in both. */
export type Lang = 'en' | 'fr';

/**
 * The language of an Apps Script or browser locale ("fr_FR", "fr", "en_US", "fr-CA"); English by default. The
 * reading is core/read.ts readLang, the one language reader.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  return readLang(locale) ?? 'en';
}

/** Every language as a value, in catalogue order: a third one in `Lang` is a compile error here until it is listed. */
export const LANGS = Object.keys({ en: 0, fr: 0 } satisfies Record<Lang, 0>) as Lang[];

/** True when `value` names one of the catalogue's languages (a request field, a setting). */
export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);
