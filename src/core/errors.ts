import type { Lang, Localized } from '../i18n/lang';
import { capitalize, isDate, isoDay } from './text';

/**
 * A mistake in what a user typed. The message exists in both languages: `message` is the English one (what a
 * custom function shows in its #ERROR! tooltip), `texts.fr` is for the French sidebar and dialogs.
 */
export class OkrInputError extends Error {
  constructor(public texts: Localized) {
    super(texts.en);
    this.name = 'OkrInputError';
  }

  messageIn(lang: Lang): string {
    return this.texts[lang];
  }
}

/**
 * How a custom function given ranges reports a bad row: in that row's own cell, as text starting with this mark
 * (`⚠ Current: 'abc' is not a number`), so the other rows still compute. Functions reading a column of results
 * (OKR_ROLLUP, OKR_STATUS, OKR_GRADE) recognise the mark and treat the row as blank.
 */
export const CELL_ERROR_MARK = '\u26A0 ';

/** The text a bad row shows in its cell, in the user's language. */
export function cellErrorText(error: OkrInputError, lang: Lang): string {
  return CELL_ERROR_MARK + error.texts[lang];
}

/** True for a cell showing one of our row errors (see CELL_ERROR_MARK). */
export function isCellErrorText(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(CELL_ERROR_MARK);
}

/** Quotes what a user typed: 'abc' in English, « abc » in French. */
export function quoteInput(value: unknown): Localized {
  const text = isDate(value) ? isoDay(value) : String(value);
  return { en: `'${text}'`, fr: `«\u202F${text}\u202F»` };
}

/**
 * Says which argument held the bad value: "Target: 'abc' is not a number". Other errors pass through. The error is
 * completed in place rather than copied: a column of bad values would otherwise capture each stack trace twice.
 */
export function withContext(error: unknown, where: Localized): unknown {
  if (!(error instanceof OkrInputError)) return error;
  error.texts = {
    en: `${capitalize(where.en)}: ${error.texts.en}`,
    fr: `${capitalize(where.fr)} : ${error.texts.fr}`,
  };
  error.message = error.texts.en;
  return error;
}
