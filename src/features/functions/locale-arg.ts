import { OkrInputError } from '../../core/errors';
import { readLang } from '../../core/read';
import { errorText } from '../../i18n/error-text';
import type { Lang } from '../../i18n/lang';

/**
 * Runs a custom function's body in the language of its optional locale argument (read by core/read.ts readLang:
 * "fr", "fr_FR", "Français", "French" give French; anything else English): a thrown input error (the #ERROR!
 * tooltip) is in that language too.
 */
export function inLocale<T>(locale: unknown, compute: (lang: Lang) => T): T {
  const lang = readLang(Array.isArray(locale) ? locale[0]?.[0] : locale) ?? 'en';
  try {
    return compute(lang);
  } catch (error) {
    throw error instanceof OkrInputError ? new Error(errorText(error, lang)) : error;
  }
}
