import type { Lang } from '../i18n/lang';
import { OkrInputError } from '../engine/errors';

/**
 * The optional locale argument of the label-returning functions: anything starting with "fr" ("fr", "fr_FR",
 * "fr-CA", "Français", "French") gives French; anything else English.
 */
export function langArg(locale: unknown): Lang {
  const value = Array.isArray(locale) ? locale[0]?.[0] : locale;
  return /^\s*fr/i.test(typeof value === 'string' ? value : '') ? 'fr' : 'en';
}

/** An input error in the language of the locale argument (the #ERROR! tooltip); other errors unchanged. */
export function errorIn(error: unknown, lang: Lang): unknown {
  return error instanceof OkrInputError && lang !== 'en' ? new Error(error.messageIn(lang)) : error;
}
