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

/** A text in both languages. */
export type Localized = Record<Lang, string>;
