import type { Lang } from '../../i18n/lang';
import { OkrInputError } from '../../core/errors';

/**
 * The optional locale argument of the label-returning functions: anything starting with "fr" ("fr", "fr_FR",
 * "fr-CA", "Français", "French") gives French; anything else English.
 */
function langArg(locale: unknown): Lang {
  const value = Array.isArray(locale) ? locale[0]?.[0] : locale;
  return /^\s*fr/i.test(typeof value === 'string' ? value : '') ? 'fr' : 'en';
}

/**
 * Runs a custom function's body in the language of its locale argument: a thrown input error (the #ERROR!
 * tooltip) is in that language too.
 */
export function inLocale<T>(locale: unknown, compute: (lang: Lang) => T): T {
  const lang = langArg(locale);
  try {
    return compute(lang);
  } catch (error) {
    throw error instanceof OkrInputError && lang !== 'en' ? new Error(error.messageIn(lang)) : error;
  }
}
