import type { Key } from '../i18n/catalog';
import {
  errorText,
  type KeyedError,
  type Phrase,
  type PhraseParam,
  type PhraseParams,
} from '../i18n/error-text';
import { quote } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { CORE } from '../i18n/sections';
import { isDate, isoDay } from './text';

/**
 * A mistake in what a user typed. It holds a catalogue key (of the `core` section, or any phrase) and its
 * parameters, never a sentence: i18n/error-text.ts errorText renders it in the language it is shown in. `message` is
 * the English text (what a custom function shows in its #ERROR! tooltip), an own property like any error's.
 */
export class OkrInputError extends Error implements KeyedError {
  declare readonly phrase: Phrase;
  declare readonly context: Phrase[];

  constructor(key: Key<typeof CORE> | Phrase, params?: PhraseParams) {
    super();
    this.name = 'OkrInputError';
    this.phrase = typeof key === 'string' ? { catalog: CORE, key, params } : key;
    this.context = [];
    this.message = errorText(this, 'en');
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
  return CELL_ERROR_MARK + errorText(error, lang);
}

/** True for a cell showing one of our row errors (see CELL_ERROR_MARK). */
export function isCellErrorText(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(CELL_ERROR_MARK);
}

/** What a user typed as a message parameter, quoted in the message's language: 'abc' / « abc ». */
export function quoteInput(value: unknown): PhraseParam {
  const text = isDate(value) ? isoDay(value) : String(value);
  return lang => quote(text, lang);
}

/**
 * Says which argument held the bad value: "Target: 'abc' is not a number". Other errors pass through. The error is
 * completed in place rather than copied: a column of bad values would otherwise capture each stack trace twice.
 */
export function withContext(error: unknown, where: Phrase): unknown {
  if (error instanceof OkrInputError) {
    error.context.push(where);
    error.message = errorText(error, 'en');
  }
  return error;
}
