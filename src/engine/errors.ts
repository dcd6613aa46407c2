import type { Lang, Localized } from '../i18n/lang';
import { isDate } from './text';

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
  const first = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  error.texts = { en: `${first(where.en)}: ${error.texts.en}`, fr: `${first(where.fr)} : ${error.texts.fr}` };
  error.message = error.texts.en;
  return error;
}

function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
