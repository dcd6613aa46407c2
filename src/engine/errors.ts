import type { Lang, Localized } from '../i18n/lang';
import { isDate } from './text';

/**
 * A mistake in what a user typed. The message exists in both languages: `message` is the English one (what a
 * custom function shows in its #ERROR! tooltip), `texts.fr` is for the French sidebar and dialogs.
 */
export class OkrInputError extends Error {
  constructor(readonly texts: Localized) {
    super(texts.en);
    this.name = 'OkrInputError';
  }

  messageIn(lang: Lang): string {
    return this.texts[lang];
  }
}

/** Quotes what a user typed: 'abc' in English, « abc » in French. */
export function quoteInput(value: unknown): Localized {
  const text = isDate(value) ? isoDay(value) : String(value);
  return { en: `'${text}'`, fr: `«\u202F${text}\u202F»` };
}

/**
 * Says where the bad value was: "Target, row 7 of the range: 'abc' is not a number". Other errors pass through.
 */
export function withContext(error: unknown, where: Localized): unknown {
  if (!(error instanceof OkrInputError)) return error;
  const first = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return new OkrInputError({
    en: `${first(where.en)}: ${error.texts.en}`,
    fr: `${first(where.fr)} : ${error.texts.fr}`,
  });
}

function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
